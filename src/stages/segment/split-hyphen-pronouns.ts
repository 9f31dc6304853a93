/**
 * Splits the subject pronoun off an inverted verb so pronoun resolution finds
 * it as a word of its own: "a-t-il" → "a" + "-t-" + "il", "déclare-t-elle" →
 * "déclare" + "-t-" + "elle", "dit-il" → "dit" + "-" + "il", "est-ce" → "est"
 * + "-" + "ce". The hyphen (with the euphonic t) becomes a punct token.
 * Other hyphenated words stay whole ("nord-coréens", "Indo-Pacifique").
 */
import type { SegmentPass } from './segment-state.ts';
import type { Token } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { SegmentData } from './load-segment-data.ts';
import { cutToken } from './split-apostrophes.ts';

/**
 * Replaces each "verb-pronoun" word by verb, hyphen and pronoun.
 *
 * @example
 * // "a-t-on" → "a" (word) + "-t-" (punct) + "on" (word, rule inverted-pronoun)
 */
export const splitHyphenPronouns: SegmentPass = (state, data) => {
  if (data.hyphenPronouns.size === 0) return state;
  const tokens: Draft<Token>[] = [];
  let changed = false;
  for (const token of state.tokens) {
    if (token.kind !== 'word' || !token.norm.includes('-')) {
      tokens.push(token);
      continue;
    }
    const parts = splitInversion(token, data);
    changed ||= parts.length > 1;
    tokens.push(...parts);
  }
  return changed ? { ...state, tokens } : state;
};

/**
 * The verb, joiner and pronoun of an inverted word, or the word alone.
 *
 * @example
 * splitInversion(tokenOf('dit-elle'), frenchData).map((t) => t.text); // ["dit", "-", "elle"]
 */
export function splitInversion(token: Draft<Token>, data: SegmentData): Draft<Token>[] {
  const norm = token.norm;
  if (data.wholeHyphenWords.has(norm)) return [token];
  const hyphen = norm.lastIndexOf('-');
  const pronoun = token.text.slice(hyphen + 1);
  // Only a lower-case pronoun: "Jean-Il" would be a name.
  if (hyphen <= 0 || !data.hyphenPronouns.has(pronoun)) return [token];
  const euphonic = norm.slice(0, hyphen).endsWith('-t') && hyphen >= 3;
  const verbEnd = euphonic ? hyphen - 2 : hyphen;
  if (!/\p{L}/u.test(norm.slice(0, verbEnd))) return [token];
  const [verb, rest] = cutToken(token, verbEnd, token.rule, 'inverted-pronoun');
  const [joiner, subject] = cutToken(rest, hyphen + 1 - verbEnd, 'inverted-pronoun', 'inverted-pronoun');
  return [verb, { ...joiner, kind: 'punct' }, subject];
}

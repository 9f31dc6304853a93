/**
 * Splits words joined by an apostrophe as `segment-apostrophes.tsv` says:
 * French elisions "l’OTAN" → "l’" + "OTAN", "qu’il" → "qu’" + "il",
 * "jusqu’à" → "jusqu’" + "à"; English clitics "Russia's" → "Russia" + "'s",
 * "don't" → "do" + "n't". Words listed whole ("aujourd’hui") stay whole.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Token } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { SegmentData } from './load-segment-data.ts';
import { normalize } from './tokenize-sentences.ts';

const APOSTROPHE = /['’ʼ]/u;

/**
 * Replaces each word holding an apostrophe by its parts.
 *
 * @example
 * // "d'urgence" → "d'" (rule elision) + "urgence"
 */
export const splitApostrophes: SegmentPass = (state, data) => {
  const tokens: Draft<Token>[] = [];
  let changed = false;
  for (const token of state.tokens) {
    // Cheap test first: most tokens hold no apostrophe (the norm has folded each of ' ’ ʼ into ').
    if (token.kind !== 'word' || !token.norm.includes("'") || !APOSTROPHE.test(token.text)) {
      tokens.push(token);
      continue;
    }
    const parts = splitWord(token, data);
    changed ||= parts.length > 1;
    tokens.push(...parts);
  }
  return changed ? { ...state, tokens } : state;
};

/**
 * The parts of one word token: elided prefixes first, then the rest, then a clitic suffix.
 *
 * @example
 * splitWord(tokenOf("qu’aujourd’hui"), frenchData).map((t) => t.text); // ["qu’", "aujourd’hui"]
 */
export function splitWord(token: Draft<Token>, data: SegmentData): Draft<Token>[] {
  const parts: Draft<Token>[] = [];
  let rest = token;
  for (;;) {
    if (data.wholeApostropheWords.has(rest.norm)) break;
    const cut = rest.norm.search(/'/u);
    if (cut < 0) break;
    const prefix = rest.norm.slice(0, cut + 1);
    if (data.prefixes.has(prefix) && cut + 1 < rest.norm.length) {
      const [head, tail] = cutToken(rest, cut + 1, 'elision', rest.rule);
      parts.push(head);
      rest = tail;
      continue;
    }
    const suffix = data.suffixes.find((form) => rest.norm.endsWith(form) && rest.norm.length > form.length);
    if (suffix) {
      const [head, tail] = cutToken(rest, rest.norm.length - suffix.length, rest.rule, 'clitic');
      parts.push(head);
      rest = tail;
    }
    break;
  }
  parts.push(rest);
  return parts;
}

/**
 * Two tokens from one, cut `at` code units from its start.
 *
 * @example
 * cutToken(tokenOf('dit-il'), 3, 'word', 'inverted-pronoun'); // "dit" + "-il"
 */
export function cutToken(token: Draft<Token>, at: number, headRule: string, tailRule: string): [Draft<Token>, Draft<Token>] {
  const piece = (from: number, to: number, rule: string): Draft<Token> => {
    const text = token.text.slice(from, to);
    return { ...token, start: token.start + from, end: token.start + to, text, norm: normalize(text), rule };
  };
  return [piece(0, at, headRule), piece(at, token.text.length, tailRule)];
}

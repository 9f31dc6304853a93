/**
 * Quotes: a system quote matches a gold quote when the Jaccard index of their
 * lower-cased word tokens is at least 0.5, one-to-one; speakers are judged on
 * matches, a state body standing for its state.
 */
import { foldTypography } from '../core/words.ts';
import { sameActor } from './key-index.ts';
import { matchOneToOne, unmatched } from './match-one-to-one.ts';
import type { Accuracy, Counts } from './counts.ts';
import type { ScoreContext } from './system-answer.ts';

export const QUOTE_JACCARD = 0.5;

/**
 * Lower-cased word tokens (letters and digits) of a text, as a set.
 *
 * @example
 * wordSet('« Nous suivons »'); // Set { 'nous', 'suivons' }
 */
export function wordSet(text: string): Set<string> {
  return new Set(foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Jaccard index of two token sets.
 *
 * @example
 * jaccard(wordSet('a b c'), wordSet('b c d')); // 0.5
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Scores the quotes of one document and the speakers of the matched ones.
 *
 * @example
 * scoreQuotes(context).speaker; // { right: 1, total: 2 }
 */
export function scoreQuotes(context: ScoreContext): { counts: Counts; speaker: Accuracy } {
  const gold = context.gold.quotes ?? [];
  const system = context.system.quotes;
  const goldTokens = gold.map((quote) => wordSet(quote.text));
  const systemTokens = system.map((quote) => wordSet(context.textOf(quote)));
  const pairs = matchOneToOne(goldTokens, systemTokens, (g, s) => {
    const value = jaccard(g, s);
    return value >= QUOTE_JACCARD ? value : null;
  });
  const speaker: Accuracy = { right: 0, total: 0 };
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const s = system[pair.system];
    if (!g || !s) continue;
    speaker.total += 1;
    const right = g.speaker === null ? s.speaker === null : sameActor(context.index, context.keysOf(s.speaker), g.speaker);
    if (right) speaker.right += 1;
    else context.errors.push({ layer: 'quotes', kind: 'wrong-speaker', text: `${short(g.text)} — gold ${g.speaker ?? 'null'}, system ${context.keysOf(s.speaker)[0] ?? 'null'}` });
  }
  const misses = unmatched(gold.length, pairs, 'gold');
  const extras = unmatched(system.length, pairs, 'system');
  for (const index of misses) context.errors.push({ layer: 'quotes', kind: 'miss', text: short(gold[index]?.text ?? '') });
  for (const index of extras) context.errors.push({ layer: 'quotes', kind: 'false-positive', text: short(context.textOf(system[index])) });
  return { counts: { tp: pairs.length, fp: extras.length, fn: misses.length }, speaker };
}

function short(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Drops amounts the text does not state: indefinite plurals ("des milliers
 * de manifestants", "hundreds of people", "des dizaines de morts", "millions
 * of rounds") and a scale word after a vague word ("several hundred
 * fighters", "plusieurs centaines", "a few hundred"). An approximate noun
 * that names a figure stays a quantity: "une quarantaine", "un millier",
 * "two dozen".
 */
import type { Candidate, Context } from './candidate.ts';
import { endsWithRole } from './drop-non-numbers.ts';

/**
 * Sets `drop: 'vague'` on indefinite plurals and on spelled numbers led by a
 * vague word of quantity-links.tsv (role `vague`).
 *
 * @example
 * dropVagueAmounts(candidates, context); // "several hundred fighters" → "hundred" dropped
 */
export function dropVagueAmounts(candidates: readonly Candidate[], context: Context): Candidate[] {
  const { folded, sentence } = context;
  return candidates.map((candidate) => {
    if (candidate.drop) return candidate;
    if (candidate.rule === 'indefinite-plural') return { ...candidate, drop: 'vague' };
    if (!candidate.spelled || candidate.rule !== 'spelled') return candidate;
    const before = folded.slice(Math.max(sentence.start, candidate.start - 24), candidate.start);
    return /[ ]$/u.test(before) && endsWithRole(context, before, 'vague') ? { ...candidate, drop: 'vague' } : candidate;
  });
}

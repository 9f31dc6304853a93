/**
 * Quantities (same value and unit lemma) and dates (same span text and same
 * value), one-to-one. When the publication date is unknown, relative dates
 * are not scored: only dates whose text states a year count, on both sides.
 */
import { foldTypography } from '../core/words.ts';
import { matchOneToOne, unmatched } from './match-one-to-one.ts';
import type { Counts } from './counts.ts';
import type { ScoreContext } from './system-answer.ts';

/**
 * Scores the quantities of one document.
 *
 * @example
 * scoreQuantities(context); // { tp: 1, fp: 1, fn: 1 }
 */
export function scoreQuantities(context: ScoreContext): Counts {
  const gold = context.gold.quantities ?? [];
  const system = context.system.quantities;
  const unit = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();
  const pairs = matchOneToOne(gold, system, (g, s) => (g.value === s.value && unit(g.unit) === unit(s.unit) ? 1 : null));
  const misses = unmatched(gold.length, pairs, 'gold');
  const extras = unmatched(system.length, pairs, 'system');
  const show = (text: string | undefined, value: number | undefined, u: string | null | undefined) => `${text ?? ''} = ${value ?? '?'} ${u ?? '(no unit)'}`;
  for (const index of misses) context.errors.push({ layer: 'quantities', kind: 'miss', text: show(gold[index]?.text, gold[index]?.value, gold[index]?.unit) });
  for (const index of extras) {
    const s = system[index];
    context.errors.push({ layer: 'quantities', kind: 'false-positive', text: show(context.textOf(s), s?.value, s?.unit) });
  }
  return { tp: pairs.length, fp: extras.length, fn: misses.length };
}

/**
 * True when a date's text states its year ("février 2022", "Sept. 11, 2001"),
 * so it can be scored without a publication date.
 *
 * @example
 * statesYear('jeudi'); // false
 */
export function statesYear(text: string): boolean {
  return /(?<![\p{L}\p{N}])\p{N}{4}(?![\p{L}\p{N}])/u.test(text);
}

/**
 * Scores the dates of one document.
 *
 * @example
 * scoreDates(context); // relative dates skipped when gold.published is null
 */
export function scoreDates(context: ScoreContext): Counts {
  const scored = (text: string) => context.gold.published !== null || statesYear(text);
  const gold = (context.gold.dates ?? []).filter((date) => scored(date.text));
  const system = context.system.dates.filter((date) => scored(context.textOf(date)));
  const norm = (text: string) => foldTypography(text).trim().toLowerCase();
  const pairs = matchOneToOne(gold, system, (g, s) => (norm(g.text) === norm(context.textOf(s)) && g.value === s.value ? 1 : null));
  const misses = unmatched(gold.length, pairs, 'gold');
  const extras = unmatched(system.length, pairs, 'system');
  for (const index of misses) context.errors.push({ layer: 'dates', kind: 'miss', text: `${gold[index]?.text} = ${gold[index]?.value}` });
  for (const index of extras) context.errors.push({ layer: 'dates', kind: 'false-positive', text: `${context.textOf(system[index])} = ${system[index]?.value ?? 'null'}` });
  return { tp: pairs.length, fp: extras.length, fn: misses.length };
}

/**
 * Reads the words that bound a quantity: "jusqu'à 8 000" (up_to), "plus de"
 * (more_than), "at least" (at_least), "environ"/"some" (about), "moins de"
 * (less_than), "or more" after it, and ranges "entre 300 et 350 hommes"
 * (300 at_least, 350 up_to, both counting men).
 */
import type { Approx } from '../../core/layers.ts';
import type { Candidate, Context } from './candidate.ts';
import { keyOf } from './compile-grammar.ts';
import { endsWithLabel } from './drop-non-numbers.ts';
import { isYearLike } from './inherit-units.ts';

/** How far back a bound may start ("pas moins de", "no fewer than"). */
const REACH = 32;

/**
 * Sets `approx` from the bound words and stretches the span over them.
 *
 * @example
 * addBounds(candidates, context); // "jusqu'à 8 000 soldats" → approx up_to, span from "jusqu'à"
 */
export function addBounds(candidates: readonly Candidate[], context: Context): Candidate[] {
  const { folded, grammar, sentence } = context;
  const result = candidates.map((candidate) => {
    if (candidate.drop) return candidate;
    let next = candidate;
    const from = Math.max(sentence.start, candidate.start - REACH);
    const before = folded.slice(from, candidate.start).match(grammar.boundsBefore);
    if (before && before.index !== undefined) {
      const bound = grammar.bounds.get(`before:${keyOf(before[0])}`);
      // "aged between 20 and 30": an age, not a count
      if (bound && endsWithLabel(context, folded.slice(from, from + before.index))) return { ...candidate, drop: bound === 'range' ? 'label-range' : 'label' };
      if (bound && bound !== 'none') next = { ...next, start: from + before.index, approx: bound === 'range' ? 'at_least' : bound, rule: `${next.rule}.bound` };
      if (bound === 'range') next = { ...next, rule: `${candidate.rule}.range` };
    }
    const after = folded.slice(candidate.end, Math.min(sentence.end, candidate.end + REACH)).match(grammar.boundsAfter);
    if (after) {
      const bound = grammar.bounds.get(`after:${keyOf(after[0])}`);
      if (bound && bound !== 'range' && bound !== 'none') next = { ...next, end: candidate.end + after[0].length, approx: bound, rule: `${next.rule}.bound-after` };
    }
    return next;
  });
  return closeRanges(result, context);
}

/**
 * "entre 4 et 5 millions d'adultes": the low end takes the scale and unit of
 * the high end. "300-350 hommes" is a range too; without a counted noun after
 * it ("a gagné 3-1") both ends are dropped.
 */
function closeRanges(candidates: Candidate[], context: Context): Candidate[] {
  const { folded, grammar } = context;
  const ands = grammar.roles.get('range-and') ?? new Set<string>();
  const tos = grammar.roles.get('range-to') ?? new Set<string>();
  return candidates.map((low, index, all) => {
    const next = all[index + 1];
    // "de 5 à 10 %", "10,000 to 12,000 troops": a bare number, "to", a counted one
    const to = next !== undefined && low.unit === null && next.unit !== null && tos.has(keyOf(folded.slice(low.number.end, next.start)));
    const dash = to || (next !== undefined && /^[-\u2010\u2011\u2013]$/u.test(folded.slice(low.number.end, next.number.start)));
    if (!low.drop && next && !next.drop && low.end === low.number.end && dash) {
      // "3-1" counts nothing said; "2023-2024" are years
      if (next.unit === null || (isYearLike(low) && isYearLike(next))) {
        all[index + 1] = { ...next, drop: 'dash-pair' };
        return { ...low, drop: 'dash-pair' };
      }
      low = { ...low, rule: `${low.rule}.range` };
    } else if (low.rule.startsWith('digits') && /^[-\u2010\u2011\u2013]\p{N}/u.test(folded.slice(low.number.end, low.number.end + 2)) && !low.drop) {
      return { ...low, drop: 'dash-pair' };
    }
    if (!low.rule.includes('.range') && low.drop !== 'label-range') return low;
    const high = all[index + 1];
    if (!high) return low;
    if (low.drop) {
      all[index + 1] = { ...high, drop: low.drop };
      return low;
    }
    if (high.drop) return low;
    // "between 5% and 10%": the low end may carry its own unit
    if (!dash && !ands.has(keyOf(folded.slice(low.end, high.start)))) return low;
    const approx: Approx = 'at_least';
    const scale = low.scale === 1 && high.scale > 1 ? high.scale : 1;
    all[index + 1] = { ...high, approx: 'up_to', rule: `${high.rule}.range-end` };
    return {
      ...low,
      end: Math.max(low.end, high.end),
      value: low.value * scale,
      scale: low.scale * scale,
      approx,
      unit: low.unit ?? high.unit,
      unitKind: low.unitKind ?? high.unitKind,
    };
  });
}

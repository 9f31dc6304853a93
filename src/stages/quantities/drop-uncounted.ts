/**
 * Marks what is still no quantity once units are known: durations ("30
 * jours", "three years"), times ("14 h"), years ("en 2022") and numbers that
 * count nothing said.
 */
import type { Candidate } from './candidate.ts';
import { isYearLike } from './inherit-units.ts';

/**
 * Sets `drop` on durations, times, years and numbers without a unit.
 *
 * @example
 * dropUncounted(candidates); // "30 jours" → drop "duration"
 */
export function dropUncounted(candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.drop) return candidate;
    if (candidate.unitKind === 'duration' || candidate.unitKind === 'time') return { ...candidate, drop: candidate.unitKind };
    if (candidate.unit === null) return { ...candidate, drop: isYearLike(candidate) ? 'year' : 'no-unit' };
    return candidate;
  });
}

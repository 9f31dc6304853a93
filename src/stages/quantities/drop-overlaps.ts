/**
 * Keeps one reading where two candidates overlap: "73 pour cent" holds the
 * number word "cent", which is not a second quantity.
 */
import type { Candidate } from './candidate.ts';

/**
 * Marks as dropped every candidate whose number lies inside the span of an
 * earlier candidate that is kept.
 *
 * @example
 * dropOverlaps(candidates); // "73 pour cent" and "cent" → "cent" dropped
 */
export function dropOverlaps(candidates: readonly Candidate[]): Candidate[] {
  let reach = -1;
  return candidates.map((candidate) => {
    if (candidate.drop) return candidate;
    if (candidate.number.start < reach) return { ...candidate, drop: 'overlap' };
    reach = Math.max(reach, candidate.end);
    return candidate;
  });
}

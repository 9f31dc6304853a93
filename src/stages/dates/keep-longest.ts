/**
 * Keeps the longest reading where date candidates overlap: "mercredi 19 juin"
 * over "mercredi" and "juin", "février 2022" over "2022".
 */
import type { DateCandidate } from './candidate.ts';

/**
 * The candidates that no longer candidate covers, in text order.
 *
 * @example
 * keepLongest([juin, mercredi19juin]); // [mercredi19juin]
 */
export function keepLongest(candidates: readonly DateCandidate[]): DateCandidate[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const candidate of byLength) {
    if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

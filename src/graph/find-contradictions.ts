/**
 * Every contradiction across claims: differing figures, denials, and
 * certainty shifts, in that order, claim by claim.
 */
import { findCertaintyShifts } from './find-certainty-shifts.ts';
import { findDenials } from './find-denials.ts';
import { findQuantityConflicts } from './find-quantity-conflicts.ts';
import type { Claim, Contradiction } from './types.ts';

/**
 * Finds contradictions among claims (from {@link groupClaims}).
 *
 * @example
 * const contradictions = findContradictions(groupClaims(store.events()));
 * contradictions.filter((c) => c.kind === 'quantity' && !c.compatible);
 */
export function findContradictions(claims: readonly Claim[], windowDays = 30): Contradiction[] {
  return [
    ...claims.flatMap(findQuantityConflicts),
    ...findDenials(claims, windowDays),
    ...claims.flatMap(findCertaintyShifts),
  ];
}

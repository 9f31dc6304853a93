/**
 * Every contradiction across claims: differing figures, denials, and
 * certainty shifts, in that order, claim by claim.
 */
import { findCertaintyShifts } from './find-certainty-shifts.ts';
import { findDenials } from './find-denials.ts';
import { findQuantityConflicts } from './find-quantity-conflicts.ts';
import type { Claim, Contradiction } from './types.ts';
import { SAME_UNIT, type UnitGroup } from './unit-groups.ts';

export interface ContradictionOptions {
  /** Largest gap in days between an accusation and its denial (default 30). */
  readonly windowDays?: number;
  /** How units are compared (default: as they are; the CLI passes `unitGroups()`). */
  readonly unitGroup?: UnitGroup;
}

/**
 * Finds contradictions among claims (from {@link groupClaims}).
 *
 * @example
 * const contradictions = findContradictions(groupClaims(store.events()));
 * contradictions.filter((c) => c.kind === 'quantity' && !c.compatible);
 */
export function findContradictions(claims: readonly Claim[], options: ContradictionOptions = {}): Contradiction[] {
  return [
    ...claims.flatMap((claim) => findQuantityConflicts(claim, options.unitGroup ?? SAME_UNIT)),
    ...findDenials(claims, options.windowDays ?? 30),
    ...claims.flatMap(findCertaintyShifts),
  ];
}

/**
 * The graph across articles: pure functions over stored events.
 */
export { groupClaims, claimKey, SYMMETRIC_TYPES } from './group-claims.ts';
export type { GroupOptions } from './group-claims.ts';
export { corroborate } from './corroborate.ts';
export type { Corroboration } from './corroborate.ts';
export { findContradictions } from './find-contradictions.ts';
export type { ContradictionOptions } from './find-contradictions.ts';
export { unitGroups, SAME_UNIT } from './unit-groups.ts';
export type { UnitGroup } from './unit-groups.ts';
export { findQuantityConflicts, boundsOverlap } from './find-quantity-conflicts.ts';
export { findDenials } from './find-denials.ts';
export { findCertaintyShifts } from './find-certainty-shifts.ts';
export { entityTimeline, pairTimeline, claimTimeline } from './timeline.ts';
export type { TimelineEntry } from './timeline.ts';
export { CERTAINTY_STRENGTH, strongestCertainty } from './rank-certainty.ts';
export type * from './types.ts';

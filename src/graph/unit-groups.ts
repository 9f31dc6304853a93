/**
 * Units that count the same thing ("troop" and "soldier"), read from
 * `lang/world/graph-unit-groups.tsv`, so quantity contradictions compare
 * "10 000 soldats" with "11,000 troops".
 */
import { loadLanguage } from '../lang/load.ts';

/** Maps a unit lemma to the unit it is compared as. */
export type UnitGroup = (unit: string | null) => string | null;

/**
 * Compares units as they are.
 *
 * @example
 * SAME_UNIT('troop'); // 'troop'
 */
export const SAME_UNIT: UnitGroup = (unit) => unit;

/**
 * The unit groups of the data file.
 *
 * @example
 * const group = unitGroups();
 * group('troop'); // 'soldier'
 * group('missile'); // 'missile'
 */
export function unitGroups(): UnitGroup {
  const language = loadLanguage('en');
  const groups = language.memo('graph-unit-groups', () => new Map(language.world('graph-unit-groups').map((row) => [row['unit'] ?? '', row['group'] ?? ''])));
  return (unit) => (unit === null ? null : groups.get(unit) || unit);
}

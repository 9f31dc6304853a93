/**
 * Checks the options of the query commands (articles, entities, claims,
 * contradictions, timeline, search); each bad value is a usage error saying
 * what is expected.
 */
import { CERTAINTIES, PLOVER_TYPES, type Certainty, type EntityKind, type PloverType } from '../../core/layers.ts';
import { usageError } from '../usage-error.ts';

const KINDS: readonly EntityKind[] = ['country', 'organization', 'person', 'place', 'group'];

/**
 * A positive whole number (`--limit`, `--min-sources`), or the fallback.
 *
 * @example
 * parseCount('--limit', '20', 50); // 20
 */
export function parseCount(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw usageError(`invalid ${option} "${value}"; give a whole number, e.g. ${option} ${fallback || 1}`);
  return count;
}

/**
 * A calendar day `YYYY-MM-DD` (`--since`), or undefined.
 *
 * @example
 * parseSince('2024-11-01'); // '2024-11-01'
 */
export function parseSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw usageError(`invalid --since "${value}"; write a day as YYYY-MM-DD, e.g. 2024-11-01`);
  }
  return day;
}

/**
 * A PLOVER type, any case (`--type assault`).
 *
 * @example
 * parseType('aid'); // 'AID'
 */
export function parseType(value: string | undefined): PloverType | undefined {
  if (value === undefined) return undefined;
  const type = PLOVER_TYPES.find((known) => known === value.trim().toUpperCase());
  if (!type) throw usageError(`unknown --type "${value}"; use one of ${PLOVER_TYPES.join(', ')}`);
  return type;
}

/**
 * A comma-separated list of certainties (`--certainty alleged,reported`).
 *
 * @example
 * parseCertainties('Alleged, reported'); // ['alleged', 'reported']
 */
export function parseCertainties(value: string | undefined): Certainty[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean).map((part) => {
    const certainty = CERTAINTIES.find((known) => known === part);
    if (!certainty) throw usageError(`unknown certainty "${part}" in --certainty; use ${CERTAINTIES.join(', ')} (comma-separated)`);
    return certainty;
  });
}

/**
 * An entity kind (`--kind person`).
 *
 * @example
 * parseKind('Country'); // 'country'
 */
export function parseKind(value: string | undefined): EntityKind | undefined {
  if (value === undefined) return undefined;
  const kind = KINDS.find((known) => known === value.trim().toLowerCase());
  if (!kind) throw usageError(`unknown --kind "${value}"; use one of ${KINDS.join(', ')}`);
  return kind;
}

/**
 * Claims for the query commands: the events the store holds for the parties
 * asked about, grouped into claims, then kept when they match. Both ways
 * round are read, so `--actor France` finds "Germany and France agreed"
 * (a symmetric claim) as well as "France supports Ukraine".
 */
import type { Certainty, PloverType } from '../../core/layers.ts';
import { groupClaims } from '../../graph/group-claims.ts';
import type { Claim } from '../../graph/types.ts';
import type { EntityRef, EventFilter, EventRecord, Store } from '../../store/types.ts';

export interface ClaimQuery {
  readonly actor?: EntityRef;
  readonly target?: EntityRef;
  readonly type?: PloverType;
  readonly since?: string;
  /** Largest gap in days between consecutive reports of one claim (default 30). */
  readonly windowDays?: number;
  /** Keeps claims whose summary certainty is one of these. */
  readonly certainty?: readonly Certainty[];
}

/**
 * Loads and groups the claims a query asks for, oldest first.
 *
 * @example
 * loadClaims(store, { actor: store.entity('Russie')!, type: 'AID' });
 */
export function loadClaims(store: Pick<Store, 'events'>, query: ClaimQuery): Claim[] {
  return groupClaims(loadEvents(store, query), query.windowDays === undefined ? {} : { windowDays: query.windowDays }).filter((claim) => matches(claim, query));
}

/**
 * The events that may belong to a query's claims (either way round).
 *
 * @example
 * loadEvents(store, { target: ukraine }); // events with Ukraine as target or actor
 */
export function loadEvents(store: Pick<Store, 'events'>, query: ClaimQuery): EventRecord[] {
  const base: EventFilter = { ...(query.type ? { type: query.type } : {}), ...(query.since ? { since: query.since } : {}) };
  const { actor, target } = query;
  if (!actor && !target) return [...store.events(base)];
  const filters: EventFilter[] = actor && target
    ? [{ ...base, actor: actor.key, target: target.key }, { ...base, actor: target.key, target: actor.key }]
    : [{ ...base, actor: (actor ?? target)!.key }, { ...base, target: (actor ?? target)!.key }];
  const seen = new Map<string, EventRecord>();
  for (const filter of filters) for (const event of store.events(filter)) seen.set(`${event.articleId}:${event.index}`, event);
  return [...seen.values()];
}

function matches(claim: Claim, query: ClaimQuery): boolean {
  const actorKey = claim.actor?.key;
  const targetKey = claim.target?.key;
  const plays = (entity: EntityRef | undefined, own: string | undefined, other: string | undefined) =>
    entity === undefined || entity.key === own || (claim.symmetric && entity.key === other);
  if (!plays(query.actor, actorKey, targetKey) || !plays(query.target, targetKey, actorKey)) return false;
  return query.certainty === undefined || query.certainty.includes(claim.certainty);
}

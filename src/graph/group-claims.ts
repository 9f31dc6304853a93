/**
 * Events → claims. Reports of the same actor, type and target (either way
 * round for CONSULT, AGREE and COOPERATE: "Paris and Berlin agreed" is
 * "Berlin and Paris agreed") form one claim while each report lies within the
 * window of the one before it (a story that goes quiet for longer starts a new
 * claim). Undated reports join the latest claim of their key. One stretch of
 * one article read twice (two frames over the same words) is one report.
 */
import { createHash } from 'node:crypto';
import type { Approx, PloverType } from '../core/layers.ts';
import type { EntityRef, EventRecord } from '../store/types.ts';
import { compareText, dayOfEvent, daysBetween } from './day-of-event.ts';
import { strongestCertainty } from './rank-certainty.ts';
import type { Claim, ClaimEvidence, SeenQuantity } from './types.ts';

/**
 * Types where actor and target play the same part.
 *
 * @example
 * SYMMETRIC_TYPES.has('AGREE'); // true: "Paris and Berlin agreed" is "Berlin and Paris agreed"
 */
export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

export interface GroupOptions {
  /** Largest gap in days between consecutive reports of one claim (default 30). */
  readonly windowDays?: number;
}

/**
 * Groups stored events into claims, oldest first.
 *
 * @example
 * const claims = groupClaims(store.events({ actor: 'Russia' }), { windowDays: 30 });
 * claims[0]?.evidence.length; // reports of the first claim
 */
export function groupClaims(events: readonly EventRecord[], options: GroupOptions = {}): Claim[] {
  const windowDays = options.windowDays ?? 30;
  const byKey = new Map<string, ClaimEvidence[]>();
  const seen = new Set<string>();
  for (const event of events) {
    const key = claimKey(event);
    const spot = `${key}|${event.articleId}|${event.evidence.start}|${event.evidence.end}`;
    if (seen.has(spot)) continue;
    seen.add(spot);
    const list = byKey.get(key) ?? [];
    list.push(toEvidence(event));
    byKey.set(key, list);
  }
  const claims: Claim[] = [];
  for (const [key, reports] of byKey) {
    reports.sort(compareEvidence);
    let open: ClaimEvidence[] = [];
    const runs: ClaimEvidence[][] = [];
    for (const report of reports) {
      const last = open.at(-1);
      const gap = last?.day && report.day ? daysBetween(last.day, report.day) : 0;
      if (last !== undefined && gap > windowDays) {
        runs.push(open);
        open = [];
      }
      open.push(report);
    }
    if (open.length > 0) runs.push(open);
    for (const run of runs) claims.push(toClaim(key, run));
  }
  return claims.sort((a, b) => compareText(a.firstDate ?? '9999', b.firstDate ?? '9999') || compareText(a.id, b.id));
}

/**
 * The grouping key of an event: type, actor key, target key (sorted for symmetric types).
 *
 * @example
 * claimKey({ type: 'AGREE', actor: { key: 'Q142' }, target: { key: 'Q183' } }); // 'AGREE|Q142|Q183'
 */
export function claimKey(event: Pick<EventRecord, 'type'> & { readonly actor: Pick<EntityRef, 'key'> | null; readonly target: Pick<EntityRef, 'key'> | null }): string {
  const actor = event.actor?.key ?? '';
  const target = event.target?.key ?? '';
  const [first, second] = SYMMETRIC_TYPES.has(event.type) && target !== '' && (actor === '' || target < actor) ? [target, actor] : [actor, target];
  return `${event.type}|${first}|${second}`;
}

function toEvidence(event: EventRecord): ClaimEvidence {
  return {
    articleId: event.articleId, url: event.url, outlet: event.outlet, published: event.published, copyOf: event.copyOf,
    evidence: event.evidence, source: event.source, certainty: event.certainty, quantity: event.quantity,
    date: event.date, day: dayOfEvent(event), by: event.by, actor: event.actor, target: event.target,
  };
}

/** Dated before undated; then by day, article and offset so the order never depends on input order. */
function compareEvidence(a: ClaimEvidence, b: ClaimEvidence): number {
  if ((a.day === null) !== (b.day === null)) return a.day === null ? 1 : -1;
  return compareText(a.day ?? '', b.day ?? '') || a.articleId - b.articleId || a.evidence.start - b.evidence.start;
}

function toClaim(key: string, run: readonly ClaimEvidence[]): Claim {
  const [type, actorKey, targetKey] = key.split('|') as [PloverType, string, string];
  const days = run.map((report) => report.day).filter((day): day is string => day !== null);
  const firstDate = days[0] ?? null;
  return {
    id: createHash('sha256').update(`${actorKey}|${type}|${targetKey}|${firstDate ?? ''}`).digest('hex').slice(0, 12),
    type,
    actor: findEntity(run, actorKey),
    target: findEntity(run, targetKey),
    symmetric: SYMMETRIC_TYPES.has(type),
    firstDate,
    lastDate: days.at(-1) ?? null,
    certainty: strongestCertainty(run.map((report) => report.certainty)),
    evidence: run,
    quantities: seenQuantities(run),
  };
}

function findEntity(run: readonly ClaimEvidence[], key: string): EntityRef | null {
  if (key === '') return null;
  for (const report of run) {
    if (report.actor?.key === key) return report.actor;
    if (report.target?.key === key) return report.target;
  }
  return null;
}

function seenQuantities(run: readonly ClaimEvidence[]): SeenQuantity[] {
  const seen = new Map<string, { value: number; unit: string | null; approx: Approx; count: number }>();
  for (const { quantity } of run) {
    if (quantity === null) continue;
    const approx = quantity.approx ?? 'exact';
    const key = `${quantity.value}|${quantity.unit ?? ''}|${approx}`;
    const entry = seen.get(key) ?? { value: quantity.value, unit: quantity.unit, approx, count: 0 };
    entry.count += 1;
    seen.set(key, entry);
  }
  return [...seen.values()].sort((a, b) => compareText(a.unit ?? '', b.unit ?? '') || a.value - b.value);
}

/**
 * Timelines: what happened to or by an entity, between two entities, or
 * within one claim, in date order. Each entry is one report; undated reports
 * come last. An event an article states twice over the same words (two frames
 * read over one stretch) is listed once.
 */
import type { EventRecord } from '../store/types.ts';
import { compareText, dayOfEvent } from './day-of-event.ts';
import type { Claim, ClaimEvidence } from './types.ts';

export interface TimelineEntry {
  /** `YYYY-MM-DD`, or null when undated. */
  readonly day: string | null;
  readonly event: EventRecord;
  /** The entity's part in the event (for an entity timeline). */
  readonly role: 'actor' | 'target' | 'both';
}

/**
 * Events where the entity is actor or target, by date.
 *
 * @example
 * entityTimeline(store.events(), 'Q159').map((entry) => `${entry.day} ${entry.event.type}`);
 */
export function entityTimeline(events: readonly EventRecord[], key: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const spot = `${event.articleId}|${event.type}|${event.actor?.key}|${event.target?.key}|${event.evidence.start}|${event.evidence.end}`;
    if (seen.has(spot)) continue;
    seen.add(spot);
    const isActor = event.actor?.key === key;
    const isTarget = event.target?.key === key;
    if (!isActor && !isTarget) continue;
    entries.push({ day: dayOfEvent(event), event, role: isActor && isTarget ? 'both' : isActor ? 'actor' : 'target' });
  }
  return entries.sort(byDay);
}

/**
 * Events between two entities, either way round, by date (role is `a`'s part).
 *
 * @example
 * pairTimeline(store.events(), 'Q159', 'Q423'); // Russia ↔ North Korea
 */
export function pairTimeline(events: readonly EventRecord[], a: string, b: string): TimelineEntry[] {
  return entityTimeline(events, a).filter(({ event }) => (event.actor?.key === a && event.target?.key === b) || (event.actor?.key === b && event.target?.key === a));
}

/**
 * The reports of one claim, by date.
 *
 * @example
 * claimTimeline(claim)[0]?.certainty; // how the story was first told
 */
export function claimTimeline(claim: Claim): ClaimEvidence[] {
  return [...claim.evidence].sort((a, b) => ((a.day === null) !== (b.day === null) ? (a.day === null ? 1 : -1) : compareText(a.day ?? '', b.day ?? '')) || a.articleId - b.articleId);
}

function byDay(a: TimelineEntry, b: TimelineEntry): number {
  if ((a.day === null) !== (b.day === null)) return a.day === null ? 1 : -1;
  return compareText(a.day ?? '', b.day ?? '') || a.event.articleId - b.event.articleId || a.event.index - b.event.index;
}

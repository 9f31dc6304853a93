/**
 * Where a report sits in time: the day the text says the event happened, else
 * the day the article was published, else the first day of a vaguer event
 * date ("en mars 2024" → 2024-03-01).
 */
import type { EventRecord } from '../store/types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of an event record, or null when nothing dates it.
 *
 * @example
 * dayOfEvent({ date: '2024-11', published: '2024-11-07' }); // '2024-11-07'
 * dayOfEvent({ date: '2024-11-04', published: '2024-11-07' }); // '2024-11-04'
 */
export function dayOfEvent(event: Pick<EventRecord, 'date' | 'published'>): string | null {
  if (event.date !== null && DAY.test(event.date)) return event.date;
  const published = event.published !== null && DAY.test(event.published.slice(0, 10)) ? event.published.slice(0, 10) : null;
  if (published !== null && (event.date === null || published.startsWith(event.date))) return published;
  if (event.date !== null && /^\d{4}(-\d{2})?$/.test(event.date)) return event.date.length === 4 ? `${event.date}-01-01` : `${event.date}-01`;
  return published;
}

/**
 * Whole days from `a` to `b` (both `YYYY-MM-DD`).
 *
 * @example
 * daysBetween('2024-11-01', '2024-11-30'); // 29
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

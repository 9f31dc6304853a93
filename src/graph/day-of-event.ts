/**
 * Where a report sits in time: the day the text says the event happened, else
 * the day the article was published when it falls in the vaguer period the
 * text gives ("en mars 2024"), else the day of that period nearest the
 * publication ("fin octobre" in a 4 November article → 2024-10-31; a period
 * after publication → its first day), else the publication day.
 */
import type { EventRecord } from '../store/types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of an event record, or null when nothing dates it.
 *
 * @example
 * dayOfEvent({ date: '2024-11', published: '2024-11-07' }); // '2024-11-07'
 * dayOfEvent({ date: '2024-11-04', published: '2024-11-07' }); // '2024-11-04'
 * dayOfEvent({ date: '2024-10', published: '2024-11-04' }); // '2024-10-31'
 */
export function dayOfEvent(event: Pick<EventRecord, 'date' | 'published'>): string | null {
  if (event.date !== null && DAY.test(event.date)) return event.date;
  const published = event.published !== null && DAY.test(event.published.slice(0, 10)) ? event.published.slice(0, 10) : null;
  if (published !== null && (event.date === null || published.startsWith(event.date))) return published;
  if (event.date === null || !/^\d{4}(-\d{2})?$/.test(event.date)) return published;
  const first = event.date.length === 4 ? `${event.date}-01-01` : `${event.date}-01`;
  const last = event.date.length === 4 ? `${event.date}-12-31` : lastDayOfMonth(event.date);
  return published !== null && published > last ? last : first;
}

function lastDayOfMonth(month: string): string {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mm, 0)).toISOString().slice(0, 10);
}

/**
 * Whole days from `a` to `b` (both `YYYY-MM-DD`).
 *
 * @example
 * daysBetween('2024-11-01', '2024-11-30'); // 29
 */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

const dayNumbers = new Map<string, number>();

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day (cached: a store has few distinct days).
 *
 * @example
 * dayNumber('1970-01-02'); // 1
 */
export function dayNumber(day: string): number {
  let number = dayNumbers.get(day);
  if (number === undefined) {
    number = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    dayNumbers.set(day, number);
  }
  return number;
}

/**
 * Orders ISO days (or any ASCII keys) by code unit: fast and locale-free, unlike `localeCompare`.
 *
 * @example
 * ['2024-11-02', '2024-10-30'].sort(compareText); // ['2024-10-30', '2024-11-02']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

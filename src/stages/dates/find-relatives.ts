/**
 * Finds words that name a day relative to publication ("hier", "avant-hier",
 * "la semaine dernière", "yesterday", "last year") and fixed holidays ("la
 * veille de Noël", "Christmas Eve").
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarKey, calendarRegex } from './compile-calendar.ts';
import { mentions } from './finder-gates.ts';

/**
 * Every relative word and holiday of the sentence.
 *
 * @example
 * findRelatives(context); // "hier" → { relative: { unit: 'day', offset: -1, granularity: 'day' } }
 */
export function findRelatives(context: DateContext): DateCandidate[] {
  const { calendar } = context;
  if (!mentions(context, 'relatives')) return [];
  const regex = calendarRegex(calendar, 'relative', (c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.relative}|${c.holiday})`, 'giu'));
  return scan(context, regex, (m, start, end) => {
    const key = calendarKey(m[0]);
    const relative = calendar.relatives.get(key);
    if (relative) return { start, end, rule: 'relative', relative, direction: 'nearest', granularity: relative.granularity };
    const holiday = calendar.holidays.get(key);
    if (holiday) return { start, end, rule: 'holiday', month: holiday.month, day: holiday.day, direction: 'nearest', granularity: 'day' };
    return null;
  });
}

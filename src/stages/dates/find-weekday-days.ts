/**
 * Finds a weekday with a day of the month and no month: "jeudi 7", "le
 * samedi 16", "Friday the 15th". The month is the one near publication where
 * that day falls on that weekday (resolve-dates.ts).
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarRegex, lookupNamed, type Calendar } from './compile-calendar.ts';
import { mentions } from './finder-gates.ts';

function weekdayDayPattern(c: Calendar): RegExp {
  const article = c.dayArticles === '(?!)' ? '' : `(?:(?:${c.dayArticles})[ ]+)?`;
  // a month after the day makes it a day-month date (find-explicit-dates.ts), which is longer and wins
  return new RegExp(`(?<![\\p{L}\\p{N}])(${c.weekday})[ ]+${article}(\\p{N}{1,2})(?:${c.ordinal})?(?![\\p{L}\\p{N}]|[.,]\\p{N}|[ ]?%)`, 'giu');
}

/**
 * Every weekday + day of the sentence.
 *
 * @example
 * findWeekdayDays(context); // "jeudi 7" → { weekday: 4, day: 7, rule: 'weekday-day' }
 */
export function findWeekdayDays(context: DateContext): DateCandidate[] {
  const { calendar } = context;
  // the day is in digits; most sentences have none
  if (!context.words.digit || !mentions(context, 'weekdays')) return [];
  const regex = calendarRegex(calendar, 'weekday-day', weekdayDayPattern);
  return scan(context, regex, (m, start, end) => {
    const weekday = lookupNamed(calendar.weekdays, m[1]);
    const day = Number(m[2]);
    if (weekday === undefined || day < 1 || day > 31) return null;
    return { start, end, rule: 'weekday-day', weekday, day, direction: 'nearest', granularity: 'day' };
  });
}

/**
 * Finds dates that state their day: "7 novembre 2024", "mercredi 19 juin",
 * "le 1er mars", "November 7, 2024", "Oct 24", "Sept. 11, 2001",
 * "19 November", "2024-11-07", "07/11/2024".
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarRegex, lookupNamed, type Calendar } from './compile-calendar.ts';

const EDGE = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:1[89]|20)\\p{N}{2})(?![\\p{N}])';

/**
 * Every day-precise date of the sentence.
 *
 * @example
 * findExplicitDates(context); // "mercredi 19 juin" → { weekday: 3, day: 19, month: 6 }
 */
export function findExplicitDates(context: DateContext): DateCandidate[] {
  const { calendar } = context;
  const dayMonth = calendarRegex(calendar, 'day-month', dayMonthPattern);
  const monthDay = calendarRegex(calendar, 'month-day', monthDayPattern);
  const numeric = calendarRegex(calendar, 'numeric', () => new RegExp(`${EDGE}(?:(\\p{N}{4})-(\\p{N}{2})-(\\p{N}{2})|(\\p{N}{1,2})[/.](\\p{N}{1,2})[/.](\\p{N}{4}))${END}`, 'gu'));
  return [
    ...scan(context, dayMonth, (m, start, end) => {
      const month = lookupNamed(calendar.months, m[3]);
      const weekday = lookupNamed(calendar.weekdays, m[1]);
      if (month === undefined || (m[1] && weekday === undefined)) return null;
      return day(start, end, 'day-month', m[4], month, m[2] ? Number(m[2]) : 1, weekday);
    }),
    ...scan(context, monthDay, (m, start, end) => {
      const month = lookupNamed(calendar.months, m[2]);
      const weekday = lookupNamed(calendar.weekdays, m[1]);
      if (month === undefined || (m[1] && weekday === undefined)) return null;
      return day(start, end, 'month-day', m[4], month, Number(m[3]), weekday);
    }),
    ...scan(context, numeric, (m, start, end) => {
      if (m[1]) return day(start, end, 'iso', m[1], Number(m[2]), Number(m[3]), undefined);
      const [first, second] = [Number(m[4]), Number(m[5])];
      // 07/11/2024: day first in French; in English month first unless the first part cannot be a month
      const monthFirst = calendar.order === 'mdy' ? first <= 12 : first <= 12 && second > 12;
      return day(start, end, 'numeric', m[6], monthFirst ? first : second, monthFirst ? second : first, undefined);
    }),
  ];
}

function day(start: number, end: number, rule: string, year: string | undefined, month: number, dayOfMonth: number, weekday: number | undefined): DateCandidate | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  return {
    start,
    end,
    rule,
    ...(year ? { year: Number(year) } : {}),
    month,
    day: dayOfMonth,
    ...(weekday !== undefined ? { weekday } : {}),
    direction: 'nearest',
    granularity: 'day',
  };
}

/** "[mercredi] 19 juin [2024]", "1er mars", "premier mai", "the 19th of November". */
function dayMonthPattern(c: Calendar): RegExp {
  const dayPart = `(?:(\\p{N}{1,2})(?:${c.ordinal})?|${c.dayWords})`;
  return new RegExp(
    `${EDGE}(?:(${c.weekday})[ ]+)?${dayPart}${END}[ ]+(?:(?:${c.of})[ ]+)?(${c.month})(?:,?[ ]+${YEAR})?`,
    'giu',
  );
}

/** "[Thursday] November 7[, 2024]", "Oct 24", "Sept. 11, 2001". */
function monthDayPattern(c: Calendar): RegExp {
  return new RegExp(
    `${EDGE}(?:(${c.weekday})[ ]+)?(${c.month})[ ]+(\\p{N}{1,2})(?:${c.ordinal})?${END}(?:,?[ ]+${YEAR})?`,
    'giu',
  );
}

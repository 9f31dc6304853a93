/**
 * Finds dates that state their day: "7 novembre 2024", "mercredi 19 juin",
 * "le 1er mars", "November 7, 2024", "Oct 24", "Sept. 11, 2001",
 * "19 November", "2024-11-07", "07/11/2024", "21-04-2016", "05/05/89", "le 10 novembre 93,".
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { earlierDays } from './earlier-days.ts';
import { SHORT_YEAR_REFERENCE, windowYear } from './calendar-math.ts';
import { calendarRegex, lookupNamed, type Calendar } from './compile-calendar.ts';
import { direction } from './find-months.ts';
import { mentions } from './finder-gates.ts';

const EDGE = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const YEAR = '((?:1[89]|20)\\p{N}{2})(?![\\p{N}])';
const SHORT_YEAR_END = '(?=[ ]*(?:[,;:)]|[.](?:\\s|$)|$))';

/**
 * Every day-precise date of the sentence.
 *
 * @example
 * findExplicitDates(context); // "mercredi 19 juin" → { weekday: 3, day: 19, month: 6 }
 */
export function findExplicitDates(context: DateContext): DateCandidate[] {
  const { calendar, folded, sentence } = context;
  // every pattern here holds a digit; most sentences have none
  if (!context.words.digit) return [];
  const dayMonth = calendarRegex(calendar, 'day-month', dayMonthPattern);
  const monthDay = calendarRegex(calendar, 'month-day', monthDayPattern);
  const weekdayBefore = calendarRegex(calendar, 'weekday-before', (c) => new RegExp(`${EDGE}(${c.weekday})[ ]+$`, 'iu'));
  // "mercredi 19 juin": a weekday right before the date belongs to it (looked up backwards: patterns that start
  // with an optional weekday are slow to try at every position)
  const withWeekday = (candidate: DateCandidate | null): DateCandidate | null => {
    if (!candidate) return null;
    const before = context.folded.slice(Math.max(sentence.start, candidate.start - 16), candidate.start);
    const match = weekdayBefore.exec(before);
    const weekday = lookupNamed(calendar.weekdays, match?.[1]);
    if (!match || weekday === undefined) return candidate;
    return { ...candidate, start: candidate.start - match[0].length, weekday };
  };
  const numeric = calendarRegex(calendar, 'numeric', numericPattern);
  const after = calendarRegex(calendar, 'month-after', (c) => new RegExp(`^[ ]+(${c.after})`, 'iu'));
  // the day-month and month-day patterns need a month word
  const hasMonth = mentions(context, 'months');
  return [
    ...(!hasMonth ? [] : scan(context, dayMonth, (m, start, end) => {
      const month = lookupNamed(calendar.months, m[2]);
      if (month === undefined) return null;
      const dated = withWeekday(withShortYear(calendar, day(start, end, 'day-month', m[3] ? Number(m[3]) : undefined, month, m[1] ? Number(m[1]) : 1, undefined), m[4]));
      // "le 15 août prochain", "les 6 et 13 avril derniers": the modifier sets the direction and stays out of the span
      const modifier = m[3] || m[4] ? undefined : after.exec(folded.slice(end, Math.min(sentence.end, end + 24)))?.[1];
      return dated && modifier ? { ...dated, direction: direction(calendar, modifier) } : dated;
    }).flatMap((dated) => [...earlierDays(context, dated), dated])),
    ...(!calendar.monthDay || !hasMonth ? [] : scan(context, monthDay, (m, start, end) => {
      const month = lookupNamed(calendar.months, m[1]);
      if (month === undefined) return null;
      return withWeekday(day(start, end, 'month-day', m[3] === undefined ? undefined : Number(m[3]), month, Number(m[2]), undefined));
    })),
    ...scan(context, numeric, (m, start, end) => {
      if (m[1]) return day(start, end, 'iso', Number(m[1]), Number(m[3]), Number(m[4]), undefined);
      const [first, second, year = ''] = [Number(m[5]), Number(m[7]), m[8]];
      const short = year.length === 2;
      // "12.05.18" may be a version or a score: a two-digit year needs a slash or a hyphen
      if (short && m[6] === '.') return null;
      // 07/11/2024: day first in French; in English month first unless the first part cannot be a month
      const monthFirst = calendar.order === 'mdy' ? first <= 12 : first <= 12 && second > 12;
      const found = day(start, end, 'numeric', short ? undefined : Number(year), monthFirst ? first : second, monthFirst ? second : first, undefined);
      return short ? withShortYear(calendar, found, year) : found;
    }),
  ];
}

/** Adds a two-digit year: read against 2048 here, against the publication date in resolve-dates.ts. */
function withShortYear(calendar: Calendar, candidate: DateCandidate | null, digits: string | undefined): DateCandidate | null {
  if (!candidate || digits === undefined) return candidate;
  const ahead = calendar.shortYearAhead;
  return { ...candidate, year: windowYear(Number(digits), SHORT_YEAR_REFERENCE, ahead), shortYearAhead: ahead };
}

function day(start: number, end: number, rule: string, year: number | undefined, month: number, dayOfMonth: number, weekday: number | undefined): DateCandidate | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  return {
    start,
    end,
    rule,
    ...(year !== undefined ? { year } : {}),
    month,
    day: dayOfMonth,
    ...(weekday !== undefined ? { weekday } : {}),
    direction: 'nearest',
    granularity: 'day',
  };
}

/** "19 juin [2024]", "1er mars", "premier mai", "the 19th of November", "le 10 novembre 93,". */
function dayMonthPattern(c: Calendar): RegExp {
  const dayPart = `(?:(\\p{N}{1,2})(?:${c.ordinal})?|${c.dayWords})`;
  return new RegExp(
    // "le 7-Octobre" names the day of the attack with a hyphen; two digits after the month are a year only when
    // a punctuation mark or the end follows ("le 3 mars 20 soldats" counts soldiers)
    `${EDGE}${dayPart}${END}(?:[ ]+|[-\\u2011])(?:(?:${c.of})[ ]+)?(${c.month})(?:,?[ ]+${YEAR}|[ ]+(\\p{N}{2})${SHORT_YEAR_END})?`,
    'giu',
  );
}

/**
 * "2024-11-07", "2015/08/12", "2015.5.13" (year first); "07/11/2024", "21-04-2016", "05/05/89" (year last), one
 * separator throughout and no digits glued on ("01.02.03.04.05" is a phone number).
 */
function numericPattern(): RegExp {
  return new RegExp(
    `${EDGE}(?<!\\p{N}[/.-])(?:(\\p{N}{4})([-/.])(\\p{N}{1,2})\\2(\\p{N}{1,2})|(\\p{N}{1,2})([-/.])(\\p{N}{1,2})\\6(\\p{N}{4}|\\p{N}{2}))${END}(?![/.-]\\p{N})`,
    'gu',
  );
}

/** "November 7[, 2024]", "Oct 24", "Sept. 11, 2001". */
function monthDayPattern(c: Calendar): RegExp {
  return new RegExp(
    `${EDGE}(${c.month})[ ]+(\\p{N}{1,2})(?:${c.ordinal})?${END}(?:,?[ ]+${YEAR})?`,
    'giu',
  );
}

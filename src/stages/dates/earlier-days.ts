/**
 * Days listed before a day-month that share its month: "les 6 et 13 avril",
 * "du 5 au 7 mars", "entre le 15 et le 20 juin", "les 4, 5 et 6 mai",
 * "3 and 4 April". Each earlier day becomes a date of its own.
 */
import type { DateCandidate, DateContext } from './candidate.ts';
import { calendarRegex, type Calendar } from './compile-calendar.ts';

/** How far back a listed day may stand: "15 et le " is nine characters. */
const REACH = 24;

function listedDayPattern(c: Calendar): RegExp {
  const article = c.dayArticles === '(?!)' ? '' : `(?:(?:${c.dayArticles})[ ]*)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}.,/-])(\\p{N}{1,2})(?:${c.ordinal})?[ ]*(?:${c.dayJoiners})[ ]*${article}$`, 'iu');
}

/**
 * The days listed before `dated` (a candidate with a day and a month), nearest last; each must come before the next.
 *
 * @example
 * earlierDays(context, sixthOfApril); // "les 4, 5 et 6 avril" → the 4th and the 5th of April
 */
export function earlierDays(context: DateContext, dated: DateCandidate): DateCandidate[] {
  if (dated.day === undefined || dated.month === undefined) return [];
  const pattern = calendarRegex(context.calendar, 'listed-day', listedDayPattern);
  const found: DateCandidate[] = [];
  let next = dated;
  for (;;) {
    const from = Math.max(context.sentence.start, next.start - REACH);
    const match = pattern.exec(context.folded.slice(from, next.start));
    const day = Number(match?.[1]);
    if (!match || !(day >= 1 && day < (next.day ?? 0))) break;
    const start = from + match.index;
    const { year, shortYearAhead, month, direction } = dated;
    next = {
      start,
      end: start + (match[1] ?? '').length,
      rule: 'day-list',
      ...(year !== undefined ? { year } : {}),
      ...(shortYearAhead !== undefined ? { shortYearAhead } : {}),
      month,
      day,
      direction,
      granularity: 'day',
    };
    found.unshift(next);
  }
  return found;
}

/**
 * Finds years written alone: "2022" in "en 2022", "in 2022", "depuis 2014",
 * "d'ici 2035" (the span is the year). 1800–2099, not part of a larger number
 * nor a percentage.
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarRegex } from './compile-calendar.ts';

// not "2 000", "1,2024", "2024 %", "$2025"
const YEAR = /(?<![\p{L}\p{N}$€£]|\p{N}[ .,])((?:1[89]|20)\p{N}{2})(?![\p{L}\p{N}]|[.,]\p{N}|[ ]?%|[ ]\p{N}{3}(?!\p{N}))/gu;

/**
 * Every bare year of the sentence.
 *
 * @example
 * findYears(context); // "en 2022" → { start: 3, end: 7, year: 2022 }
 */
export function findYears(context: DateContext): DateCandidate[] {
  if (!context.words.digit) return [];
  const regex = calendarRegex(context.calendar, 'year', () => new RegExp(YEAR.source, YEAR.flags));
  return scan(context, regex, (m, start, end) => {
    // "les années 1990" is a decade
    if (context.calendar.decade.test(context.folded.slice(Math.max(context.sentence.start, start - 16), start))) return null;
    // "à 1800 GMT" is a time
    if (context.calendar.clock.test(context.folded.slice(end, Math.min(context.sentence.end, end + 12)))) return null;
    return { start, end, rule: 'year', year: Number(m[1]), direction: 'nearest', granularity: 'year' };
  });
}

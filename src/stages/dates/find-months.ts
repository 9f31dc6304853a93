/**
 * Finds months and years with their modifiers: "février 2022", "en février"
 * (the span is the month), "mi-novembre", "fin février", "novembre dernier",
 * "last March", "début 2023", "early 2023".
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarKey, calendarRegex, lookupNamed, type Calendar, type Direction } from './compile-calendar.ts';
import { mentions } from './finder-gates.ts';

const EDGE = '(?<![\\p{L}\\p{N}])';
const YEAR = '((?:1[89]|20)\\p{N}{2})(?![\\p{N}])';

/**
 * Every month (with or without its year) and every part of a year of the sentence.
 *
 * @example
 * findMonths(context); // "fin février" → { month: 2, granularity: 'month' }
 */
export function findMonths(context: DateContext): DateCandidate[] {
  const { calendar } = context;
  const months = calendarRegex(calendar, 'month', monthPattern);
  // a modifier after the month sets its direction but stays out of the span: "en novembre et décembre derniers"
  const after = calendarRegex(calendar, 'month-after', (c) => new RegExp(`^[ ]+(${c.after})`, 'iu'));
  const partYears = calendarRegex(calendar, 'part-year', (c) => new RegExp(`${EDGE}(?:${c.part})[ ]*${YEAR}`, 'giu'));
  return [
    ...(!mentions(context, 'months') ? [] : scan(context, months, (m, start, end) => {
      const month = lookupNamed(calendar.months, m[3]);
      if (month === undefined || isSurname(context, calendar, start, m[3] ?? '')) return null;
      const modifier = m[1] ?? after.exec(context.folded.slice(end, Math.min(context.sentence.end, end + 24)))?.[1];
      // "les Vingt-Sept.", "Feb" alone: an abbreviation names a month only beside a day or a year
      if (!m[4] && !m[1] && !m[2] && !modifier && isAbbreviation(calendar, m[3] ?? '', month)) return null;
      return {
        start,
        end,
        rule: m[4] ? 'month-year' : 'month',
        ...(m[4] ? { year: Number(m[4]) } : {}),
        month,
        direction: direction(calendar, modifier),
        granularity: 'month',
      };
    })),
    // a year is digits
    ...(!context.words.digit || !mentions(context, 'parts') ? [] : scan(context, partYears, (m, start, end) => ({ start, end, rule: 'part-year', year: Number(m[1]), direction: 'nearest', granularity: 'year' }))),
  ];
}

/**
 * True when the form is a shortened month name: a strict prefix of a longer form of the same month.
 *
 * @example
 * isAbbreviation(french, 'sept.', 9); // true; 'mars' → false
 */
export function isAbbreviation(calendar: Calendar, form: string, month: number): boolean {
  const stem = calendarKey(form).replace(/\.$/u, '');
  for (const [key, named] of calendar.months) {
    if (named.value === month && key.length > stem.length + 1 && key.startsWith(stem)) return true;
  }
  return false;
}

/** "Theresa May": a cased month name right after a capitalised word that is no weekday. */
function isSurname(context: DateContext, calendar: Calendar, start: number, form: string): boolean {
  if (!calendar.months.get(calendarKey(form))?.cased) return false;
  const before = context.folded.slice(Math.max(context.sentence.start, start - 24), start);
  const word = /(\p{Lu}[\p{L}'-]*)[ ]+$/u.exec(before)?.[1];
  return word !== undefined && lookupNamed(calendar.weekdays, word) === undefined && start - word.length - 1 > context.sentence.start;
}

/**
 * "dernier" → past, "next" → future, none → the nearest occurrence.
 *
 * @example
 * direction(french, 'dernier'); // "past"
 */
export function direction(calendar: Calendar, modifier: string | undefined): Direction {
  const role = modifier ? calendar.modifiers.get(calendarKey(modifier)) : undefined;
  return role === 'past' || role === 'future' ? role : 'nearest';
}

function monthPattern(c: Calendar): RegExp {
  return new RegExp(
    `${EDGE}(?:(${c.before})[ ]+)?(?:(${c.part})[ ]*)?(${c.month})(?:,?[ ]+${YEAR})?`,
    'giu',
  );
}

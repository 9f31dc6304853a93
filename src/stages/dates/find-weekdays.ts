/**
 * Finds weekdays with their modifiers: "jeudi", "ce jeudi", "lundi dernier", "lundi
 * prochain", "Thursday", "last Monday", "next Friday". A bare weekday in news
 * is past-biased: the day of the publication week, or the last one before.
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { calendarRegex, lookupNamed } from './compile-calendar.ts';
import { direction } from './find-months.ts';
import { mentions } from './finder-gates.ts';

/**
 * Every weekday of the sentence.
 *
 * @example
 * findWeekdays(context); // "lundi prochain" → { weekday: 1, direction: 'future' }
 */
export function findWeekdays(context: DateContext): DateCandidate[] {
  const { calendar } = context;
  if (!mentions(context, 'weekdays')) return [];
  const regex = calendarRegex(
    calendar,
    'weekday',
    (c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:(${c.before})[ ]+)?(${c.weekday})(?:[ ]+(${c.after}))?`, 'giu'),
  );
  const thisWeek = calendarRegex(calendar, 'weekday-this', (c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.thisWeek})[ ]+$`, 'iu'));
  return scan(context, regex, (m, start, end) => {
    const weekday = lookupNamed(calendar.weekdays, m[2]);
    if (weekday === undefined) return null;
    const modifier = m[1] ?? m[3];
    // "ce vendredi": the Friday of the publication week, past or to come; the word stays out of the span
    if (!modifier && thisWeek.test(context.folded.slice(Math.max(context.sentence.start, start - 8), start))) {
      return { start, end, rule: 'weekday-this', weekday, week: 0, direction: 'nearest', granularity: 'day' };
    }
    const toward = direction(calendar, modifier);
    return {
      start,
      end,
      rule: modifier ? `weekday-${toward}` : 'weekday',
      weekday,
      // bare weekdays look back: news reports what happened
      direction: toward === 'nearest' ? 'past' : toward,
      granularity: 'day',
    };
  });
}

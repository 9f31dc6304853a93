/**
 * Joins a weekday to the week named right after it: "mardi de la semaine
 * dernière" is the Tuesday of last week, "vendredi cette semaine" the Friday
 * of this one, "Friday of next week" the Friday after the coming Monday.
 */
import type { DateCandidate, DateContext } from './candidate.ts';
import { calendarRegex } from './compile-calendar.ts';

/**
 * The candidates with each weekday + week pair made one date.
 *
 * @example
 * joinWeekdayWeek([mardi, laSemaineDerniere], context); // [{ weekday: 2, week: -1, rule: 'weekday-week' }]
 */
export function joinWeekdayWeek(candidates: readonly DateCandidate[], context: DateContext): DateCandidate[] {
  const link = calendarRegex(context.calendar, 'week-link', (c) => new RegExp(`^[ ]*(?:(?:${c.weekLink})[ ]*)?$`, 'iu'));
  const joined: DateCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const day = candidates[i];
    const week = candidates[i + 1];
    if (day && week && isBareWeekday(day) && week.relative?.unit === 'week' && link.test(context.folded.slice(day.end, week.start))) {
      const { start, weekday } = day;
      joined.push({ start, end: week.end, rule: 'weekday-week', weekday, week: week.relative.offset, direction: 'nearest', granularity: 'day' });
      i++;
    } else if (day) joined.push(day);
  }
  return joined;
}

function isBareWeekday(candidate: DateCandidate): candidate is DateCandidate & { weekday: number } {
  return candidate.weekday !== undefined && candidate.day === undefined && (candidate.rule === 'weekday' || candidate.rule === 'weekday-this');
}

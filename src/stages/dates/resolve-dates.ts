/**
 * Turns date candidates into values against the publication date: the parts
 * the text states are `known`, the parts taken from the publication date are
 * `implied` (chrono's known/implied values).
 */
import type { DateRef } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { DateCandidate } from './candidate.ts';
import { addDays, addMonths, daysBetween, formatDate, isoWeekday, isValid, windowYear, type Ymd } from './calendar-math.ts';

type Resolved = Omit<Draft<DateRef>, 'text' | 'start' | 'end' | 'rule'>;

/**
 * The value of one candidate; `value` is null when it needs a publication date
 * and there is none.
 *
 * @example
 * resolveDate({ weekday: 4, direction: 'past', … }, { year: 2024, month: 11, day: 8 }); // value "2024-11-07"
 */
export function resolveDate(found: DateCandidate, anchor: Ymd | null): Resolved {
  const candidate = anchor ? withWindowedYear(found, anchor) : found;
  const { granularity } = candidate;
  const known = (['year', 'month', 'day', 'weekday'] as const).filter((part) => candidate[part] !== undefined);
  const wanted = granularity === 'year' ? ['year'] : granularity === 'month' ? ['year', 'month'] : ['year', 'month', 'day'];
  const implied = wanted.filter((part) => !known.includes(part as (typeof known)[number]));
  const result = (ymd: Ymd | null): Resolved => ({ value: ymd ? formatDate(ymd, granularity) : null, granularity, known, implied });
  if (implied.length === 0) {
    const ymd = { year: candidate.year ?? 0, month: candidate.month ?? 1, day: candidate.day ?? 1 };
    return result(isValid(ymd) ? ymd : null);
  }
  if (candidate.rank !== undefined) return result(nthWeekday(anchor, candidate));
  if (!anchor) return result(null);
  if (candidate.relative) return result(shift(anchor, candidate.relative.unit, candidate.relative.offset));
  if (candidate.weekday !== undefined && candidate.day !== undefined && candidate.month === undefined) {
    // "jeudi 7": the month near publication where the 7th is a Thursday; without one, the weekday alone
    const dated = monthOfWeekdayDay(anchor, candidate);
    if (dated) return result(dated);
    const { day: _day, ...weekdayOnly } = candidate;
    return resolveDate({ ...weekdayOnly, direction: 'past' }, anchor);
  }
  if (candidate.weekday !== undefined && candidate.day === undefined && candidate.week !== undefined) return result(weekdayOfWeek(anchor, candidate));
  if (candidate.weekday !== undefined && candidate.day === undefined) return result(weekdayNear(anchor, candidate));
  return result(yearNear(anchor, candidate));
}

/** "le 10 novembre 93" in a 2002 text is 1993; "3-7-27" in a 2016 text is 2027. */
function withWindowedYear(candidate: DateCandidate, anchor: Ymd): DateCandidate {
  if (candidate.shortYearAhead === undefined || candidate.year === undefined) return candidate;
  return { ...candidate, year: windowYear(candidate.year % 100, anchor.year, candidate.shortYearAhead) };
}

function shift(anchor: Ymd, unit: 'day' | 'week' | 'month' | 'year', offset: number): Ymd {
  if (unit === 'day') return addDays(anchor, offset);
  if (unit === 'week') return addDays(anchor, offset * 7);
  if (unit === 'month') return addMonths(anchor, offset);
  return { year: anchor.year + offset, month: 1, day: 1 };
}

/** "le premier dimanche de mars": the month stated (its year, or the one nearest publication), then the rank-th weekday. */
function nthWeekday(anchor: Ymd | null, candidate: DateCandidate): Ymd | null {
  const month = candidate.year !== undefined
    ? { year: candidate.year, month: candidate.month ?? 1, day: 1 }
    : anchor ? yearNear(anchor, { ...candidate, granularity: 'month' }) : null;
  if (!month || candidate.weekday === undefined || candidate.rank === undefined) return null;
  const first = { ...month, day: 1 };
  if (candidate.rank < 0) {
    const last = addDays(addMonths(first, 1), -1);
    return addDays(last, -((isoWeekday(last) - candidate.weekday + 7) % 7));
  }
  const day = { ...first, day: 1 + ((candidate.weekday - isoWeekday(first) + 7) % 7) + 7 * (candidate.rank - 1) };
  return isValid(day) ? day : null;
}

/** The day in the month before publication, its month or the next, that falls on the weekday; nearest first. */
function monthOfWeekdayDay(anchor: Ymd, candidate: DateCandidate): Ymd | null {
  const options = [-1, 0, 1]
    .map((offset) => ({ ...addMonths(anchor, offset), day: candidate.day ?? 1 }))
    .filter((ymd) => isValid(ymd) && isoWeekday(ymd) === candidate.weekday);
  const cost = (ymd: Ymd) => Math.abs(daysBetween(anchor, ymd));
  return options.sort((a, b) => cost(a) - cost(b))[0] ?? null;
}

/**
 * The weekday in the ISO week `week` weeks from publication's; "ce mardi" with a future cue, on a Wednesday, is the
 * coming one.
 */
function weekdayOfWeek(anchor: Ymd, candidate: DateCandidate): Ymd {
  const offset = 7 * (candidate.week ?? 0) + (candidate.weekday ?? 1) - isoWeekday(anchor);
  return addDays(anchor, candidate.direction === 'future' && offset < 0 ? offset + 7 : offset);
}

/** "jeudi" → this week's Thursday or the last one; "lundi dernier" → strictly before; "next Monday" → strictly after. */
function weekdayNear(anchor: Ymd, candidate: DateCandidate): Ymd {
  const today = isoWeekday(anchor);
  const target = candidate.weekday ?? today;
  // "next Monday" is never today; "they will meet on Monday" may be
  if (candidate.direction === 'future') return addDays(anchor, (target - today + 7) % 7 || (candidate.rule === 'weekday-future' ? 7 : 0));
  const back = (today - target + 7) % 7;
  const strict = candidate.rule === 'weekday-past';
  return addDays(anchor, -(back === 0 && strict ? 7 : back));
}

/** A month or day-month without its year: the occurrence nearest publication, or the one before/after. */
function yearNear(anchor: Ymd, candidate: DateCandidate): Ymd | null {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1]
    .map((year) => ({ year, month: candidate.month ?? 1, day: candidate.granularity === 'day' ? (candidate.day ?? 1) : 1 }))
    .filter(isValid);
  const first = { ...anchor, day: candidate.granularity === 'day' ? anchor.day : 1 };
  const distance = (ymd: Ymd) => daysBetween(first, ymd);
  const allowed = options.filter((ymd) =>
    candidate.direction === 'past' ? distance(ymd) <= 0 : candidate.direction === 'future' ? distance(ymd) >= 0 : true,
  );
  // news mostly reports what happened: without a future cue (mark-future.ts) a future occurrence counts three
  // times as far ("le 7 octobre" in May is last October; "signé le 1er mars" in November is last March)
  const cost = (ymd: Ymd) => (distance(ymd) > 0 ? 3 * distance(ymd) : -distance(ymd));
  allowed.sort((a, b) => cost(a) - cost(b) || distance(a) - distance(b));
  return allowed[0] ?? null;
}

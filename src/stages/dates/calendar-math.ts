/**
 * Plain calendar arithmetic on UTC days, enough to resolve news dates.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * "2024-11-07" → { year: 2024, month: 11, day: 7 }, or null when not a date.
 *
 * @example
 * parseYmd('2024-11-07'); // { year: 2024, month: 11, day: 7 }
 */
export function parseYmd(text: string | null): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValid(ymd) ? ymd : null;
}

const toDate = (ymd: Ymd) => new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day));
const fromDate = (date: Date): Ymd => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/**
 * The day `days` after `ymd` (before when negative).
 *
 * @example
 * addDays({ year: 2024, month: 3, day: 1 }, -1); // { year: 2024, month: 2, day: 29 }
 */
export function addDays(ymd: Ymd, days: number): Ymd {
  const date = toDate(ymd);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/**
 * The first day of the month `months` after the month of `ymd`.
 *
 * @example
 * addMonths({ year: 2024, month: 12, day: 9 }, 1); // { year: 2025, month: 1, day: 1 }
 */
export function addMonths(ymd: Ymd, months: number): Ymd {
  const index = ymd.year * 12 + (ymd.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/**
 * ISO weekday of a day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday({ year: 2024, month: 11, day: 7 }); // 4 (Thursday)
 */
export function isoWeekday(ymd: Ymd): number {
  return ((toDate(ymd).getUTCDay() + 6) % 7) + 1;
}

/**
 * Days from `a` to `b`.
 *
 * @example
 * daysBetween({ year: 2024, month: 11, day: 7 }, { year: 2024, month: 11, day: 8 }); // 1
 */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}

/**
 * True when the day exists (no 31 June).
 *
 * @example
 * isValid({ year: 2024, month: 6, day: 31 }); // false
 */
export function isValid(ymd: Ymd): boolean {
  const back = fromDate(toDate(ymd));
  return back.year === ymd.year && back.month === ymd.month && back.day === ymd.day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 *
 * @example
 * formatDate({ year: 2022, month: 2, day: 1 }, 'month'); // "2022-02"
 */
export function formatDate(ymd: Ymd, granularity: 'day' | 'month' | 'year'): string {
  if (granularity === 'year') return pad(ymd.year, 4);
  if (granularity === 'month') return `${pad(ymd.year, 4)}-${pad(ymd.month)}`;
  return `${pad(ymd.year, 4)}-${pad(ymd.month)}-${pad(ymd.day)}`;
}

/** Without a publication date, two-digit years are read against this year: 1969–2068 with 20 years ahead (POSIX %y). */
export const SHORT_YEAR_REFERENCE = 2048;

/**
 * The year a two-digit year names: the latest year ending in those digits at most `ahead` years after `reference`.
 *
 * @example
 * windowYear(93, 2002, 20); // 1993; windowYear(27, 2016, 20) → 2027
 */
export function windowYear(twoDigits: number, reference: number, ahead: number): number {
  return Math.floor((reference + ahead - twoDigits) / 100) * 100 + twoDigits;
}

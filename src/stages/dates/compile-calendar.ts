/**
 * Compiles the calendar words of a language (months, weekdays, modifiers,
 * relative words, holidays, numeric order) into lookup maps and regexes, once
 * per language.
 */
import { phrasePattern } from '../../core/words.ts';
import type { Language, Row } from '../../lang/load.ts';

export type Direction = 'past' | 'future' | 'nearest';
export type ShiftUnit = 'day' | 'week' | 'month' | 'year';
export type Granularity = 'day' | 'month' | 'year';

export interface Named {
  readonly value: number;
  /** True when the form only counts with a capital initial (English "May"). */
  readonly cased: boolean;
}

export interface Relative {
  readonly unit: ShiftUnit;
  readonly offset: number;
  readonly granularity: Granularity;
}

export interface Calendar {
  readonly months: ReadonlyMap<string, Named>;
  readonly weekdays: ReadonlyMap<string, Named>;
  /** Modifier phrase → role (`past`, `future`, `part`, `this`). */
  readonly modifiers: ReadonlyMap<string, string>;
  readonly relatives: ReadonlyMap<string, Relative>;
  readonly holidays: ReadonlyMap<string, { readonly month: number; readonly day: number }>;
  readonly order: 'dmy' | 'mdy';
  /** Whether the language writes the month before the day ("November 7"); French never does ("mars 20 soldats"). */
  readonly monthDay: boolean;
  /** A two-digit year is the latest year with those digits at most this many years after publication. */
  readonly shortYearAhead: number;
  /** Regex sources (no flags) for the pattern families. */
  readonly month: string;
  readonly weekday: string;
  readonly ordinal: string;
  readonly dayWords: string;
  readonly of: string;
  /** Words between listed days of one month ("6 et 13 avril", "du 5 au 7 mars") and articles before a day. */
  readonly dayJoiners: string;
  readonly dayArticles: string;
  /** Words before a year that make it a decade ("les années 1990"). */
  readonly decade: RegExp;
  /** Words after four digits that make them a time ("1800 GMT"). */
  readonly clock: RegExp;
  readonly before: string;
  readonly after: string;
  readonly part: string;
  /** Words before a weekday that name the publication week's one ("ce vendredi", "this Friday"); not in the span. */
  readonly thisWeek: string;
  /** Words between a weekday and the week it falls in ("mardi de la semaine dernière", "Tuesday of last week"). */
  readonly weekLink: string;
  /** Words between a counted weekday and its month ("premier dimanche de mars") and the words for "last". */
  readonly monthLink: string;
  readonly lastRank: readonly string[];
  readonly relative: string;
  readonly holiday: string;
}

/**
 * Lower-cased, apostrophes and spaces folded: the key of every calendar map.
 *
 * @example
 * calendarKey('L’an  dernier'); // "l'an dernier"
 */
export function calendarKey(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** The phrases of a `|`-separated cell. */
export const list = (cell: string | undefined): string[] => (cell ?? '').split('|').map((f) => f.trim()).filter((f) => f !== '');

/**
 * A regex alternation of phrases, longest first; word-final forms must end a word.
 *
 * @example
 * new RegExp(alternation(['févr.', 'février']), 'iu'); // tries "février" first
 */
export function alternation(phrases: Iterable<string>): string {
  const sorted = alternationOrder(phrases);
  if (sorted.length === 0) return '(?!)';
  return sorted.map((p) => (/[\p{L}\p{N}]$/u.test(p) ? `${phrasePattern(p)}(?![\\p{L}\\p{N}])` : phrasePattern(p))).join('|');
}

/**
 * The phrases in the order {@link alternation} tries them: once each, longest first, ties in their order.
 *
 * @example
 * alternationOrder(['mai', 'mi-mai', 'mai']); // ['mi-mai', 'mai']
 */
export function alternationOrder(phrases: Iterable<string>): string[] {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}

/**
 * The calendar of a language, compiled once and kept by `lang.memo`.
 *
 * @example
 * compileCalendar(loadLanguage('fr')).months.get('févr.'); // { value: 2, cased: false }
 */
export function compileCalendar(lang: Language): Calendar {
  return lang.memo('dates/calendar', () => buildCalendar(lang));
}

function named(rows: readonly Row[], column: string): Map<string, Named> {
  const map = new Map<string, Named>();
  for (const row of rows) {
    for (const form of list(row.forms)) map.set(calendarKey(form), { value: Number(row[column]), cased: row.cased === 'yes' });
  }
  return map;
}

function buildCalendar(lang: Language): Calendar {
  const months = named(lang.table('months'), 'month');
  const weekdays = named(lang.table('weekdays'), 'weekday');
  const modifiers = new Map<string, string>();
  const byPlace: Record<string, string[]> = { before: [], after: [], part: [], this: [] };
  for (const row of lang.table('date-modifiers')) {
    for (const phrase of list(row.phrase)) {
      modifiers.set(calendarKey(phrase), row.role ?? '');
      const place = row.role === 'part' || row.role === 'this' ? row.role : row.place === 'after' ? 'after' : 'before';
      byPlace[place]?.push(phrase);
    }
  }
  const relatives = new Map<string, Relative>();
  for (const row of lang.table('date-relatives')) {
    const relative = { unit: row.unit as ShiftUnit, offset: Number(row.offset), granularity: row.granularity as Granularity };
    for (const phrase of list(row.phrase)) relatives.set(calendarKey(phrase), relative);
  }
  const holidays = new Map<string, { month: number; day: number }>();
  for (const row of lang.table('date-holidays')) {
    for (const phrase of list(row.phrase)) holidays.set(calendarKey(phrase), { month: Number(row.month), day: Number(row.day) });
  }
  const formats = new Map(lang.table('date-formats').map((row) => [row.setting ?? '', row.value ?? '']));
  return {
    months,
    weekdays,
    modifiers,
    relatives,
    holidays,
    order: formats.get('order') === 'mdy' ? 'mdy' : 'dmy',
    monthDay: formats.get('month-day') === 'yes',
    shortYearAhead: Number(formats.get('short-year-ahead') ?? '20'),
    month: alternation(months.keys()),
    weekday: alternation(weekdays.keys()),
    ordinal: list(formats.get('ordinal')).map(phrasePattern).join('|') || '(?!)',
    dayWords: alternation(list(formats.get('day-words'))),
    of: alternation(list(formats.get('of'))),
    dayJoiners: alternation(list(formats.get('day-joiners'))),
    dayArticles: alternation(list(formats.get('day-articles'))),
    clock: new RegExp(`^[ ]*(?:${alternation(list(formats.get('clock')))})`, 'iu'),
    decade: new RegExp(`(?<![\\p{L}])(?:${alternation(list(formats.get('decade')))})[ ]+$`, 'iu'),
    before: alternation(byPlace.before ?? []),
    after: alternation(byPlace.after ?? []),
    part: alternation(byPlace.part ?? []),
    thisWeek: alternation(byPlace.this ?? []),
    weekLink: alternation(list(formats.get('week-link'))),
    monthLink: alternation(list(formats.get('month-link'))),
    lastRank: list(formats.get('last-rank')),
    relative: alternation(relatives.keys()),
    holiday: alternation(holidays.keys()),
  };
}

const regexes = new WeakMap<Calendar, Map<string, RegExp>>();

/**
 * A regex built once per calendar from its sources (a finder's pattern).
 *
 * @example
 * calendarRegex(calendar, 'weekday', (c) => new RegExp(`(${c.weekday})`, 'giu'));
 */
export function calendarRegex(calendar: Calendar, key: string, build: (calendar: Calendar) => RegExp): RegExp {
  let map = regexes.get(calendar);
  if (!map) {
    map = new Map();
    regexes.set(calendar, map);
  }
  let regex = map.get(key);
  if (!regex) {
    regex = build(calendar);
    map.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

/**
 * The value of a month or weekday form, or undefined when the form is cased and written in lower case ("may").
 *
 * @example
 * lookupNamed(english.months, 'May'); // 5, and undefined for "may"
 */
export function lookupNamed(map: ReadonlyMap<string, Named>, form: string | undefined): number | undefined {
  if (form === undefined) return undefined;
  const entry = map.get(calendarKey(form));
  if (!entry) return undefined;
  if (entry.cased && form.charAt(0) === form.charAt(0).toLowerCase()) return undefined;
  return entry.value;
}

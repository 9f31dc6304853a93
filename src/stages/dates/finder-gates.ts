/**
 * Per-finder word gates: a finder whose pattern needs a month, a weekday, a
 * relative or holiday phrase, a part of a year or a counted unit runs its
 * regex only when the sentence holds a word of that family. Sentences with a
 * digit pass the shared test (may-hold-date.ts) yet rarely hold a month or
 * a weekday, and the big alternations are slow to try at every position.
 */
import type { Language } from '../../lang/load.ts';
import type { DateContext } from './candidate.ts';
import { calendarKey, list, type Calendar } from './compile-calendar.ts';
import { agoRule } from './find-ago.ts';
import { holdsAny } from './may-hold-date.ts';

/** One word per phrase that every match of the phrase holds; null when some phrase has no letters. */
export interface FinderGates {
  readonly months: ReadonlySet<string> | null;
  readonly weekdays: ReadonlySet<string> | null;
  /** Relative words and holidays ("hier", "la semaine dernière", "Noël"). */
  readonly relatives: ReadonlySet<string> | null;
  /** Parts of a year before it ("début", "mi-", "the end of"). */
  readonly parts: ReadonlySet<string> | null;
  /** Units counted back or forward ("jours", "weeks"). */
  readonly units: ReadonlySet<string> | null;
}

const LETTERS = /\p{L}+/gu;

/**
 * The word a match of the phrase always holds whole: its longest word after the first (bounded by the phrase's
 * own spaces or by the end-of-word check of `alternation`), or its only word, which every pattern starts at a
 * word edge, a space or a hyphen.
 *
 * @example
 * gateWord('the beginning of'); // "beginning"
 */
export function gateWord(phrase: string): string | undefined {
  const words = calendarKey(phrase).match(LETTERS) ?? [];
  if (words.length <= 1) return words[0];
  return words.slice(1).reduce((best, word) => (word.length > best.length ? word : best));
}

/**
 * The gate words of phrases, or null when one has no letters (nothing to gate on).
 *
 * @example
 * gateOf(['hier', 'la semaine dernière']); // Set { "hier", "semaine" }
 */
export function gateOf(phrases: Iterable<string>): ReadonlySet<string> | null {
  const gate = new Set<string>();
  for (const phrase of phrases) {
    const word = gateWord(phrase);
    if (word === undefined) return null;
    gate.add(word);
  }
  return gate;
}

/**
 * The gates of a language, built once.
 *
 * @example
 * finderGates(loadLanguage('fr'), calendar).weekdays?.has('jeudi'); // true
 */
export function finderGates(lang: Language, calendar: Calendar): FinderGates {
  return lang.memo('dates/finder-gates', () => ({
    months: gateOf(calendar.months.keys()),
    weekdays: gateOf(calendar.weekdays.keys()),
    relatives: gateOf([...calendar.relatives.keys(), ...calendar.holidays.keys()]),
    // the phrases of `calendar.part`, read as compile-calendar.ts reads them
    parts: gateOf(lang.table('date-modifiers').filter((row) => row.role === 'part').flatMap((row) => list(row.phrase))),
    units: gateOf(agoRule(lang).units.keys()),
  }));
}

/**
 * Whether the sentence of the context holds a word of every named family.
 *
 * @example
 * mentions(context, 'weekdays', 'months'); // "premier dimanche de mars" → true
 */
export function mentions(context: DateContext, ...families: (keyof FinderGates)[]): boolean {
  const gates = finderGates(context.lang, context.calendar);
  return families.every((family) => holdsAny(context.words, gates[family]));
}

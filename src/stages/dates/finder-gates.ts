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
import type { SentenceWords } from './may-hold-date.ts';

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
function finderGates(lang: Language, calendar: Calendar): FinderGates {
  return lang.memo('dates/finder-gates', () => ({
    months: gateOf(calendar.months.keys()),
    weekdays: gateOf(calendar.weekdays.keys()),
    relatives: gateOf([...calendar.relatives.keys(), ...calendar.holidays.keys()]),
    // the phrases of `calendar.part`, read as compile-calendar.ts reads them
    parts: gateOf(lang.table('date-modifiers').filter((row) => row.role === 'part').flatMap((row) => list(row.phrase))),
    units: gateOf(agoRule(lang).units.keys()),
  }));
}

/** The families in bit order. */
const FAMILIES: readonly (keyof FinderGates)[] = ['months', 'weekdays', 'relatives', 'parts', 'units'];

/** Each gate word with the bits of its families, and the bits of the families with no gate (always open). */
interface GateBits {
  readonly byWord: ReadonlyMap<string, number>;
  readonly always: number;
}

function gateBits(lang: Language, calendar: Calendar): GateBits {
  return lang.memo('dates/gate-bits', () => {
    const gates = finderGates(lang, calendar);
    const byWord = new Map<string, number>();
    let always = 0;
    FAMILIES.forEach((family, bit) => {
      const gate = gates[family];
      if (gate === null) always |= 1 << bit;
      else for (const word of gate) byWord.set(word, (byWord.get(word) ?? 0) | (1 << bit));
    });
    return { byWord, always };
  });
}

/** The families each sentence holds a word of, read once per sentence (one lookup per word). */
const sentenceFamilies = new WeakMap<SentenceWords, number>();

/**
 * Whether the sentence of the context holds a word of every named family.
 *
 * @example
 * mentions(context, 'weekdays', 'months'); // "premier dimanche de mars" → true
 */
export function mentions(context: DateContext, ...families: (keyof FinderGates)[]): boolean {
  const { words } = context;
  // as holdsAny: "ſ" opens every gate
  if (words.unsure) return true;
  let held = sentenceFamilies.get(words);
  if (held === undefined) {
    const bits = gateBits(context.lang, context.calendar);
    held = bits.always;
    for (const word of words.words) held |= bits.byWord.get(word) ?? 0;
    sentenceFamilies.set(words, held);
  }
  for (const family of families) if ((held & (1 << FAMILIES.indexOf(family))) === 0) return false;
  return true;
}

/**
 * A cheap test run before the finders' regexes: every date the finders read
 * holds a digit or one of the calendar's words — a month or weekday form, the
 * last word of a relative or holiday phrase ("hier", "la semaine dernière",
 * "Christmas Day"), or a unit counted back or forward ("il y a trois jours",
 * "two weeks ago"). Most news sentences hold none, and skip every regex.
 */
import type { Language } from '../../lang/load.ts';
import { agoRule } from './find-ago.ts';
import { calendarKey, type Calendar } from './compile-calendar.ts';

const LETTERS = /\p{L}+/gu;
const DIGIT = /\p{N}/u;

/** The lower-cased words of a sentence and whether it holds a digit, read once for every gate. */
export interface SentenceWords {
  readonly digit: boolean;
  /** Lower-cased, in text order, repeats kept. */
  readonly words: readonly string[];
  /**
   * True when the sentence holds "ſ", which the case-insensitive regexes read as "s" but `toLowerCase` keeps:
   * its words may miss a calendar word the regexes find, so no word gate holds.
   */
  readonly unsure: boolean;
}

/**
 * The words any date of the language holds at least one of.
 *
 * @example
 * dateAnchors(loadLanguage('fr'), calendar).has('dernière'); // true ("la semaine dernière")
 */
export function dateAnchors(lang: Language, calendar: Calendar): ReadonlySet<string> {
  return lang.memo('dates/anchors', () => {
    const anchors = new Set<string>();
    const addLastWord = (phrase: string) => {
      const last = calendarKey(phrase).match(LETTERS)?.at(-1);
      if (last) anchors.add(last);
    };
    for (const form of calendar.months.keys()) addLastWord(form);
    for (const form of calendar.weekdays.keys()) addLastWord(form);
    for (const phrase of calendar.relatives.keys()) addLastWord(phrase);
    for (const phrase of calendar.holidays.keys()) addLastWord(phrase);
    for (const unit of agoRule(lang).units.keys()) addLastWord(unit);
    return anchors;
  });
}

/**
 * Reads the words of a sentence for {@link mayHoldDate} and the finders' gates; `lowered` is the sentence
 * lower-cased, when the caller has it.
 *
 * @example
 * sentenceWords('Il est venu Hier.').words; // ['il', 'est', 'venu', 'hier']
 */
export function sentenceWords(sentence: string, lowered = sentence.toLowerCase()): SentenceWords {
  // `match` hands back the words alone, without one match object per word
  return { digit: DIGIT.test(sentence), words: lowered.match(LETTERS) ?? [], unsure: sentence.includes('ſ') };
}

/**
 * Whether the sentence holds one of the words, or may hold one (`anchors` null: a phrase without letters).
 *
 * @example
 * holdsAny(sentenceWords('Talks resume Monday.'), new Set(['monday'])); // true
 */
export function holdsAny(sentence: SentenceWords, anchors: ReadonlySet<string> | null): boolean {
  if (anchors === null || sentence.unsure) return true;
  for (const word of sentence.words) if (anchors.has(word)) return true;
  return false;
}

/**
 * Whether a sentence may hold a date: a digit, or a word of `anchors`.
 *
 * @example
 * mayHoldDate('Les combats ont repris.', anchors); // false
 * mayHoldDate('Les combats ont repris hier.', anchors); // true
 */
export function mayHoldDate(sentence: string | SentenceWords, anchors: ReadonlySet<string>): boolean {
  const read = typeof sentence === 'string' ? sentenceWords(sentence) : sentence;
  if (read.digit) return true;
  for (const word of read.words) if (anchors.has(word)) return true;
  return false;
}

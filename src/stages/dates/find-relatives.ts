/**
 * Finds words that name a day relative to publication ("hier", "avant-hier",
 * "la semaine dernière", "yesterday", "last year") and fixed holidays ("la
 * veille de Noël", "Christmas Eve").
 */
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import type { Language } from '../../lang/load.ts';
import { calendarKey, calendarRegex, type Calendar } from './compile-calendar.ts';
import { phraseScanner, scanPhrases, type PhraseScanner } from './phrase-scan.ts';
import { mentions } from './finder-gates.ts';

/**
 * Every relative word and holiday of the sentence.
 *
 * @example
 * findRelatives(context); // "hier" → { relative: { unit: 'day', offset: -1, granularity: 'day' } }
 */
export function findRelatives(context: DateContext): DateCandidate[] {
  const { calendar, folded, sentence } = context;
  if (!mentions(context, 'relatives')) return [];
  const make = (text: string, start: number, end: number): DateCandidate | null => {
    const key = calendarKey(text);
    const relative = calendar.relatives.get(key);
    if (relative) return { start, end, rule: 'relative', relative, direction: 'nearest', granularity: relative.granularity };
    const holiday = calendar.holidays.get(key);
    if (holiday) return { start, end, rule: 'holiday', month: holiday.month, day: holiday.day, direction: 'nearest', granularity: 'day' };
    return null;
  };
  const scanner = relativeScanner(context.lang, calendar);
  const matches = scanner && scanPhrases(scanner, folded, sentence.start, sentence.end);
  if (matches) return matches.flatMap((match) => make(match.text, match.start, match.end) ?? []);
  const regex = calendarRegex(calendar, 'relative', (c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.relative}|${c.holiday})`, 'giu'));
  return scan(context, regex, (m, start, end) => make(m[0], start, end));
}

/** The relative words, then the holidays, as the alternation of `calendar.relative|calendar.holiday` orders them. */
function relativeScanner(lang: Language, calendar: Calendar): PhraseScanner | null {
  return lang.memo('dates/relative-scanner', () => phraseScanner([[...calendar.relatives.keys()], [...calendar.holidays.keys()]]));
}

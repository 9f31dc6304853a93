/**
 * The dates stage: calendar references in French and English, resolved
 * against the publication date. "jeudi" → the Thursday of the publication
 * week or the last one; "février 2022" → 2022-02; "hier" → the day before.
 *
 * Values are as precise as the text, never more: a part of a month or year
 * stays the month or year ("fin octobre", "mi-novembre", "early March" →
 * YYYY-10…; "début 2023", "courant 2024" → the year), a week is given as its
 * month ("la semaine prochaine", "il y a deux semaines", "in two weeks"), and
 * a count of days is a day ("il y a trois jours", "dans trois jours"). A month
 * or day without its year is the occurrence nearest publication, a future one
 * counting three times as far unless a future cue stands in its clause
 * (mark-future.ts); "dernier"/"prochain" after it decide alone.
 */
import type { DateRef } from '../../core/layers.ts';
import type { Message } from '../../core/message.ts';
import type { Draft, Stage } from '../../core/stage.ts';
import { foldTypography } from '../../core/words.ts';
import { parseYmd } from './calendar-math.ts';
import type { DateCandidate, DateContext, Finder, Refiner } from './candidate.ts';
import { compileCalendar } from './compile-calendar.ts';
import { findExplicitDates } from './find-explicit-dates.ts';
import { findMonths } from './find-months.ts';
import { findWeekdays } from './find-weekdays.ts';
import { findWeekdayDays } from './find-weekday-days.ts';
import { findNthWeekdays } from './find-nth-weekdays.ts';
import { findRelatives } from './find-relatives.ts';
import { findYears } from './find-years.ts';
import { findAgo } from './find-ago.ts';
import { joinWeekdayWeek } from './join-weekday-week.ts';
import { keepLongest } from './keep-longest.ts';
import { markFuture } from './mark-future.ts';
import { dateAnchors, mayHoldDate, sentenceWords } from './may-hold-date.ts';
import { resolveDate } from './resolve-dates.ts';

/** The finders; where their matches overlap the longest wins (keep-longest.ts). */
export const FINDERS: readonly Finder[] = [
  findExplicitDates, // "7 novembre 2024", "mercredi 19 juin", "Oct 24", "07/11/2024"
  findMonths, // "février 2022", "mi-novembre", "fin février", "début 2023"
  findWeekdays, // "jeudi", "lundi prochain", "last Monday"
  findWeekdayDays, // "jeudi 7", "Friday the 15th"
  findNthWeekdays, // "le premier dimanche de mars", "the second Tuesday of June"
  findRelatives, // "hier", "la semaine dernière", "la veille de Noël"
  findYears, // "en 2022" → "2022"
  findAgo, // "il y a trois jours", "two weeks ago", "dans trois jours"
];

/** Then, in order, over all candidates of the sentence. */
export const REFINERS: readonly Refiner[] = [
  keepLongest, // "mercredi 19 juin" over "mercredi" and "juin"
  joinWeekdayWeek, // "mardi de la semaine dernière" → one date
  markFuture, // "se tiendra lundi" looks forward
];

/**
 * Finds and resolves the dates of every sentence.
 *
 * @example
 * analyze({ text: 'Moscou a démenti jeudi.', lang: 'fr', published: '2024-11-08' }).get('dates')[0]?.value; // "2024-11-07"
 */
export const dates: Stage = {
  name: 'dates',
  needs: ['sentences', 'tokens'],
  adds: ['dates'],
  run(doc, lang) {
    const calendar = compileCalendar(lang);
    const anchors = dateAnchors(lang, calendar);
    const folded = foldTypography(doc.text);
    // lower-cased once for the whole text, when that reads each sentence as lower-casing it alone would: same
    // length (no "İ") and no capital sigma (its small form depends on what follows)
    const lowered = folded.toLowerCase();
    const sameLower = lowered.length === folded.length && !folded.includes('Σ');
    const anchor = parseYmd(doc.published);
    const found: Draft<DateRef>[] = [];
    let unresolved = 0;
    for (const sentence of doc.get('sentences')) {
      const text = folded.slice(sentence.start, sentence.end);
      const words = sentenceWords(text, sameLower ? lowered.slice(sentence.start, sentence.end) : text.toLowerCase());
      if (!mayHoldDate(words, anchors)) continue;
      const context: DateContext = { folded, sentence, calendar, lang, words };
      let candidates: readonly DateCandidate[] = FINDERS.flatMap((find) => find(context));
      for (const refine of REFINERS) candidates = refine(candidates, context);
      for (const candidate of candidates) {
        const resolved = resolveDate(candidate, anchor);
        if (resolved.value === null) unresolved += 1;
        const { start, end, rule } = candidate;
        found.push({ start, end, text: doc.text.slice(start, end), ...resolved, rule });
      }
    }
    const messages: Message[] = unresolved > 0
      ? [{ rule: anchor ? 'invalid-date' : 'no-publication-date', level: 'info', text: `${unresolved} date(s) left without a value: ${anchor ? 'no such day' : 'relative to a publication date the text does not give'}` }]
      : [];
    return { layers: { dates: found }, messages };
  },
};

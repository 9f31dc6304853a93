/**
 * Finds a weekday counted within a month: "le premier dimanche de mars",
 * "le dernier jeudi de novembre 2025", "the second Tuesday of June". Ranks
 * come from the ordinals of numbers.tsv (1–5), "last" from date-formats.tsv.
 */
import type { Language } from '../../lang/load.ts';
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { alternation, calendarKey, calendarRegex, lookupNamed, type Calendar } from './compile-calendar.ts';
import { gateOf, mentions } from './finder-gates.ts';
import { holdsAny } from './may-hold-date.ts';

/** Ordinal word → rank (1–5); the words for "last" → −1. */
function ranks(lang: Language, calendar: Calendar): ReadonlyMap<string, number> {
  return lang.memo('dates/ranks', () => {
    const map = new Map<string, number>();
    for (const row of lang.table('numbers')) {
      const value = Number(row.value);
      if ((row.kind !== 'ordinal' && row.kind !== 'ordinal-fraction') || value < 1 || value > 5) continue;
      for (const form of (row.forms ?? '').split('|')) if (form !== '') map.set(calendarKey(form), value);
    }
    for (const form of calendar.lastRank) map.set(calendarKey(form), -1);
    return map;
  });
}

/**
 * Every counted weekday of the sentence.
 *
 * @example
 * findNthWeekdays(context); // "premier dimanche de mars" → { rank: 1, weekday: 7, month: 3 }
 */
export function findNthWeekdays(context: DateContext): DateCandidate[] {
  const { calendar, lang } = context;
  if (!mentions(context, 'weekdays', 'months')) return [];
  const rankOf = ranks(lang, calendar);
  // and a rank: "premier", "last"
  if (!holdsAny(context.words, lang.memo('dates/rank-gate', () => gateOf(rankOf.keys())))) return [];
  const regex = calendarRegex(calendar, 'nth-weekday', (c) => new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternation(rankOf.keys())})[ ]+(${c.weekday})[ ]+(?:${c.monthLink})[ ]*(${c.month})(?:[ ]+((?:1[89]|20)\\p{N}{2})(?!\\p{N}))?`,
    'giu',
  ));
  return scan(context, regex, (m, start, end) => {
    const rank = rankOf.get(calendarKey(m[1] ?? ''));
    const weekday = lookupNamed(calendar.weekdays, m[2]);
    const month = lookupNamed(calendar.months, m[3]);
    if (rank === undefined || weekday === undefined || month === undefined) return null;
    return { start, end, rule: 'nth-weekday', ...(m[4] ? { year: Number(m[4]) } : {}), month, weekday, rank, direction: 'nearest', granularity: 'day' };
  });
}

/**
 * Reads the dates feeds and page metadata carry, in whatever shape they come:
 * ISO 8601 ("2024-11-07T10:00:00+01:00"), RFC 822 ("Thu, 07 Nov 2024 10:00:00
 * GMT"), its French rendering by localised CMSs ("jeu., 07 nov. 2024 10:00:00
 * +0100", "7 févr. 2024", "1er août 2024"), English prose ("November 7th,
 * 2024") and broken variants (two-digit years, "2024/11/07", "07/11/2024").
 *
 * The result is the calendar date as written, in the writer's own time zone:
 * an article published "jeu. 07 nov. 2024 23:30 -0500" is dated 2024-11-07,
 * the day its readers saw on it, not the UTC day.
 */
import { loadLanguage, supportedLanguages } from '../../lang/load.ts';
import { stripAccents } from '../../core/words.ts';

interface DateWords {
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlySet<string>;
  readonly ordinals: ReadonlySet<string>;
}

let words: DateWords | null = null;

/** Month, weekday and ordinal words of every supported language (feeds do not say their language reliably). */
function dateWords(): DateWords {
  if (words) return words;
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const ordinals = new Set<string>();
  for (const code of supportedLanguages()) {
    const lang = loadLanguage(code);
    for (const row of lang.table('months')) {
      for (const form of (row['forms'] ?? '').split('|')) months.set(wordKey(form), Number(row['month']));
    }
    for (const row of lang.table('weekdays')) {
      for (const form of (row['forms'] ?? '').split('|')) weekdays.add(wordKey(form));
    }
    for (const row of lang.table('ingest-date-words')) {
      const word = wordKey(row['word'] ?? '');
      if (row['kind'] === 'month') months.set(word, Number(row['value']));
      else if (row['kind'] === 'weekday') weekdays.add(word);
      else if (row['kind'] === 'ordinal') ordinals.add(word);
    }
  }
  words = { months, weekdays, ordinals };
  return words;
}

function wordKey(form: string): string {
  return stripAccents(form).toLowerCase().replace(/\.$/, '').trim();
}

/** `YYYY-MM-DD` when the parts make a real calendar day, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "24" → 2024, "98" → 1998 (RFC 822 two-digit years, pivot at 70 as RFC 2822 §4.3 says). */
function fullYear(digits: string): number {
  const value = Number(digits);
  if (digits.length === 4) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}

/**
 * The `YYYY-MM-DD` day a date string names, or null.
 *
 * @example
 * parseLooseDate('jeu., 07 nov. 2024 10:00:00 +0100'); // '2024-11-07'
 * parseLooseDate('Thu, 7 Nov 24 10:00 GMT');           // '2024-11-07'
 * parseLooseDate('1er août 2024');                    // '2024-08-01'
 */
export function parseLooseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const text = input.trim().slice(0, 200);
  if (text === '') return null;
  // 2024-11-07, 2024-11-07T10:00:00Z, 2024/11/07, 2024.11.07
  // Anywhere in the string: "Publié le 2024-11-07", "Mis à jour le 07/11/2024 à 10h00".
  const ymd = /(?<![\d])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  // 20241107 (compact ISO 8601)
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // 07/11/2024: day first, as French and British pages write it; month first only when the day cannot be.
  const dmy = /(?<![\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d])/.exec(text);
  if (dmy) {
    const [first, second, year] = [Number(dmy[1]), Number(dmy[2]), fullYear(dmy[3] ?? '')];
    return first > 12 || second <= 12 ? isoDate(year, second, first) : isoDate(year, first, second);
  }
  return parseWordDate(text);
}

/** Dates with a month name: "jeu., 07 nov. 2024 10:00", "November 7th, 2024", "7 févr. 2024". */
function parseWordDate(text: string): string | null {
  const { months, weekdays, ordinals } = dateWords();
  // Times and zone offsets first, so "10:00:00 +0100" gives no day or year.
  const cleaned = text.replace(/\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?/g, ' ').replace(/[+-]\d{2}:?\d{2}(?!\d)/g, ' ');
  const tokens = [...cleaned.matchAll(/(\p{L}+)\.?|(\d+)(\p{L}*)/gu)];
  let month: number | null = null;
  let monthIndex = -1;
  for (const [index, token] of tokens.entries()) {
    const word = token[1];
    if (word === undefined) continue;
    const key = wordKey(word);
    const value = months.get(key);
    // "mar." is Tuesday in French and March in English: a weekday only before another month word.
    if (value === undefined) continue;
    if (month !== null && !weekdays.has(key)) {
      month = value;
      monthIndex = index;
    } else if (month === null) {
      month = value;
      monthIndex = index;
    }
  }
  if (month === null) return null;
  let year: number | null = null;
  let day: number | null = null;
  const numbers = tokens
    .map((token, index) => ({ digits: token[2], suffix: token[3] ?? '', index }))
    .filter((token): token is { digits: string; suffix: string; index: number } => token.digits !== undefined);
  for (const token of numbers) {
    if (token.digits.length === 4 && year === null) year = Number(token.digits);
  }
  // The day is the number next to the month: "07 nov." or "November 7th".
  const dayToken = numbers.find(
    (token) =>
      token.digits.length <= 2 &&
      Math.abs(token.index - monthIndex) === 1 &&
      (token.suffix === '' || ordinals.has(wordKey(token.suffix))),
  );
  if (dayToken) day = Number(dayToken.digits);
  if (year === null) {
    // RFC 822 two-digit year: "07 Nov 24".
    const short = numbers.find((token) => token.digits.length === 2 && token.index === monthIndex + 1 && token !== dayToken);
    if (short) year = fullYear(short.digits);
  }
  if (year === null || day === null) return null;
  return isoDate(year, month, day);
}

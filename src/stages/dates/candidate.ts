/**
 * A date reference under construction: what the text states (year, month,
 * day, weekday) and how to reach the rest from the publication date.
 */
import type { Span } from '../../core/span.ts';
import type { Language } from '../../lang/load.ts';
import type { Calendar, Direction, Granularity, Relative } from './compile-calendar.ts';
import type { SentenceWords } from './may-hold-date.ts';

export interface DateCandidate extends Span {
  readonly rule: string;
  readonly year?: number;
  /** Set when the text wrote the year in two digits ("05/05/89"): how far after publication it may lie. */
  readonly shortYearAhead?: number;
  readonly month?: number;
  readonly day?: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday?: number;
  /** Which weekday of the month: 1 = the first … 5, −1 = the last ("le dernier jeudi de mars"). */
  readonly rank?: number;
  /** The ISO week of the weekday, counted from the publication week ("ce vendredi" 0, "mardi de la semaine dernière" −1). */
  readonly week?: number;
  /** "hier", "last week": a shift from the publication date. */
  readonly relative?: Relative;
  /** Which occurrence of a weekday, month or day-month is meant. */
  readonly direction: Direction;
  readonly granularity: Granularity;
}

export interface DateContext {
  /** The doc text with typography folded (same length). */
  readonly folded: string;
  readonly sentence: Span;
  readonly calendar: Calendar;
  readonly lang: Language;
  /** The sentence's words, for the finders' gates (finder-gates.ts). */
  readonly words: SentenceWords;
}

export type Finder = (context: DateContext) => readonly DateCandidate[];

/** A list-to-list step over the candidates of one sentence (overlaps, direction). */
export type Refiner = (candidates: readonly DateCandidate[], context: DateContext) => DateCandidate[];

/**
 * Runs a global regex over the sentence and maps each match to a candidate (or null).
 *
 * @example
 * scan(context, /hier/giu, (m, start, end) => ({ start, end, rule: 'relative', … }));
 */
export function scan(
  context: DateContext,
  regex: RegExp,
  make: (match: RegExpExecArray, start: number, end: number) => DateCandidate | null,
): DateCandidate[] {
  const { folded, sentence } = context;
  const slice = folded.slice(sentence.start, sentence.end);
  const found: DateCandidate[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(slice); match; match = regex.exec(slice)) {
    const start = sentence.start + match.index;
    const candidate = make(match, start, start + match[0].length);
    if (candidate) found.push(candidate);
    if (match[0].length === 0) regex.lastIndex += 1;
  }
  return found;
}

/**
 * The runs of letters and digits of a text (its words as the stage counts
 * them), read once per text: the passes look at the same stretches again and
 * again (sentence, tail, window), to count words or find verb forms.
 */
import { letterOrDigitRuns } from '../../core/words.ts';

/** Start and end of every run of `[\p{L}\p{N}]+`, in text order. */
export interface TextRuns {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /**
   * True when the text holds a letter that lower-casing or a case-insensitive pattern reads otherwise (İ becomes
   * two characters, one a mark; ſ, the Kelvin and ångström signs match s, k and å): counts and word lookups on
   * the runs may then differ from a scan of the lower-cased text, and callers scan instead.
   */
  readonly unsure: boolean;
  /** The text lower-cased, when that keeps every offset (no character lower-cases to two). */
  readonly lower: string | null;
}

let last: TextRuns | null = null;

/**
 * A run's word lower-cased: a slice of the lower-cased text when there is one (one lower-casing per text).
 * Lower-casing a word alone or within its text differs only for a word-final Greek sigma, never in a Latin word.
 *
 * @example
 * lowerWord(textRuns('Il a DIT.'), 5, 8); // "dit"
 */
export function lowerWord(runs: TextRuns, start: number, end: number): string {
  return runs.lower !== null ? runs.lower.slice(start, end) : runs.text.slice(start, end).toLowerCase();
}

/**
 * The runs of a text; the last text's are kept (one analysis reads one text at a time).
 *
 * @example
 * textRuns('Il a dit non.').starts; // [0, 3, 5, 9]
 */
export function textRuns(text: string): TextRuns {
  if (last !== null && last.text === text) return last;
  const { starts, ends } = letterOrDigitRuns(text);
  const lower = text.toLowerCase();
  last = { text, starts, ends, unsure: /[\u0130\u017F\u212A\u212B]/u.test(text), lower: lower.length === text.length ? lower : null };
  return last;
}

/**
 * The index of the first position of a sorted list that is above `position` (`after`) or at or above it.
 *
 * @example
 * firstIndex([3, 5, 9], 5, false); // 1
 */
export function firstIndex(positions: readonly number[], position: number, after: boolean): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const value = positions[middle] ?? 0;
    if (value < position || (after && value === position)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many runs a scan of `text.slice(from, to)` finds: the runs that overlap `[from, to)`, cut or whole.
 *
 * @example
 * runsIn(textRuns('Il a dit non.'), 1, 7); // 3 ("l", "a", "di")
 */
export function runsIn(runs: TextRuns, from: number, to: number): number {
  if (to <= from) return 0;
  return firstIndex(runs.starts, to, false) - firstIndex(runs.ends, from, true);
}

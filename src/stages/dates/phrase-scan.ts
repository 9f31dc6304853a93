/**
 * Finds calendar phrases ("la semaine dernière", "Christmas Eve") by their
 * first word instead of one big case-insensitive alternation: such a regex
 * takes tens of milliseconds to compile per language (a cost each process
 * pays again), while the phrases that open with one word are few and short.
 * The matches are those of `(?<![\p{L}\p{N}])(?:alternation(group 1)|…)`
 * with flags `giu`, scanned over a sentence; each phrase is matched as
 * `phrasePattern` reads it (apostrophes ' ’ ʼ alike, a space for any run of
 * spaces, hyphens - ‐ ‑ alike, letters in either case), ending a word when
 * its last character is a letter or digit.
 */
import { isLetterOrDigitUnit } from '../../core/words.ts';
import { alternationOrder } from './compile-calendar.ts';

/** The phrases by lower-cased first word, each list in the order the alternation tries them. */
export interface PhraseScanner {
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  /** The lengths of the first words, to skip a lookup for any other word. */
  readonly lengths: ReadonlySet<number>;
}

export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/**
 * Characters that lower-casing and the case-insensitive regexes read differently (ſ matches s, the Kelvin and
 * ångström signs match k and å, İ lower-cases to two characters), and surrogates (a letter outside the BMP):
 * the scanner leaves such a stretch to the alternation.
 */
// no u flag: the class tests code units, so a surrogate pair counts too
const UNSURE = /[\u0130\u017F\u212A\u212B\uD800-\uDFFF]/;
const SPACE = /[\s\u00A0\u202F]/u;

/**
 * A scanner for the alternations of the groups in order, or null when a phrase does not open with a letter or
 * digit (its matches may start anywhere) or holds a character lower-casing changes in length.
 *
 * @example
 * phraseScanner([['hier', 'avant-hier']])?.byFirstWord.get('avant'); // ['avant-hier']
 */
export function phraseScanner(groups: readonly (readonly string[])[]): PhraseScanner | null {
  const byFirstWord = new Map<string, string[]>();
  for (const group of groups) {
    for (const phrase of alternationOrder(group)) {
      const lower = phrase.toLowerCase();
      const first = FIRST_WORD.exec(lower)?.[0];
      if (first === undefined || lower.length !== phrase.length || UNSURE.test(phrase)) return null;
      const list = byFirstWord.get(first) ?? [];
      list.push(lower);
      byFirstWord.set(first, list);
    }
  }
  return { byFirstWord, lengths: new Set([...byFirstWord.keys()].map((word) => word.length)) };
}

/**
 * The matches in `text` from `from` to `to`, as the global alternation finds them scanning `text.slice(from, to)`,
 * or null when the stretch holds a character the scanner cannot read (see UNSURE).
 *
 * @example
 * scanPhrases(scanner, 'Il est parti hier.', 0, 18); // [{ start: 13, end: 17, text: 'hier' }]
 */
export function scanPhrases(scanner: PhraseScanner, text: string, from: number, to: number): PhraseMatch[] | null {
  const slice = text.slice(from, to);
  if (UNSURE.test(slice)) return null;
  const found: PhraseMatch[] = [];
  let at = 0;
  while (at < slice.length) {
    if (!isLetterOrDigitUnit(slice.charCodeAt(at))) {
      at++;
      continue;
    }
    // a match starts where no letter or digit stands before: a run's start
    let runEnd = at + 1;
    while (runEnd < slice.length && isLetterOrDigitUnit(slice.charCodeAt(runEnd))) runEnd++;
    const phrases = scanner.lengths.has(runEnd - at) ? scanner.byFirstWord.get(slice.slice(at, runEnd).toLowerCase()) : undefined;
    let matchEnd = -1;
    for (const phrase of phrases ?? []) {
      matchEnd = matchAt(slice, at, phrase);
      if (matchEnd >= 0) break;
    }
    if (matchEnd >= 0) {
      found.push({ start: from + at, end: from + matchEnd, text: slice.slice(at, matchEnd) });
      at = matchEnd;
    } else at = runEnd;
  }
  return found;
}

/**
 * Whether a stretch holds a character the scanners cannot read (see UNSURE).
 *
 * @example
 * unsure('Il eſt venu.'); // true
 */
export function unsure(text: string): boolean {
  return UNSURE.test(text);
}

/**
 * Where the phrase (lower-cased) read at `at` ends, or -1: as `phrasePattern(phrase)` with flags `iu` reads it,
 * followed by `(?![\p{L}\p{N}])` when the phrase ends with a letter or digit. Greedy runs of spaces need no
 * backtracking: the character after a space in a phrase is never a space.
 *
 * @example
 * matchAt('Il y  a deux jours', 0, 'il y a'); // 7
 */
export function matchAt(text: string, at: number, phrase: string): number {
  let i = at;
  for (let j = 0; j < phrase.length; j++) {
    const want = phrase[j] ?? '';
    const got = text[i];
    if (got === undefined) return -1;
    if (want === ' ') {
      if (!SPACE.test(got)) return -1;
      while (j + 1 < phrase.length && phrase[j + 1] === ' ') j++;
      while (i < text.length && SPACE.test(text[i] ?? '')) i++;
      continue;
    }
    if (want === "'" || want === '’') {
      if (got !== "'" && got !== '’' && got !== 'ʼ') return -1;
    } else if (want === '-') {
      if (got !== '-' && got !== '\u2010' && got !== '\u2011') return -1;
    } else if (got !== want && got.toLowerCase() !== want) return -1;
    i++;
  }
  // a phrase ending with a letter or digit ends a word
  if (isLetterOrDigitUnit(phrase.charCodeAt(phrase.length - 1)) && i < text.length && isLetterOrDigitUnit(text.charCodeAt(i))) return -1;
  return i;
}

/**
 * Splits a stretch of text into words for name shapes: "l'OTAN" gives "l'"
 * and "OTAN", "Shin Won-sik" two words, "Yellen's" the word "Yellen",
 * "M." keeps its full stop so titles can be recognised.
 */
import { foldForMatch } from './fold-for-match.ts';

/** Lower case with a plain apostrophe (same as compile-shapes' wordKey; kept here to avoid an import cycle). */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Lower case, typographic apostrophe made plain: the key of the shape tables ({@link wordKey}). */
  readonly key: string;
  /** Folded (lower case, no accents): the key of titles and role forms ({@link titleKey}). */
  readonly fold: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;
// "l'OTAN", "L'ambassadeur", "D'après" (sentence-initial French elisions; not "O'Brien")
const ELISION = /^(\p{Ll}{1,2}|qu|Qu|[LDJMNSTC])['’](?=\p{L})/u;

/**
 * The words of `text` between `start` and `end`, with offsets into `text`;
 * `folded` (the doc's {@link foldForMatch} copy) saves folding each word again.
 *
 * @example
 * scanWords("le golfe d'Aden", 0, 15).map((w) => w.text); // ['le', 'golfe', "d'", 'Aden']
 */
export function scanWords(text: string, start: number, end: number, folded?: string): Word[] {
  const words: Word[] = [];
  const makeWord = (from: number, raw: string) => word(from, raw, folded ? folded.slice(from, from + raw.length) : foldForMatch(raw));
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    let from = start + match.index;
    let raw = match[0];
    const elided = ELISION.exec(raw);
    if (elided) {
      words.push(makeWord(from, elided[0]));
      from += elided[0].length;
      raw = raw.slice(elided[0].length);
    }
    // A full stop belongs to the word only for initials ("M.", "U.S."); titles like "Gen." are looked up with it.
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    const possessive = /['’]s$/u.exec(raw);
    if (possessive && raw.length > 2) raw = raw.slice(0, -2);
    words.push(makeWord(from, raw));
  }
  return words;
}

function word(start: number, text: string, fold: string): Word {
  // "al-Rashrash", "el-Sisi": an Arabic article before a capital still makes a name word
  const capitalised = isUpper(text[0]) || /^(?:al|el|ad|ar|as|ash|at|az|ibn)-\p{Lu}/u.test(text);
  return { start, end: start + text.length, text, capitalised, key: wordKey(text), fold };
}

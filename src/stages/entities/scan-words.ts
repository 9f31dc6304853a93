/**
 * Splits a stretch of text into words for name shapes: "l'OTAN" gives "l'"
 * and "OTAN", "Shin Won-sik" two words, "Yellen's" the word "Yellen",
 * "M." keeps its full stop so titles can be recognised.
 */
import { foldForMatch } from './fold-for-match.ts';

/** Lower case with a plain apostrophe (same as compile-shapes' wordKey; kept here to avoid an import cycle). */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/** `isUpper` of the first character, ASCII answered without case mapping. */
function isUpperInitial(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return isUpper(text[0]);
}

const APOSTROPHE = 39;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;
const isApostrophe = (code: number): boolean => code === APOSTROPHE || code === TYPOGRAPHIC_APOSTROPHE;

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
const INITIALS = /^(?:\p{L}\.)+$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ibn)-\p{Lu}/u;

/**
 * The words of `text` between `start` and `end`, with offsets into `text`;
 * `folded` (the doc's {@link foldForMatch} copy) saves folding each word again.
 *
 * @example
 * scanWords("le golfe d'Aden", 0, 15).map((w) => w.text); // ['le', 'golfe', "d'", 'Aden']
 */
export function scanWords(text: string, start: number, end: number, folded?: string): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  // one shared global regex walked with exec: no iterator and no closure per sentence
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    let from = start + match.index;
    let raw = match[0];
    // the regexes below only run when the cheap character test says they may match: most words have no apostrophe
    const elided = isApostrophe(raw.charCodeAt(1)) || isApostrophe(raw.charCodeAt(2)) ? ELISION.exec(raw) : null;
    if (elided) {
      words.push(word(from, elided[0], folded));
      from += elided[0].length;
      raw = raw.slice(elided[0].length);
    }
    // A full stop belongs to the word only for initials ("M.", "U.S."); titles like "Gen." are looked up with it.
    if (raw.endsWith('.') && !INITIALS.test(raw)) raw = raw.slice(0, -1);
    if (raw.length > 2 && raw.endsWith('s') && isApostrophe(raw.charCodeAt(raw.length - 2))) raw = raw.slice(0, -2);
    words.push(word(from, raw, folded));
  }
  return words;
}

function word(start: number, text: string, folded: string | undefined): Word {
  const fold = folded ? folded.slice(start, start + text.length) : foldForMatch(text);
  // "al-Rashrash", "el-Sisi": an Arabic article before a capital still makes a name word
  const capitalised = isUpperInitial(text) || ((text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && ARABIC_ARTICLE.test(text));
  return { start, end: start + text.length, text, capitalised, key: wordKey(text), fold };
}

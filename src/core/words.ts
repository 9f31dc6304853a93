/**
 * Word-level text helpers shared by the stages. Regexes over words use Unicode
 * letter/number lookarounds, never `\b`, so "élu" and "été" match whole.
 */

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Folds the typographic variants news text uses into one form, keeping the
 * length unchanged so offsets stay valid: ’ ‘ ʼ → ', no-break and thin spaces
 * → space, non-breaking hyphen → -.
 *
 * @example
 * foldTypography('l’OTAN'); // "l'OTAN"
 */
export function foldTypography(text: string): string {
  // hot (every word of several stages, and whole texts): most words hold nothing to fold, and a text is folded
  // by several stages in turn
  if (!FOLDABLE.test(text)) return text;
  if (text === lastText) return lastFolded;
  const folded = text
    .replace(/[\u2019\u2018\u02BC\u2032]/g, "'")
    .replace(/[\u00A0\u202F\u2007\u2009\u200A]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
  if (text.length >= LONG_TEXT) {
    lastText = text;
    lastFolded = folded;
  }
  return folded;
}

/** Every character {@link foldTypography} replaces. */
const FOLDABLE = /[\u2019\u2018\u02BC\u2032\u00A0\u202F\u2007\u2009\u200A\u2010\u2011]/;
/** The last long text folded and its fold: the stages of one analysis fold the same doc text in turn. */
const LONG_TEXT = 2000;
let lastText = '';
let lastFolded = '';

/** Removes accents: "Pékin" → "Pekin". Not length-preserving for all inputs; use for keys only. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A lookup key: typography folded, lower-cased, accents removed, spaces collapsed. */
export function lookupKey(text: string): string {
  return stripAccents(foldTypography(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A global, Unicode regex matching any of the phrases as whole words.
 * Longer phrases are tried first. Spaces in a phrase match any run of spaces
 * (including no-break ones) and apostrophes match ’ as well as '.
 *
 * @example
 * wordAlternation(['selon', "d'après"], 'i').exec('D’après Washington'); // matches "D’après"
 */
export function wordAlternation(phrases: readonly string[], extraFlags = ''): RegExp {
  const parts = [...new Set(phrases.filter((phrase) => phrase.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  const body = parts.length > 0 ? parts.join('|') : '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, `gu${extraFlags}`);
}

/** The regex source for one phrase, tolerant of typographic variants. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase)
    .replace(/['’]/g, "['’ʼ]")
    .replace(/ +/g, '[\\s\\u00A0\\u202F]+')
    .replace(/-/g, '[-\\u2010\\u2011]');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not read yet, 1 a letter or digit, 2 not. */
const letterOrDigitUnits = new Uint8Array(0x10000);

/**
 * Whether a UTF-16 code unit is a letter or digit (`[\p{L}\p{N}]`), read once per unit and kept: for scans
 * that walk text by hand. A surrogate is not one (a pair is read as one code point by the caller).
 *
 * @example
 * isLetterOrDigitUnit('é'.charCodeAt(0)); // true
 */
export function isLetterOrDigitUnit(code: number): boolean {
  let known = letterOrDigitUnits[code];
  if (!known) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    letterOrDigitUnits[code] = known;
  }
  return known === 1;
}

/**
 * Whether the code point at `at` is a letter or digit (false past the end): a surrogate pair is read whole.
 *
 * @example
 * isLetterOrDigitAt('à 3', 2); // true
 */
export function isLetterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  return isPairAt(text, at) ? LETTER_OR_DIGIT.test(text.slice(at, at + 2)) : isLetterOrDigitUnit(text.charCodeAt(at));
}

/**
 * The runs of letters and digits of a text, as `/[\p{L}\p{N}]+/gu` finds them, walked by hand: their starts and
 * ends in text order.
 *
 * @example
 * letterOrDigitRuns('Il a dit.'); // { starts: [0, 3, 5], ends: [2, 4, 8] }
 */
export function letterOrDigitRuns(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let at = 0; at < text.length;) {
    const inRun = isLetterOrDigitAt(text, at);
    if (inRun && start < 0) start = at;
    if (!inRun && start >= 0) {
      starts.push(start);
      ends.push(at);
      start = -1;
    }
    at += isPairAt(text, at) ? 2 : 1;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}

/** True when a surrogate pair opens at `at`. */
function isPairAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
}

/**
 * Cuts every sentence into tokens: words (hyphenated and apostrophe words
 * whole, abbreviations with their dots), numbers with their group separators
 * ("10 000" with a space, U+00A0 or U+202F, "1,000,000", "2.5", "1,2"),
 * punctuation, and symbols (URLs and e-mail addresses whole). The passes
 * after it split elisions and inverted pronouns off the words.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Token, TokenKind } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { SegmentData } from './load-segment-data.ts';
import { foldTypography } from '../../core/words.ts';
import { isSpace } from './split-paragraphs.ts';

const SPACE = '[\\s\\u00A0\\u202F\\u2007\\u2009\\u200A\\u200B\\uFEFF]';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const JOINER = "['’ʼ\\-\\u2010\\u2011]";
const ALTERNATIVES: readonly (readonly [string, string])[] = [
  ['space', `${SPACE}+`],
  // https://example.org/a?b=1, www.example.org
  ['url', `(?:https?:\\/\\/|www\\.)[^\\s\\u00A0\\u202F<>"«»“”]*[^\\s\\u00A0\\u202F<>"«»“”.,;:!?)\\]]`],
  ['email', `[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+`],
  // marinetraffic.com: a bare lower-case domain
  ['domain', `[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.(?:com|org|net|gov|edu|int|info|io|fr|uk|be|ch|ca|de|eu|ru|ua|news)(?![\\p{L}\\p{N}])`],
  // "U.S.", "e.g."; and "W." in "George W. Bush"
  ['initials', `(?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}])|\\p{Lu}\\.(?=${SPACE}+\\p{Lu})`],
  // "10 000", "10\u00A0000", "2 500,5": digit groups of three after a space
  ['grouped', `\\p{N}{1,3}(?:[ \\u00A0\\u202F\\u2009]\\p{N}{3}(?!\\p{N}))+(?:[.,]\\p{N}+)?`],
  // "nord-coréens", "l’OTAN", "a-t-il", "COP29", "60-day": must hold a letter
  ['word', `(?=[\\p{L}\\p{M}\\p{N}'’ʼ\\-\\u2010\\u2011]*\\p{L})${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*`],
  // "1,000,000", "2.5", "1,2"
  ['number', `\\p{N}+(?:[.,]\\p{N}+)*`],
  // "%", "#", "&", "@" are Unicode punctuation but act as symbols ("1,2 %")
  ['punct', `\\.{2,}|[?!]{2,}|-{2,}|(?![%‰‱#&@§])\\p{P}`],
  ['symbol', `[^]`],
];
/** One sticky regex, one numbered group per alternative (named groups cost an object per match). */
const TOKEN = new RegExp(ALTERNATIVES.map(([, pattern]) => `(${pattern})`).join('|'), 'yu');
const GROUP_NAMES = ALTERNATIVES.map(([name]) => name);

/**
 * Adds the tokens of every sentence.
 *
 * @example
 * // "Les 10 000 soldats de l’OTAN." → Les | 10 000 | soldats | de | l’OTAN | .  (split-apostrophes then splits l’OTAN)
 */
export const tokenizeSentences: SegmentPass = (state, data) => {
  const tokens: Draft<Token>[] = [];
  state.sentences.forEach((sentence, index) => {
    for (const token of tokenize(state.text, sentence.start, sentence.end, data, index)) tokens.push(token);
  });
  return { ...state, tokens };
};

/**
 * The tokens of `text` between `start` and `end`, in sentence `sentence`.
 *
 * @example
 * tokenize('Mr. Smith', 0, 9, englishData).map((t) => t.text); // ["Mr.", "Smith"]
 */
export function tokenize(text: string, start: number, end: number, data: SegmentData, sentence = 0): Draft<Token>[] {
  const slice = text.slice(start, end);
  const tokens: Draft<Token>[] = [];
  let at = 0;
  while (at < slice.length) {
    const code = slice.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    // Abbreviations start with a letter: skip the table for digits and ASCII punctuation, and where no dot follows.
    data.abbreviationPattern.lastIndex = at;
    const abbreviation = code >= 0x41 && dotAhead(slice, at, data.abbreviationDots) ? data.abbreviationPattern.exec(slice) : null;
    if (abbreviation) {
      tokens.push(makeToken(slice, start, at, at + abbreviation[0].length, 'word', 'abbreviation', sentence));
      at += abbreviation[0].length;
      continue;
    }
    const plainEnd = plainWordEnd(slice, at);
    if (plainEnd > at) {
      const text = slice.slice(at, plainEnd);
      // Latin letters only: no typography to fold (normalize would only lower-case)
      tokens.push({ start: start + at, end: start + plainEnd, text, norm: text.toLowerCase(), kind: 'word', sentence, rule: 'word' });
      at = plainEnd;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(slice);
    if (!match || match[0].length === 0) break;
    let g = 1;
    while (g < match.length && match[g] === undefined) g++;
    const group = GROUP_NAMES[g - 1] ?? 'symbol';
    const kind = KIND_OF_GROUP[group];
    if (kind) tokens.push(makeToken(slice, start, at, at + match[0].length, kind, RULE_OF_GROUP[group] ?? group, sentence));
    at += match[0].length;
  }
  return tokens;
}

/** Whether the text has a dot at one of the offsets from `at` (null: the offsets are unknown, so maybe). */
function dotAhead(slice: string, at: number, offsets: readonly number[] | null): boolean {
  if (offsets === null) return true;
  for (const offset of offsets) if (slice.charCodeAt(at + offset) === 0x2e) return true;
  return false;
}

/** A-Z, a-z and the letters of U+00C0–U+024F (all letters bar × and ÷). */
function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/**
 * Where a plain word starting at `at` ends, or -1 when {@link TOKEN} must decide. A plain word is a run of Latin
 * letters before a space, the end, or punctuation that no alternative tried before `word` reads on
 * (not "@", "_", "%", "+", a joiner, a mark or a digit; a dot only after two letters and before a space or the end,
 * where no domain, address, link or initial goes on; a colon not before "/", where no link starts).
 * TOKEN would match the same span as a `word`; the run just skips trying its alternatives one by one.
 */
function plainWordEnd(slice: string, at: number): number {
  let end = at;
  while (end < slice.length && isLatinLetter(slice.charCodeAt(end))) end++;
  if (end === at || end === slice.length) return end === at ? -1 : end;
  const next = slice.charCodeAt(end);
  if (next === 0x2e) {
    if (end - at < 2) return -1;
    return end + 1 === slice.length || isSpace(slice.charCodeAt(end + 1)) ? end : -1;
  }
  if (next === 0x3a) return slice.charCodeAt(end + 1) === 0x2f ? -1 : end;
  return isSpace(next) || PLAIN_WORD_FOLLOWERS.has(next) ? end : -1;
}

/** , ; ! ? ( ) [ ] " « » “ ” */
const PLAIN_WORD_FOLLOWERS: ReadonlySet<number> = new Set([0x2c, 0x3b, 0x21, 0x3f, 0x28, 0x29, 0x5b, 0x5d, 0x22, 0xab, 0xbb, 0x201c, 0x201d]);

const KIND_OF_GROUP: Readonly<Record<string, TokenKind>> = {
  url: 'symbol',
  email: 'symbol',
  domain: 'symbol',
  initials: 'word',
  grouped: 'number',
  word: 'word',
  number: 'number',
  punct: 'punct',
  symbol: 'symbol',
};

const ASCII = /^[\x00-\x7F]*$/;

const RULE_OF_GROUP: Readonly<Record<string, string>> = { domain: 'url', grouped: 'number-groups' };

function makeToken(slice: string, offset: number, from: number, to: number, kind: TokenKind, rule: string, sentence: number): Draft<Token> {
  const text = slice.slice(from, to);
  return { start: offset + from, end: offset + to, text, norm: normalize(text), kind, sentence, rule };
}

/**
 * A token's `norm`: lower case, typographic apostrophes, hyphens and spaces made plain.
 *
 * @example
 * normalize('L’OTAN'); // "l'otan"
 */
export function normalize(text: string): string {
  // Most tokens are plain ASCII: nothing to fold.
  return ASCII.test(text) ? text.toLowerCase() : foldTypography(text).toLowerCase();
}

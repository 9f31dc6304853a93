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
    // Abbreviations start with a letter: skip the table for digits and ASCII punctuation.
    data.abbreviationPattern.lastIndex = at;
    const abbreviation = code >= 0x41 ? data.abbreviationPattern.exec(slice) : null;
    if (abbreviation) {
      tokens.push(makeToken(slice, start, at, at + abbreviation[0].length, 'word', 'abbreviation', sentence));
      at += abbreviation[0].length;
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

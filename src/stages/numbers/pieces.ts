/**
 * Cuts the tokens of one sentence into the pieces the number reader walks:
 * digits ("10 000", "2,5", "½", "1e10"), words (a hyphenated token gives one
 * piece per part: "quatre-vingt-dix" → quatre, vingt, dix), a minus sign stuck
 * to the digits after it, a slash, and anything else.
 */
import type { Token } from '../../core/layers.ts';
import { lookupKey } from '../../core/words.ts';
import type { Lexicon } from './lexicon.ts';

export type PieceType = 'digits' | 'word' | 'minus' | 'slash' | 'other';

export interface Piece {
  readonly type: PieceType;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** The value of digits (0 for other pieces). */
  readonly value: number;
  readonly integer: boolean;
  /** "05": written with a leading zero, as days and months are. */
  readonly leadingZero: boolean;
  /** True when space separates it from the piece before. */
  readonly gap: boolean;
  /** True for the first piece of its token: a number may only end before such a piece. */
  readonly tokenStart: boolean;
}

// digits glued to letters: "10k", "2millions", "1er", "21st"
const DIGITS_THEN_LETTERS = /^(\p{Nd}+(?:[.,]\p{Nd}+)?)(\p{L}+)$/u;
// scientific notation after digits: "1e10", "12,32e+14" (the tokenizer cuts it into several tokens)
const EXPONENT = /[eE]([+-]?\d{1,3})(?![\p{L}\p{N}])/uy;
// a power written with a caret: "1,1^23", "2,5^-1"
const POWER = /\^([+-]*)(\p{Nd}{1,3})(?![\p{L}\p{N}])/uy;
const SCIENTIFIC = /^(\p{Nd}+(?:[.,]\p{Nd}+)?)[eE]([+-]?\p{Nd}{1,3})$/u;
const ASCII_WORD = /^[\x21-\x7e]*$/;
const HYPHENS = /[-\u2010\u2011]/u;
const VULGAR_FRACTION = /^[\u00BC-\u00BE\u2150-\u215E]$/u;

/**
 * The pieces of `tokens` (one sentence, in order) over `text`.
 *
 * @example
 * cutPieces(text, tokens, lexicon).map((p) => p.key); // "quatre-vingt-dix 10k" → ["quatre", "vingt", "dix", "10", "k"]
 */
export function cutPieces(text: string, tokens: readonly Token[], lexicon: Lexicon): Piece[] {
  const pieces: Piece[] = [];
  let skipUntil = -1;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.start < skipUntil) continue;
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if ((token.text === '-' || token.text === '\u2212') && next !== undefined && /^\p{Nd}/u.test(next.text) && next.start === token.end
      && (!previous || previous.end < token.start || previous.kind === 'punct')) {
      push(pieces, text, 'minus', token.start, token.end);
      continue;
    }
    if (token.kind === 'number') {
      const digits = readDigits(token.text, lexicon);
      if (!digits) {
        push(pieces, text, 'other', token.start, token.end);
        continue;
      }
      EXPONENT.lastIndex = token.end;
      const exponent = EXPONENT.exec(text);
      POWER.lastIndex = token.end;
      const power = exponent ? null : POWER.exec(text);
      const end = token.end + (exponent?.[0].length ?? power?.[0].length ?? 0);
      skipUntil = end;
      const value = exponent ? scientific(digits.value, exponent[1]) : power ? raise(digits.value, power[1] ?? '', power[2] ?? '1') : digits.value;
      push(pieces, text, 'digits', token.start, end, value, digits.integer && !exponent && !power, true, /^0\d/.test(token.text));
      continue;
    }
    if (token.kind === 'word') {
      // most words hold no digit and no hyphen: one piece, without the regexes below
      if (!mayStartWithDigit(token.text) && !HYPHENS.test(token.text)) {
        if (token.text !== '') push(pieces, text, 'word', token.start, token.start + token.text.length);
        continue;
      }
      const written = SCIENTIFIC.exec(token.text);
      const mantissa = written?.[1] ? readDigits(written[1], lexicon) : null;
      if (written && mantissa) {
        push(pieces, text, 'digits', token.start, token.end, scientific(mantissa.value, written[2]), false);
        continue;
      }
      const glued = DIGITS_THEN_LETTERS.exec(token.text);
      const digits = glued?.[1] ? readDigits(glued[1], lexicon) : null;
      if (glued?.[1] && digits) {
        push(pieces, text, 'digits', token.start, token.start + glued[1].length, digits.value, digits.integer);
        push(pieces, text, 'word', token.start + glued[1].length, token.end, 0, true, false);
        continue;
      }
      let offset = 0;
      for (const part of token.text.split(HYPHENS)) {
        if (part !== '') push(pieces, text, 'word', token.start + offset, token.start + offset + part.length, 0, true, offset === 0);
        offset += part.length + 1;
      }
      continue;
    }
    push(pieces, text, token.text === '/' ? 'slash' : 'other', token.start, token.end);
  }
  return pieces;
}

/**
 * Adds the piece `start..end` of `text`; it has a gap when it does not touch the piece before.
 * A module function, not a closure made per sentence (the build names every closure each time one is made).
 */
function push(pieces: Piece[], text: string, type: PieceType, start: number, end: number, value = 0, integer = true, tokenStart = true, leadingZero = false): void {
  const lastEnd = pieces.length > 0 ? pieces[pieces.length - 1]!.end : -1;
  pieces.push({ type, start, end, key: keyOf(text.slice(start, end)), value, integer, leadingZero, gap: start > lastEnd, tokenStart });
}

/** False when the text cannot start with a decimal digit (`\p{Nd}`): ASCII answered without a regex. */
function mayStartWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : DIGIT_FIRST.test(text);
}

const DIGIT_FIRST = /^\p{Nd}/u;

/** `mantissa` times ten to `exponent`, without the rounding error of `10 ** n` ("12e-1" → 1.2). */
const scientific = (mantissa: number, exponent: string | undefined): number => Number(`${mantissa}e${exponent ?? '0'}`);

/** `base` to the power written after a caret; an odd count of minus signs makes it negative ("^--23" is "^23"). */
const raise = (base: number, signs: string, exponent: string): number => base ** ((signs.split('-').length - 1) % 2 === 1 ? -Number(exponent) : Number(exponent));

/** `lookupKey` of a token, without its Unicode normalisation when the text is plain ASCII (most tokens). */
export function tokenKey(token: Token): string {
  return keyOf(token.text);
}

function keyOf(written: string): string {
  if (ASCII_WORD.test(written)) return written.toLowerCase();
  let key = KEYS.get(written);
  if (key === undefined) {
    // news repeats its words: keep the folded keys of a bounded vocabulary
    if (KEYS.size > 50_000) KEYS.clear();
    key = lookupKey(written);
    KEYS.set(written, key);
  }
  return key;
}

const KEYS = new Map<string, string>();

/** True for "½", "¾", "⅙": one character that is a fraction. */
export function isVulgarFraction(text: string): boolean {
  return VULGAR_FRACTION.test(text);
}

/**
 * The value of digits written the language's way, or null when the marks do
 * not make one number ("192.168.1.2"). A group mark not followed by three
 * digits is read as a foreign decimal mark ("5.00" in French).
 *
 * @example
 * readDigits('1 234 567,89', french); // { value: 1234567.89, integer: false }
 */
export function readDigits(written: string, lexicon: Lexicon): { value: number; integer: boolean } | null {
  if (VULGAR_FRACTION.test(written)) {
    const [top, bottom] = written.normalize('NFKC').split('\u2044');
    return { value: Number(top) / Number(bottom), integer: false };
  }
  const marked = written.replace(/[\u00A0\u202F\u2007\u2009]/g, ' ');
  const decimalAt = marked.lastIndexOf(lexicon.decimal);
  let whole = decimalAt >= 0 ? marked.slice(0, decimalAt) : marked;
  let fraction = decimalAt >= 0 ? marked.slice(decimalAt + 1) : '';
  if (!/^\p{Nd}*$/u.test(fraction)) return null;
  const groups = [...whole.matchAll(/[^\p{Nd}]/gu)];
  const wellGrouped = groups.every((mark) => lexicon.groups.has(mark[0]) && /^\p{Nd}{3}(?!\p{Nd})/u.test(whole.slice((mark.index ?? 0) + 1)));
  if (!wellGrouped) {
    const only = groups.length === 1 ? groups[0] : undefined;
    if (decimalAt >= 0 || only === undefined || only[0] === ' ') return null;
    fraction = whole.slice((only.index ?? 0) + 1);
    whole = whole.slice(0, only.index);
  }
  const value = Number(`${whole.replace(/[^\p{Nd}]/gu, '') || '0'}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { value, integer: fraction === '' || /^0*$/.test(fraction) } : null;
}

/**
 * Finds the matches of a cue regex of `read-cues.ts` without running its
 * alternation at every position of the text. Each alternative of such a
 * regex opens with `(?<![\p{L}\p{N}])` and then the first letter or digit of
 * its cue, so a match can only start where a word starts with a character
 * that opens some cue; the regex is tried (sticky) only there. Same matches,
 * in the same order, as `text.matchAll(regex)`.
 */
import { escapeRegExp, isLetterOrDigitUnit } from '../../core/words.ts';

/** One match: where it starts in the text scanned, and its text. */
export interface CueMatch {
  readonly index: number;
  readonly text: string;
}

interface Scanner {
  readonly sticky: RegExp;
  /** Tests whether a character may open a cue, case-insensitively as the regex reads it. */
  readonly opener: RegExp;
  /** Per UTF-16 code unit: 0 not read yet, 1 opens some cue, 2 does not. */
  readonly opens: Uint8Array;
}

const OPENS = 1;
const CLOSED = 2;
const scanners = new WeakMap<RegExp, Scanner | null>();
const STARTS_WORD = /^[\p{L}\p{N}]/u;

/**
 * The matches of `regex` (global, unicode, built by `read-cues.ts` from `cues`) in `text`.
 * When a cue does not open with a letter or digit, every position is tried (plain `matchAll`).
 *
 * @example
 * cueMatches(/(?<![\p{L}\p{N}])(?:selon)(?![\p{L}\p{N}])/giu, ['selon'], 'Selon Kyiv, …'); // [{ index: 0, text: 'Selon' }]
 */
export function cueMatches(regex: RegExp, cues: Iterable<string>, text: string): CueMatch[] {
  const scanner = scannerOf(regex, cues);
  const found: CueMatch[] = [];
  if (!scanner) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) found.push({ index: match.index, text: match[0] });
    return found;
  }
  const { sticky, opener, opens } = scanner;
  let at = 0;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (!mayOpen(unit, opener, opens) || (at > 0 && isLetterOrDigitUnit(text.charCodeAt(at - 1)))) {
      at += 1;
      continue;
    }
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match) {
      found.push({ index: at, text: match[0] });
      at += Math.max(1, match[0].length);
    } else {
      at += 1;
    }
  }
  return found;
}

/** True when a code unit may open a cue; a lead surrogate always may (astral letters are tried). */
function mayOpen(unit: number, opener: RegExp, opens: Uint8Array): boolean {
  if ((unit & 0xfc00) === 0xd800) return true;
  if ((unit & 0xfc00) === 0xdc00) return false;
  let known = opens[unit];
  if (!known) {
    known = opener.test(String.fromCharCode(unit)) ? OPENS : CLOSED;
    opens[unit] = known;
  }
  return known === OPENS;
}

function scannerOf(regex: RegExp, cues: Iterable<string>): Scanner | null {
  const known = scanners.get(regex);
  if (known !== undefined) return known;
  const firsts = new Set<string>();
  let wordsOnly = regex.unicode;
  for (const cue of cues) {
    const first = String.fromCodePoint(cue.codePointAt(0) ?? 0);
    if (!STARTS_WORD.test(first)) wordsOnly = false;
    firsts.add(first);
  }
  const scanner = wordsOnly && firsts.size > 0
    ? {
      sticky: new RegExp(regex.source, `${regex.flags.replace('g', '')}y`),
      opener: new RegExp(`^(?:${[...firsts].map(escapeRegExp).join('|')})`, regex.ignoreCase ? 'iu' : 'u'),
      opens: new Uint8Array(0x10000),
    }
    : null;
  scanners.set(regex, scanner);
  return scanner;
}

/**
 * Finds the ranges of one sentence from its numbers and the bound words
 * around them: "entre 20 et 35", "de 3 à 5", "plus de 500" (one end),
 * "500 ou moins", "égal à 20" (both ends the same), and two opposite bounds
 * joined by "et"/"mais"/a comma ("supérieur à 20 et inférieur à 35").
 */
import type { Token } from '../../core/layers.ts';
import { lookupKey } from '../../core/words.ts';
import { tokenKey } from './pieces.ts';
import type { FoundNumber } from './find-numbers.ts';
import { hasRole, type BoundKind, type Lexicon } from './lexicon.ts';

/** A range of the sentence, with its offsets in the text. */
export interface FoundRange {
  readonly start: number;
  readonly end: number;
  readonly min: number | null;
  readonly minIncluded: boolean;
  readonly max: number | null;
  readonly maxIncluded: boolean;
  readonly rule: string;
}

interface Bound {
  readonly kind: BoundKind;
  /** Offset where the bound words start (before) or end (after). */
  readonly at: number;
}

/**
 * The ranges of a sentence.
 *
 * @example
 * findRanges(text, tokens, numbers, french); // "supérieur à 20 et inférieur ou égal à 35" → [{ min: 20, max: 35, minIncluded: false, maxIncluded: true }]
 */
export function findRanges(text: string, tokens: readonly Token[], numbers: readonly FoundNumber[], lexicon: Lexicon): FoundRange[] {
  if (numbers.length === 0) return [];
  // keys are read only around the numbers: each is computed on first use
  const sentence: SentenceKeys = { tokens, numbers, numberAt: new Map(numbers.map((number, index) => [number.start, index])), keys: new Array(tokens.length), lexicon };
  const ranges: FoundRange[] = [];
  let skipUntil = -1;
  for (const number of numbers) {
    if (number.start < skipUntil) continue;
    const first = tokenStartingAt(tokens, number.start);
    const last = tokenEndingAt(tokens, number.end);
    if (first === undefined || last === undefined) continue;
    const before = boundBefore(sentence, first);
    const link = key(sentence, last + 1);
    const high = numberFrom(sentence, last + 2);
    // "entre 20 et 35", "de 3 à 5", "20 à 100"
    const between = before?.kind === 'range' && link && hasRole(lexicon, 'range-and', link);
    const fromTo = !between && link && hasRole(lexicon, 'range-to', link) && (!before || before.kind === 'about');
    // "entre 4 et 5 millions": the low end takes the scale of the high end
    const low = high && number.scale === 1 && high.scale > 1 ? number.value * high.scale : number.value;
    if ((between || fromTo) && high && low < high.value) {
      const opener = tokens[first - 1];
      const start = between ? before!.at : opener && hasRole(lexicon, 'range-from', key(sentence, first - 1) ?? '') ? opener.start : number.start;
      ranges.push({ start, end: high.end, min: low, minIncluded: true, max: high.value, maxIncluded: true, rule: between ? 'between' : 'from-to' });
      skipUntil = high.end;
      continue;
    }
    const after = boundAfter(sentence, last);
    const bound = after && isEnd(after.kind) ? after : before && isEnd(before.kind) ? before : null;
    if (!bound) continue;
    const start = bound === before ? bound.at : (before && isEnd(before.kind) ? before.at : number.start);
    const end = bound === after ? bound.at : number.end;
    ranges.push({ start, end, ...ends(bound.kind, number.value), rule: `bound.${bound.kind}` });
  }
  return joinOpposites(text, ranges, numbers, lexicon);
}

/**
 * The tokens and numbers of one sentence with the keys read so far. The readers below are module functions
 * over it, not closures made per sentence (the build names every closure each time one is made).
 */
interface SentenceKeys {
  readonly tokens: readonly Token[];
  readonly numbers: readonly FoundNumber[];
  /** Number index by start offset. */
  readonly numberAt: ReadonlyMap<number, number>;
  /** Folded token keys, filled on first use. */
  readonly keys: (string | undefined)[];
  readonly lexicon: Lexicon;
}

/** The key of token `index`, undefined outside the sentence. */
function key(sentence: SentenceKeys, index: number): string | undefined {
  const { tokens, keys } = sentence;
  return index < 0 || index >= tokens.length ? undefined : (keys[index] ??= tokenKey(tokens[index]!));
}

/** The key of tokens `from..to`, spaced as the text is ("jusqu'" + "à" → "jusqu'a"). */
function keyOf(sentence: SentenceKeys, from: number, to: number): string {
  const { tokens } = sentence;
  let joined = key(sentence, from) ?? '';
  for (let j = from + 1; j <= to; j += 1) joined += `${tokens[j]!.start > tokens[j - 1]!.end ? ' ' : ''}${key(sentence, j) ?? ''}`;
  return joined;
}

/** The bound words ending right before token `first` (an article "la", "the" may sit between). */
function boundBefore(sentence: SentenceKeys, first: number): Bound | null {
  const { tokens, lexicon } = sentence;
  const last = first - 1;
  const article = hasRole(lexicon, 'bound-article', key(sentence, last) ?? '');
  for (let skip = article ? 1 : 0; skip >= 0; skip -= 1) {
    const end = last - skip;
    const closing = tokens[end];
    if (!closing) continue;
    for (let length = Math.min(lexicon.longestBound, end + 1); length >= 1; length -= 1) {
      const opening = tokens[end - length + 1]!;
      const kind = lexicon.before.get(keyOf(sentence, end - length + 1, end));
      if (kind) return { kind, at: opening.start };
    }
  }
  return null;
}

/** The bound words right after token `last` ("ou plus"), unless a number or a link follows them ("ou moins de 6000"). */
function boundAfter(sentence: SentenceKeys, last: number): Bound | null {
  const { tokens, lexicon, numberAt } = sentence;
  const opening = tokens[last + 1];
  if (!opening) return null;
  for (let length = Math.min(lexicon.longestBound, tokens.length - last - 1); length >= 1; length -= 1) {
    const closing = tokens[last + length]!;
    const kind = lexicon.after.get(keyOf(sentence, last + 1, last + length));
    const next = tokens[last + length + 1];
    if (kind && !(next && (numberAt.has(next.start) || hasRole(lexicon, 'link', key(sentence, last + length + 1) ?? '')))) return { kind, at: closing.end };
  }
  return null;
}

/** The number that starts at token `index`, maybe after a bound article ("et le quinzième"). */
function numberFrom(sentence: SentenceKeys, index: number): FoundNumber | undefined {
  const { tokens, numbers, numberAt, lexicon } = sentence;
  const token = tokens[index];
  if (!token) return undefined;
  const direct = numberAt.get(token.start);
  if (direct !== undefined) return numbers[direct];
  const next = tokens[index + 1];
  return hasRole(lexicon, 'bound-article', key(sentence, index) ?? '') && next ? numbers[numberAt.get(next.start) ?? -1] : undefined;
}

/** The index of the (last) token starting at `offset`, found by halves in the sorted tokens. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  const index = lastAtOrBefore(tokens, offset, tokenStart);
  return index >= 0 && tokens[index]!.start === offset ? index : undefined;
}

/** The index of the (last) token ending at `offset`. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number | undefined {
  const index = lastAtOrBefore(tokens, offset, tokenEnd);
  return index >= 0 && tokens[index]!.end === offset ? index : undefined;
}

const tokenStart = (token: Token): number => token.start;
const tokenEnd = (token: Token): number => token.end;

/** The last index whose `at` is at most `offset` (-1 when none): tokens follow each other, so starts and ends both grow. */
function lastAtOrBefore(tokens: readonly Token[], offset: number, at: (token: Token) => number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at(tokens[mid]!) <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

const isEnd = (kind: BoundKind): boolean => kind !== 'range' && kind !== 'none' && kind !== 'about';

function ends(kind: BoundKind, value: number): Pick<FoundRange, 'min' | 'minIncluded' | 'max' | 'maxIncluded'> {
  if (kind === 'exact') return { min: value, minIncluded: true, max: value, maxIncluded: true };
  if (kind === 'more_than' || kind === 'at_least') return { min: value, minIncluded: kind === 'at_least', max: null, maxIncluded: false };
  return { min: null, minIncluded: false, max: value, maxIncluded: kind === 'up_to' };
}

/**
 * "plus de 10 et moins de 40" is one range (10, 40); "plus de 40 et moins de
 * 10" stays two, and so does a bound written after its number ("500 ou moins,
 * plus de 2"), which closes its own range.
 */
function joinOpposites(text: string, ranges: FoundRange[], numbers: readonly FoundNumber[], lexicon: Lexicon): FoundRange[] {
  if (ranges.length < 2) return ranges;
  const joined: FoundRange[] = [];
  for (const range of ranges) {
    const previous = joined.at(-1);
    // the cheap tests first: the words between are folded only for two opposite bounds in order
    const low = !previous ? null : lowOnly(previous) && highOnly(range) ? previous : highOnly(previous) && lowOnly(range) ? range : null;
    const high = low === previous ? range : previous;
    if (previous && low && high && low.min! < high.max! && endsNumber(numbers, previous.end)
      && hasRole(lexicon, 'range-join', lookupKey(text.slice(previous.end, range.start)))) {
      joined[joined.length - 1] = { start: previous.start, end: range.end, min: low.min, minIncluded: low.minIncluded, max: high.max, maxIncluded: high.maxIncluded, rule: 'joined-bounds' };
      continue;
    }
    joined.push(range);
  }
  return joined;
}

const lowOnly = (range: FoundRange): boolean => range.min !== null && range.max === null;
const highOnly = (range: FoundRange): boolean => range.max !== null && range.min === null;

/** Whether some number of the sentence ends at `offset` (a bound written after its number closes its own range). */
function endsNumber(numbers: readonly FoundNumber[], offset: number): boolean {
  for (const number of numbers) if (number.end === offset) return true;
  return false;
}

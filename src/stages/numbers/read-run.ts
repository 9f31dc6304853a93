/**
 * Reads a run of number words and digits as a whole number, the way
 * numerals compose: "quatre-vingt-dix-neuf" → 99, "trois cent vingt" → 320,
 * "2 millions" → 2e6, "vingt et un" → 21, "cent vingt-cinquième" → 125th.
 */
import { hasRole, wordOf, type Lexicon, type NumberWord, type WordKind } from './lexicon.ts';
import type { Piece } from './pieces.ts';

/** One way to stop the run: the value read up to piece `end` (exclusive). */
export interface RunState {
  readonly end: number;
  readonly value: number;
  /** The ordinal word that closed the run ("cinquième"), or null for a cardinal. */
  readonly ordinal: NumberWord | null;
  /** False when only words that are no number alone were read ("un", "une"). */
  readonly alone: boolean;
  /** The multiplier of the last scale word read ("trois millions" → 1e6), 1 when none. */
  readonly scale: number;
  readonly integer: boolean;
}

const RUN_KINDS: readonly WordKind[] = ['unit', 'hundred', 'scale', 'dozen', 'approx', 'approx-plural', 'ordinal', 'ordinal-fraction', 'ordinal-suffix'];

/** The number word at piece `i`, trying two pieces first ("quatre vingt" → "quatre-vingt"). */
export function wordAt(pieces: readonly Piece[], i: number, lexicon: Lexicon, kinds: readonly WordKind[]): { word: NumberWord; width: number } | null {
  const piece = pieces[i];
  const next = pieces[i + 1];
  if (!piece || piece.type !== 'word') return null;
  if (next?.type === 'word') {
    const pair = wordOf(lexicon, `${piece.key}-${next.key}`, kinds);
    if (pair) return { word: pair, width: 2 };
  }
  const word = wordOf(lexicon, piece.key, kinds);
  return word ? { word, width: 1 } : null;
}

/** The run may stop before piece `i`: at a token start or the end (anywhere when `insideTokens`). */
function atBoundary(pieces: readonly Piece[], i: number, insideTokens: boolean): boolean {
  return insideTokens || i >= pieces.length || pieces[i]?.tokenStart === true;
}

/** The state of a run stopped before piece `end`: the scale is that of the last scale word when no group follows it. */
function stopAt(end: number, total: number, current: number, ordinal: NumberWord | null, alone: boolean, scale: number, integer: boolean): RunState {
  return { end, value: total + current, ordinal, alone, scale: current === 0 ? scale : 1, integer };
}

/** A unit may follow a unit only to complete a ten: "dix-sept", "soixante-dix", "vingt quatre", not "deux trois". */
function completesTen(current: number, value: number): boolean {
  const ten = current % 100;
  return ten >= 10 && ten % 10 === 0 && value < (ten === 60 || ten === 80 ? 20 : 10);
}

/**
 * Every place the run starting at piece `p` may stop, shortest first; each
 * stop lies at a token boundary ("cent trente-cinquième" may stop after
 * "cent", not after "trente") unless `insideTokens`.
 *
 * @example
 * readRun(pieces('trois cent douze'), 0, french).at(-1)?.value; // 312
 */
export function readRun(pieces: readonly Piece[], p: number, lexicon: Lexicon, insideTokens = false): RunState[] {
  const states: RunState[] = [];
  let total = 0;
  let current = 0;
  let counted = false;
  let alone = false;
  let integer = true;
  let scale = 1;
  let last: WordKind | 'digits' | null = null;
  let lastValue = 0;
  // after "et" that follows a scale ("mille et trois"), the states read since then, kept only if the run ends plainly
  let joinedAt = -1;
  let joined = false;
  let i = p;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    if (i > p && piece.type !== 'word' && piece.type !== 'digits') break;
    if (piece.type === 'digits') {
      // "4 mille 3 cents": digits start a new group only after a larger scale
      const opens = i === p || ((last === 'scale' || joined) && piece.integer && piece.value < lastValue);
      if (!opens) break;
      current += piece.value;
      integer &&= piece.integer;
      counted = true;
      alone = true;
      joined = false;
      last = 'digits';
      i += 1;
      if (atBoundary(pieces, i, insideTokens)) states.push(stopAt(i, total, current, null, alone, scale, integer));
      continue;
    }
    const found = wordAt(pieces, i, lexicon, RUN_KINDS);
    if (!found) {
      // "vingt et un", "soixante et onze"; "deux mille et trois"
      const next = pieces[i + 1];
      if (!hasRole(lexicon, 'and', piece.key) || !next) break;
      const tenThenUnit = last === 'unit' && current % 100 >= 20 && current % 10 === 0 && hasRole(lexicon, 'and-unit', next.key);
      const scaleThenGroup = (last === 'scale' || last === 'hundred') && (next.type === 'digits' || wordAt(pieces, i + 1, lexicon, ['unit']) !== null);
      // "4 mille 3 cents et 0" are two numbers: "et" never adds nothing
      const zero = next.type === 'digits' ? next.value === 0 : wordAt(pieces, i + 1, lexicon, ['unit'])?.word.value === 0;
      if ((!tenThenUnit && !scaleThenGroup) || zero) break;
      if (scaleThenGroup && !tenThenUnit) joinedAt = states.length;
      joined = true;
      i += 1;
      continue;
    }
    const { word, width } = found;
    joined = false;
    // "10 k" is no number: abbreviations only stick to digits
    if (!word.alone && word.kind !== 'unit' && word.kind !== 'ordinal' && piece.gap && last === 'digits') break;
    if (word.kind === 'ordinal-suffix') {
      if (last !== 'digits' || piece.gap) break;
      i += width;
      if (counted && atBoundary(pieces, i, insideTokens)) states.push(stopAt(i, total, current, { value: current, kind: 'ordinal', alone: true }, alone, scale, integer));
      return states;
    }
    if (!integer && word.kind !== 'scale') break;
    const rank = word.kind === 'ordinal' || word.kind === 'ordinal-fraction';
    const asUnit = word.kind === 'unit' || (rank && word.value < 100);
    const asHundred = word.kind === 'hundred' || (rank && word.value === 100);
    if (asUnit) {
      if ((last === 'unit' || last === 'ordinal') && !completesTen(current, word.value)) break;
      if (last === 'digits') break;
      current += word.value;
    } else if (asHundred) {
      if (last === 'hundred') break;
      // "3 cents et 2 cents" are two numbers: a group joined by "et" takes no hundred of its own
      if (joinedAt >= 0) {
        states.length = joinedAt;
        return states;
      }
      current = (current || 1) * word.value;
    } else if (word.kind === 'scale' || rank) {
      // "mille soldats": a bare scale counts once; "millions" alone is an indefinite plural
      if (!counted && !rank && !wordOf(lexicon, piece.key, ['bare-scale'])) break;
      if (joinedAt >= 0) {
        states.length = joinedAt;
        return states;
      }
      total += (current || 1) * word.value;
      current = 0;
      scale = word.value;
    } else {
      // "trois douzaines", "2 douzaine": the count multiplies; the run ends there
      if (!counted) break;
      current = (current || 1) * word.value;
      i += width;
      if (atBoundary(pieces, i, insideTokens)) states.push(stopAt(i, total, current, null, alone, scale, integer));
      return states;
    }
    counted = true;
    // zero is a number by itself, though no quantity counts it ("zero concessions": alone = no for quantities)
    alone ||= word.alone || word.value === 0;
    last = rank ? 'ordinal' : word.kind;
    lastValue = word.value;
    i += width;
    // a state is recorded only where the run may stop (counted is true from here on)
    if (atBoundary(pieces, i, insideTokens)) states.push(stopAt(i, total, current, rank ? word : null, alone, scale, integer));
    if (rank) return states;
  }
  // the group after "et" ran into a fraction or ordinal ("cent et trois quarts"): it belongs to them
  if (joinedAt >= 0 && wordAt(pieces, i, lexicon, ['fraction', 'ordinal-fraction', 'scale']) !== null) states.length = joinedAt;
  return states;
}

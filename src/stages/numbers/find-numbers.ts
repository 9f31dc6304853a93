/**
 * Finds every number of one sentence, left to right, each the longest reading
 * at its place, starting and ending on token boundaries ("demi-finale" holds
 * no number, "demi-million" does).
 */
import type { NumberKind } from '../../core/layers.ts';
import type { Piece } from './pieces.ts';
import type { Lexicon } from './lexicon.ts';
import { readNumber } from './read-number.ts';

/** A number of the sentence, with its offsets in the text. */
export interface FoundNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: NumberKind;
  readonly rule: string;
  /** The scale word it ends on ("70 milliards" → 1e9), 1 when none: "de 90 à 70 milliards" scales both ends. */
  readonly scale: number;
}

/**
 * The numbers of a sentence's pieces.
 *
 * @example
 * findNumbers(cutPieces(text, tokens, french), french); // "deux virgule cinq et 3/4" → 2.5 (decimal), 0.75 (fraction)
 */
export function findNumbers(pieces: readonly Piece[], lexicon: Lexicon): FoundNumber[] {
  const found: FoundNumber[] = [];
  let i = 0;
  while (i < pieces.length) {
    // most pieces are plain words: skip them with one lookup
    if (!mayOpen(pieces[i]!, lexicon)) {
      i += 1;
      continue;
    }
    const reading = readNumber(pieces, i, lexicon);
    const first = reading ? pieces[reading.start] : undefined;
    const last = reading ? pieces[reading.end - 1] : undefined;
    const after = reading ? pieces[reading.end] : undefined;
    if (!reading || !first || !last || !first.tokenStart || (after !== undefined && !after.tokenStart) || !Number.isFinite(reading.value)) {
      i += 1;
      continue;
    }
    found.push({ start: first.start, end: last.end, value: reading.value, kind: reading.kind, rule: reading.rule, scale: reading.scale });
    i = reading.end;
  }
  return found;
}

/** True when a number may start at the piece: digits, a minus, a number word or an article of an approximate noun. */
function mayOpen(piece: Piece, lexicon: Lexicon): boolean {
  if (piece.type !== 'word') return piece.type === 'digits' || piece.type === 'minus';
  return lexicon.openers.has(piece.key);
}

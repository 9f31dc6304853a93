/**
 * Joins a "sentence" that starts in lower case, or with a comma, to the one
 * before it: Intl.Segmenter always breaks after "?" and "!", which is wrong
 * in « Pourquoi ? » a demandé le ministre and "Stop!" he shouted.
 */
import type { SegmentPass } from './segment-state.ts';
import { mergeAdjacent } from './merge-adjacent.ts';

/** A lower-case letter or a mark that cannot open a sentence, after optional opening quotes. */
const CONTINUATION = /^[«"“‘(\s\u00A0]*[\p{Ll},;:)]/u;

/**
 * Merges sentences whose next part continues in lower case.
 *
 * @example
 * // "« Pourquoi ? »" | "a demandé le ministre." → one sentence
 */
export const mergeContinuations: SegmentPass = (state) => {
  const sentences = mergeAdjacent(state.sentences, (_, next) =>
    CONTINUATION.test(state.text.slice(next.start, Math.min(next.end, next.start + 8))) ? 'lowercase-continuation' : null,
  );
  return { ...state, sentences };
};

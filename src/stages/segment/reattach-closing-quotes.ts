/**
 * French puts a space before a closing guillemet, and Intl.Segmenter then
 * starts the next sentence with it: "« Non ! " | "» Puis il part." This
 * pass gives the closing marks back to the sentence they close.
 */
import type { SegmentPass } from './segment-state.ts';
import type { SentenceDraft } from './merge-adjacent.ts';

/** Closing marks a sentence cannot start with ("»", "”", "’", ")", "]"); a straight `"` may open, so it stays. */
const CLOSING = /^(?:[»”’)\]][\s\u00A0\u202F]*)+/u;

/**
 * Moves leading closing marks to the end of the previous sentence of the same paragraph.
 *
 * @example
 * // "« Pourquoi ? " | "» a demandé X." → "« Pourquoi ? »" | "a demandé X." (merge-continuations then joins them)
 */
export const reattachClosingQuotes: SegmentPass = (state) => {
  const sentences: SentenceDraft[] = [];
  let changed = false;
  for (const sentence of state.sentences) {
    const last = sentences[sentences.length - 1];
    const lead = last && last.paragraph === sentence.paragraph ? CLOSING.exec(state.text.slice(sentence.start, sentence.end)) : null;
    if (!last || !lead) {
      sentences.push(sentence);
      continue;
    }
    changed = true;
    const marks = lead[0].trimEnd().replace(/[\s\u00A0\u202F]+$/u, '');
    const rest = sentence.start + lead[0].length;
    sentences[sentences.length - 1] = { ...last, end: sentence.start + marks.length, rule: 'closing-quote' };
    if (rest < sentence.end) sentences.push({ ...sentence, start: rest });
  }
  return changed ? { ...state, sentences } : state;
};

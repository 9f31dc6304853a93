/**
 * Cuts every paragraph that is not boilerplate into sentences with
 * `Intl.Segmenter`, one paragraph at a time (one segmenter per language).
 * The merge passes after it fix what the segmenter gets wrong in news text.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Sentence } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import { trimmedSpan } from './split-paragraphs.ts';

/**
 * Intl.Segmenter slows down steeply on long strings, so a paragraph longer
 * than this is fed in chunks cut after a sentence-final mark and a space;
 * the merge passes re-join any cut that was not a real sentence end.
 */
const CHUNK_CHARS = 2000;
const CHUNK_CUT = /[.!?…]["»”’)\]]*[\s\u00A0\u202F]+/gu;

/**
 * Adds the sentences of each non-boilerplate paragraph, spans trimmed.
 *
 * @example
 * // "M. Dupont parle. Il part." → "M." | "Dupont parle." | "Il part." (merge-abbreviations joins the first two)
 */
export const splitSentences: SegmentPass = (state, data) => {
  const sentences: Draft<Sentence>[] = [];
  state.paragraphs.forEach((paragraph, index) => {
    if (paragraph.role === 'boilerplate') return;
    for (const chunk of chunks(state.text, paragraph.start, paragraph.end)) {
      const piece = state.text.slice(chunk.start, chunk.end);
      for (const part of data.segmenter.segment(piece)) {
        const span = trimmedSpan(part.segment, chunk.start + part.index);
        if (span) sentences.push({ ...span, paragraph: index, rule: 'intl-segmenter' });
      }
    }
  });
  return { ...state, sentences };
};

/** `[start, end)` cut into pieces of about CHUNK_CHARS, each ending after a sentence mark when one is near. */
function chunks(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  while (end - from > CHUNK_CHARS * 2) {
    const window = text.slice(from + CHUNK_CHARS, from + CHUNK_CHARS * 2);
    CHUNK_CUT.lastIndex = 0;
    const cut = CHUNK_CUT.exec(window);
    const space = window.indexOf(' ');
    const inWindow = cut ? cut.index + cut[0].length : space >= 0 ? space + 1 : window.length;
    const to = from + CHUNK_CHARS + inWindow;
    pieces.push({ start: from, end: to });
    from = to;
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

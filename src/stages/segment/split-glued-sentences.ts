/**
 * Splits sentences glued by text extraction, with no space after the full
 * stop: "…au nord du fleuve.Un officiel a confirmé…". Intl.Segmenter never
 * breaks there. Names and domains stay whole: "Censor.NET" and
 * "marinetraffic.com" do not have a capitalised word after the dot.
 */
import type { SegmentPass } from './segment-state.ts';
import type { SentenceDraft } from './merge-adjacent.ts';

/** Two lower-case letters, the stop (and a closing quote), then a capitalised word. */
const GLUED = /(?<=\p{Ll}\p{Ll})[.!?]["»”’]?(?=\p{Lu}\p{Ll})/gu;

/**
 * Cuts each sentence after every glued full stop.
 *
 * @example
 * // "Il est parti.Le lendemain, rien." → "Il est parti." | "Le lendemain, rien."
 */
export const splitGluedSentences: SegmentPass = (state) => {
  let changed = false;
  const sentences: SentenceDraft[] = [];
  for (const sentence of state.sentences) {
    const text = state.text.slice(sentence.start, sentence.end);
    let from = sentence.start;
    for (const match of text.matchAll(GLUED)) {
      const cut = sentence.start + match.index + match[0].length;
      sentences.push({ ...sentence, start: from, end: cut, rule: 'glued-full-stop' });
      from = cut;
      changed = true;
    }
    sentences.push(from === sentence.start ? sentence : { ...sentence, start: from });
  }
  return changed ? { ...state, sentences } : state;
};

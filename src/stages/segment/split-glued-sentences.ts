/**
 * Splits sentences glued by text extraction, with no space after the full
 * stop: "…au nord du fleuve.Un officiel a confirmé…". Intl.Segmenter never
 * breaks there. Names and domains stay whole: "Censor.NET" and
 * "marinetraffic.com" do not have a capitalised word after the dot.
 */
import type { SegmentPass } from './segment-state.ts';
import type { SentenceDraft } from './merge-adjacent.ts';

/** Two lower-case letters, the stop (and a closing quote), then a capitalised word. */
// The stop comes first so the regex scans for it, then looks back.
const GLUED = /[.!?](?<=\p{Ll}\p{Ll}[.!?])["»”’]?(?=\p{Lu}\p{Ll})/gu;

/**
 * Cuts each sentence after every glued full stop.
 *
 * @example
 * // "Il est parti.Le lendemain, rien." → "Il est parti." | "Le lendemain, rien."
 */
export const splitGluedSentences: SegmentPass = (state) => {
  // One scan of the whole text, then the cuts are dealt to the sentences in order.
  const cuts = [...state.text.matchAll(GLUED)].map((match) => match.index + match[0].length);
  if (cuts.length === 0) return state;
  const sentences: SentenceDraft[] = [];
  let c = 0;
  for (const sentence of state.sentences) {
    while (c < cuts.length && (cuts[c] ?? 0) <= sentence.start) c++;
    let from = sentence.start;
    for (; c < cuts.length && (cuts[c] ?? 0) < sentence.end; c++) {
      const cut = cuts[c] ?? from;
      sentences.push({ ...sentence, start: from, end: cut, rule: 'glued-full-stop' });
      from = cut;
    }
    sentences.push(from === sentence.start ? sentence : { ...sentence, start: from });
  }
  return { ...state, sentences };
};

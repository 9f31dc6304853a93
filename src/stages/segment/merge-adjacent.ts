/**
 * The one loop every sentence-merging pass shares: walk the sentences in
 * order and join a sentence to the one before it, in the same paragraph,
 * when the pass's test names a rule for the join.
 */
import type { Sentence } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';

export type SentenceDraft = Draft<Sentence>;

/**
 * Joins neighbours for which `join(previous, next)` returns a rule name; linear in the number of sentences.
 *
 * @example
 * mergeAdjacent(sentences, (a, b) => (text[b.start] === '»' ? 'closing-quote' : null));
 */
export function mergeAdjacent(
  sentences: readonly SentenceDraft[],
  join: (previous: SentenceDraft, next: SentenceDraft) => string | null,
): SentenceDraft[] {
  const merged: SentenceDraft[] = [];
  for (const sentence of sentences) {
    const last = merged[merged.length - 1];
    const rule = last && last.paragraph === sentence.paragraph ? join(last, sentence) : null;
    if (last && rule) merged[merged.length - 1] = { ...last, end: sentence.end, rule };
    else merged.push(sentence);
  }
  return merged;
}

/**
 * Splits after a typographic ellipsis that ends a sentence: "Rien n’est
 * joué… Le président doit encore parler." Intl.Segmenter breaks after "..."
 * but not after "…". Only a usual sentence opener after it counts as a new
 * sentence, so "l’Iran, la Chine… Moscou aussi" stays whole.
 */
import type { SegmentPass } from './segment-state.ts';
import type { SentenceDraft } from './merge-adjacent.ts';
import { foldTypography } from '../../core/words.ts';

/** "…", closing quotes (French puts a space before »), spaces, then a capitalised word (captured, elided form kept). */
const ELLIPSIS = /…(?:[\s\u00A0\u202F]*["»”’)])*([\s\u00A0\u202F]+)(?=(\p{Lu}[\p{L}\p{M}]*['’]?))/gu;

/**
 * Cuts each sentence after every ellipsis followed by a sentence opener.
 *
 * @example
 * // "Rien n’est joué… Le président parle." → "Rien n’est joué…" | "Le président parle."
 */
export const splitEllipses: SegmentPass = (state, data) => {
  let changed = false;
  const sentences: SentenceDraft[] = [];
  for (const sentence of state.sentences) {
    const text = state.text.slice(sentence.start, sentence.end);
    let from = sentence.start;
    for (const match of text.matchAll(ELLIPSIS)) {
      const word = foldTypography(match[2] ?? '').toLowerCase();
      if (!data.openers.has(word)) continue;
      const end = sentence.start + match.index + match[0].length - (match[1]?.length ?? 0);
      sentences.push({ ...sentence, start: from, end, rule: 'ellipsis' });
      from = end + (match[1]?.length ?? 0);
      changed = true;
    }
    sentences.push(from === sentence.start ? sentence : { ...sentence, start: from });
  }
  return changed ? { ...state, sentences } : state;
};

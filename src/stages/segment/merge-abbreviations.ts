/**
 * Joins sentences that Intl.Segmenter split after an abbreviation or an
 * initial: "M. Dupont", "Mr. Smith", "U.S. officials", "George W. Bush",
 * "52 av. J.-C.". After titles ("M.", "Dr.") the break is always wrong;
 * after other abbreviations it is wrong unless the next word is a usual
 * sentence opener ("…by the U.S. The move…").
 */
import type { SegmentPass } from './segment-state.ts';
import type { AbbreviationKind, SegmentData } from './load-segment-data.ts';
import { mergeAdjacent } from './merge-adjacent.ts';
import { foldTypography } from '../../core/words.ts';

/** The last whitespace-separated word of a sentence, without opening brackets or quotes. */
const LAST_WORD = /[^\s\u00A0\u202F(«"“‘]+$/u;
/** "U.A.E.", "e.g.": letter-dot pairs, recognised without a table row. */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
/** "W." in "George W. Bush". */
const INITIAL = /^\p{Lu}\.$/u;
/** The first word of the next sentence, elided form kept ("L’armée" → "l'"). */
const FIRST_WORD = /^[«"“‘(\s\u00A0]*([\p{L}\p{M}]+['’]?|\p{N})/u;

/**
 * Merges sentences split after an abbreviation that did not end the sentence.
 *
 * @example
 * // "M." | "Dupont est arrivé." → "M. Dupont est arrivé."
 */
export const mergeAbbreviations: SegmentPass = (state, data) => {
  const sentences = mergeAdjacent(state.sentences, (previous, next) => {
    const tail = state.text.slice(Math.max(previous.start, previous.end - 24), previous.end);
    const kind = abbreviationKind(LAST_WORD.exec(tail)?.[0] ?? '', data);
    if (!kind) return null;
    if (kind === 'title') return 'abbreviation';
    const first = FIRST_WORD.exec(state.text.slice(next.start, Math.min(next.end, next.start + 32)))?.[1];
    if (!first) return null;
    return data.openers.has(foldTypography(first).toLowerCase()) ? null : 'abbreviation';
  });
  return { ...state, sentences };
};

/**
 * The kind of abbreviation a word ending a sentence is, or null when it is an ordinary word.
 *
 * @example
 * abbreviationKind('M.', frenchData); // "title"
 * abbreviationKind('U.A.E.', englishData); // "other"
 */
export function abbreviationKind(word: string, data: SegmentData): AbbreviationKind | null {
  const listed = data.abbreviations.get(word);
  if (listed) return listed;
  if (INITIALISM.test(word) || INITIAL.test(word)) return 'other';
  return null;
}

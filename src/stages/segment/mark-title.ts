/**
 * Gives the role `title` to the first substantial line of the text when it
 * is short and does not end like a sentence ("L’OTAN s’inquiète du
 * rapprochement entre Moscou et Pyongyang"); a short question also counts.
 */
import type { SegmentPass } from './segment-state.ts';
import { countWords, endsWithPunctuation, endsWithQuestion, startsCapitalised } from './paragraph-shape.ts';

const TITLE_CHARS = 200;
const TITLE_WORDS = 30;
/** "Why is the West threatening Tehran?": a question this short can be a title. */
const QUESTION_TITLE_WORDS = 15;

/**
 * Marks the title, if any. A text of one paragraph has no title.
 *
 * @example
 * // "Rutte à Budapest\nLe secrétaire général est arrivé jeudi." → paragraph 0 is the title
 */
export const markTitle: SegmentPass = (state) => {
  const kept = state.paragraphs.flatMap((p, i) => (p.role === 'boilerplate' ? [] : [i]));
  const first = kept[0];
  if (first === undefined || kept.length < 2) return state;
  const paragraph = state.paragraphs[first];
  if (!paragraph) return state;
  const text = state.text.slice(paragraph.start, paragraph.end);
  if (text.length > TITLE_CHARS || !startsCapitalised(text)) return state;
  const words = countWords(text);
  const shaped = !endsWithPunctuation(text) || (endsWithQuestion(text) && words <= QUESTION_TITLE_WORDS);
  if (!shaped || words > TITLE_WORDS) return state;
  const paragraphs = state.paragraphs.map((p, i) => (i === first ? { ...p, role: 'title' as const, rule: 'title' } : p));
  return { ...state, paragraphs };
};

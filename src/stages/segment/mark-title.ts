/**
 * Gives the role `title` to the headline: a short line that does not end like
 * a sentence ("L’OTAN renforce sa présence sur le flanc est"), or a short
 * question, among the lines above the first paragraph of prose. When several
 * such lines stand there, a kicker above the headline ("Guerre en Ukraine"),
 * the longest is the title and the others become headings.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import { countWords, endsWithPunctuation, endsWithQuestion, isProse, startsCapitalised } from './paragraph-shape.ts';

const TITLE_CHARS = 200;
const TITLE_WORDS = 30;
/** "Why is the West threatening Tehran?": a question this short can be a title. */
const QUESTION_TITLE_WORDS = 15;

/**
 * Marks the title, if any, and kickers beside it. A text of one paragraph has no title.
 *
 * @example
 * // "Rutte à Budapest\nLe secrétaire général est arrivé jeudi…" → paragraph 0 is the title
 */
export const markTitle: SegmentPass = (state) => {
  const kept = state.paragraphs.flatMap((p, i) => (p.role === 'boilerplate' ? [] : [i]));
  if (kept.length < 2) return state;
  const candidates: { index: number; words: number }[] = [];
  for (const index of kept) {
    const paragraph = state.paragraphs[index];
    if (!paragraph) continue;
    const text = state.text.slice(paragraph.start, paragraph.end);
    const words = titleWords(text);
    // Only the lines above the prose, and only while they are shaped like titles.
    if (words === null || isProse(text) || index === kept[kept.length - 1]) break;
    candidates.push({ index, words });
  }
  const title = candidates.reduce<{ index: number; words: number } | null>((best, c) => (best && best.words >= c.words ? best : c), null);
  if (!title) return state;
  const kickers = new Set(candidates.map((c) => c.index));
  const paragraphs = state.paragraphs.map((p, i): Draft<Paragraph> => {
    if (i === title.index) return { ...p, role: 'title', rule: 'title' };
    return kickers.has(i) ? { ...p, role: 'heading', rule: 'kicker' } : p;
  });
  return { ...state, paragraphs };
};

/** Word count of a title-shaped line, or null when the line is no title. */
function titleWords(text: string): number | null {
  if (text.length > TITLE_CHARS || !startsCapitalised(text)) return null;
  const words = countWords(text);
  const shaped = !endsWithPunctuation(text) || (endsWithQuestion(text) && words <= QUESTION_TITLE_WORDS);
  return shaped && words <= TITLE_WORDS ? words : null;
}

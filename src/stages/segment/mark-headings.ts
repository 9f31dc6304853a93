/**
 * Gives the role `heading` to a short line without final punctuation between
 * two paragraphs of the article ("Des renforts attendus d’urgence"),
 * the subheadings that split long articles.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import { countWords, endsWithPunctuation, endsWithQuestion, startsCapitalised } from './paragraph-shape.ts';

const HEADING_CHARS = 120;
const HEADING_WORDS = 15;
/** "Pourquoi maintenant ?": a question this short can be a subheading. */
const QUESTION_HEADING_WORDS = 8;

/**
 * Marks subheadings: body paragraphs that are short, capitalised, unpunctuated,
 * with article text before them and a longer paragraph after them.
 *
 * @example
 * // "Texte…\nUn soutien militaire massif\nDepuis 2022, …" → the middle line is a heading
 */
export const markHeadings: SegmentPass = (state) => {
  let changed = false;
  const paragraphs = state.paragraphs.map((p, i): Draft<Paragraph> => {
    const previous = state.paragraphs[i - 1];
    const next = state.paragraphs[i + 1];
    if (p.role !== 'body' || !previous || !next || previous.role === 'boilerplate' || next.role === 'boilerplate') return p;
    if (p.end - p.start > HEADING_CHARS || next.end - next.start <= p.end - p.start) return p;
    const text = state.text.slice(p.start, p.end);
    if (!startsCapitalised(text)) return p;
    const words = countWords(text);
    const shaped = !endsWithPunctuation(text) || (endsWithQuestion(text) && words <= QUESTION_HEADING_WORDS);
    if (!shaped || words > HEADING_WORDS) return p;
    changed = true;
    return { ...p, role: 'heading', rule: 'short-unpunctuated' };
  });
  return changed ? { ...state, paragraphs } : state;
};

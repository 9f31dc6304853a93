/**
 * Content problems the segment stage can see: a text with nothing in it, or
 * a text where every paragraph is boilerplate so no sentence is left to read.
 */
import type { SegmentPass } from './segment-state.ts';

/**
 * Adds `empty-text` or `no-sentence` messages.
 *
 * @example
 * // "" → [{ rule: 'empty-text', level: 'warning', … }]
 */
export const reportProblems: SegmentPass = (state) => {
  if (state.text.trim() === '') {
    return { ...state, messages: [...state.messages, { rule: 'empty-text', level: 'warning', text: 'the text is empty; nothing to analyse' }] };
  }
  if (state.sentences.length === 0) {
    const text = `no sentence found: all ${state.paragraphs.length} paragraph(s) are boilerplate`;
    return { ...state, messages: [...state.messages, { rule: 'no-sentence', level: 'warning', text }] };
  }
  return state;
};

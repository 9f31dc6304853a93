/**
 * Joins hard-wrapped lines back into their paragraph: a line that does not
 * end like a sentence, followed on the very next line by one that starts in
 * lower case, is the same paragraph cut by a fixed line width
 * ("…les ministres de la Défense ont\nréaffirmé leur soutien…").
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import { endsWithPunctuation } from './paragraph-shape.ts';

/** Only one line break (no blank line) between the two lines. */
const SINGLE_BREAK = /^[ \t\u00A0\u202F]*(?:\r\n|\r|\n)[ \t\u00A0\u202F]*$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * Merges each wrapped continuation line into the paragraph above it.
 *
 * @example
 * // "Les ministres ont\nréaffirmé leur soutien." → one paragraph
 */
export const joinWrappedLines: SegmentPass = (state) => {
  const paragraphs: Draft<Paragraph>[] = [];
  let changed = false;
  for (const paragraph of state.paragraphs) {
    const last = paragraphs[paragraphs.length - 1];
    if (
      last &&
      LOWER_START.test(state.text.slice(paragraph.start, paragraph.start + 2)) &&
      SINGLE_BREAK.test(state.text.slice(last.end, paragraph.start)) &&
      !endsWithPunctuation(state.text.slice(Math.max(last.start, last.end - 8), last.end))
    ) {
      paragraphs[paragraphs.length - 1] = { ...last, end: paragraph.end, rule: 'wrapped-line' };
      changed = true;
    } else paragraphs.push(paragraph);
  }
  return changed ? { ...state, paragraphs } : state;
};

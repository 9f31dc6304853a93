/**
 * Cuts the text into paragraphs at line breaks (`\n`, `\r\n`, `\r`, one or
 * more), each span trimmed of the whitespace around it. Every paragraph
 * starts as `body`; later passes give the other roles.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';

const LINE = /[^\r\n\u2028\u2029]+/g;

/**
 * Adds one body paragraph per non-blank line.
 *
 * @example
 * splitParagraphs(emptyState('Titre\n\n  Texte. '), data).paragraphs; // [{start:0,end:5}, {start:9,end:15}]
 */
export const splitParagraphs: SegmentPass = (state) => {
  const paragraphs: Draft<Paragraph>[] = [];
  for (const line of state.text.matchAll(LINE)) {
    const span = trimmedSpan(line[0], line.index);
    if (span) paragraphs.push({ ...span, role: 'body', rule: 'line-break' });
  }
  return { ...state, paragraphs };
};

/**
 * The span of `piece` (found at `offset`) without its surrounding whitespace, or null when blank.
 *
 * @example
 * trimmedSpan('  Oui. ', 10); // { start: 12, end: 16 }
 */
export function trimmedSpan(piece: string, offset: number): { start: number; end: number } | null {
  let start = 0;
  let end = piece.length;
  while (start < end && isSpace(piece.charCodeAt(start))) start++;
  while (end > start && isSpace(piece.charCodeAt(end - 1))) end--;
  return start < end ? { start: offset + start, end: offset + end } : null;
}

/**
 * True for a whitespace code unit, no-break and thin spaces included.
 *
 * @example
 * isSpace(0x202f); // true
 */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c ||
    code === 0xa0 || code === 0x202f || code === 0x2007 || code === 0xfeff || code === 0x2009 || code === 0x200a ||
    code === 0x3000 || code === 0x1680 || (code >= 0x2000 && code <= 0x2006) || code === 0x2028 || code === 0x2029;
}

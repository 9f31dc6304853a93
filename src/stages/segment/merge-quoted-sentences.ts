/**
 * Keeps a quotation whole when it ends with an incise: in « Nous sommes
 * prêts. Nous irons jusqu’au bout », a-t-il dit. the break after "prêts."
 * would leave the first sentence of the quote without its speaker; so would
 * the break after "by." in "We will not stand by. We will act," Smith said.
 * Quotes longer than QUOTE_CHARS keep their breaks (block quotes, or a stray
 * unmatched quote mark).
 */
import type { SegmentPass } from './segment-state.ts';
import { mergeAdjacent } from './merge-adjacent.ts';

const QUOTE_CHARS = 600;
/** After the closing mark: a comma or a lower-case word ("», a-t-il dit", "\" he said"). */
const INCISE = /^[\s\u00A0\u202F]*(?:,|\p{Ll})/u;
/** Before the closing mark: the English comma of an incise ("We will act," Smith said). */
const INNER_COMMA = /,[\s\u00A0\u202F]*$/u;

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Merges sentences split inside a quote that closes on an incise in the same paragraph.
 *
 * @example
 * // "« Nous sommes prêts." | "Nous irons », a-t-il dit." → one sentence
 */
export const mergeQuotedSentences: SegmentPass = (state) => {
  const ranges = state.paragraphs.flatMap((p) => (p.role === 'boilerplate' ? [] : quotedRanges(state.text, p.start, p.end)));
  if (ranges.length === 0) return state;
  let r = 0;
  const sentences = mergeAdjacent(state.sentences, (previous) => {
    while (r < ranges.length && (ranges[r]?.end ?? 0) < previous.end) r++;
    const range = ranges[r];
    return range && range.start < previous.end && previous.end <= range.end ? 'inside-quote' : null;
  });
  return { ...state, sentences };
};

/**
 * Spans from an opening quote mark to its closing mark, for the quotes of
 * `[start, end)` that end on an incise; sorted, nested ones folded into the outer.
 *
 * @example
 * quotedRanges('« Oui. Non », dit-il.', 0, 21); // [{ start: 0, end: 11 }]
 */
export function quotedRanges(text: string, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  const open: number[] = [];
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c) open.push(i); // « “
    else if ((c === 0xbb || c === 0x201d) && open.length > 0) close(open.pop() ?? i, i); // » ”
    else if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        close(straight, i);
        straight = -1;
      }
    }
  }
  return foldNested(ranges);

  function close(from: number, to: number): void {
    if (to - from > QUOTE_CHARS) return;
    const incise = INCISE.test(text.slice(to + 1, Math.min(end, to + 12))) || INNER_COMMA.test(text.slice(Math.max(from, to - 4), to));
    if (incise) ranges.push({ start: from, end: to });
  }
}

function foldNested(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const folded: Range[] = [];
  for (const range of sorted) {
    const last = folded[folded.length - 1];
    if (last && range.start <= last.end) folded[folded.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else folded.push(range);
  }
  return folded;
}

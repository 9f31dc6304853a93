/**
 * Finds direct quotes: words between quotation marks (« », “ ”, „ “, ‘ ’, " "),
 * outermost pairs only (nested quotes stay inside), within the paragraphs that
 * hold sentences, whatever the sentence boundaries. A quote left open at the
 * end of a paragraph continues when the next paragraph reopens it with the
 * same mark (French and English convention for long quotes).
 */
import type { Paragraph } from '../../core/layers.ts';
import { wholeWords, type QuoteContext, type QuoteDraft } from './context.ts';

const CLOSER: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“', '‘': '’', '"': '"' };

/** Every opening or closing mark, found once per text. */
const MARK = /[«»“”„‘’"]/gu;

/** Index of the first position in `sorted` at or after `from` (binary search). */
function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Quoted stretches shorter than this are labels or scare quotes (« développements dangereux »). */
export const MIN_QUOTE_WORDS = 4;

interface Open {
  readonly mark: string;
  readonly at: number;
}

/**
 * Direct quotes from quotation marks.
 *
 * @example
 * findQuotedWords(context, []); // [{ kind: 'direct', text of « Nous resterons unis face à Moscou » … }]
 */
export function findQuotedWords(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const found: QuoteDraft[] = [];
  const { text } = context;
  let stack: Open[] = [];
  const marks = [...text.matchAll(MARK)].map((match) => match.index ?? 0);
  context.paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    const top = stack[0];
    if (top) {
      const reopened = reopening(text, paragraph, top.mark);
      if (reopened === null) {
        emit(found, text, top.at, endOfText(text, context.paragraphs[index - 1]), false);
        stack = [];
      } else from = reopened;
    }
    // Jump from mark to mark: the words between them need no look.
    for (let at = firstAtOrAfter(marks, from); at < marks.length && (marks[at] ?? Infinity) < paragraph.end; at++) {
      const i = marks[at] ?? 0;
      const char = text[i] ?? '';
      const last = stack[stack.length - 1];
      if (last && char === CLOSER[last.mark] && closes(text, i, last.mark)) {
        stack.pop();
        if (stack.length === 0) emit(found, text, last.at, i, true);
      } else if (CLOSER[char] !== undefined && opens(text, i, char)) {
        stack.push({ mark: char, at: i });
      }
    }
    // A straight or single quote left open is more often an inch mark, an elision (‘Tis) or a typo than a long quote,
    // unless it opened the paragraph (or followed a colon) and the next paragraph reopens it ("…\n\n"…," he said).
    const open = stack[0];
    const next = context.paragraphs[index + 1];
    const runsOn = open !== undefined && stack.length === 1 && next !== undefined && opensSpeech(text, paragraph, open.at)
      && reopening(text, next, open.mark) !== null;
    if (open?.mark === '‘' || open?.mark === '"' && !runsOn) stack = [];
  });
  const opened = stack[0];
  const lastParagraph = context.paragraphs[context.paragraphs.length - 1];
  if (opened && lastParagraph) emit(found, text, opened.at, endOfText(text, lastParagraph), false);
  return [...drafts, ...found];
}

/** Where scanning resumes when a paragraph reopens the running quote (« at its start), else null. */
function reopening(text: string, paragraph: Paragraph, mark: string): number | null {
  const head = /^\s*/u.exec(text.slice(paragraph.start, paragraph.end))?.[0].length ?? 0;
  return text[paragraph.start + head] === mark ? paragraph.start + head + 1 : null;
}

/** A mark at the start of its paragraph or right after a colon opens a stretch of speech. */
function opensSpeech(text: string, paragraph: Paragraph, at: number): boolean {
  return /^\s*$|:\s*$/u.test(text.slice(paragraph.start, at));
}

function endOfText(text: string, paragraph: Paragraph | undefined): number {
  if (!paragraph) return text.length;
  let end = paragraph.end;
  while (end > paragraph.start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}

/** ‘ opens only after a non-letter (so l’OTAN is no quote); " closes a " and opens otherwise. */
function opens(text: string, at: number, mark: string): boolean {
  if (mark === '‘' || mark === '"') return !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ');
  return true;
}

/** ’ closes only before a non-letter (so "Russia’s" inside ‘…’ does not close it). */
function closes(text: string, at: number, mark: string): boolean {
  if (mark === '‘') return !/[\p{L}\p{N}]/u.test(text[at + 1] ?? ' ');
  return true;
}

function emit(found: QuoteDraft[], text: string, open: number, close: number, closed: boolean): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1] ?? '')) end--;
  if (wholeWords(text.slice(start, end)).length < MIN_QUOTE_WORDS) return;
  found.push({
    start,
    end,
    kind: 'direct',
    cue: null,
    speakerSpan: null,
    marks: { start: open, end: closed ? close + 1 : close },
    rule: closed ? 'quote-marks' : 'quote-marks-open',
  });
}

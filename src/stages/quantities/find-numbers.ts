/**
 * Finds numbers written in digits ("10 000", "1,2 milliard", "$2bn") and in
 * words ("trois cents milliards", "quatre-vingt-dix-neuf", "two dozen").
 */
import { MemoBy } from '../../core/memo-by.ts';
import type { Candidate, Context } from './candidate.ts';
import { keyOf, type Grammar, type NumberWord } from './compile-grammar.ts';

/**
 * Every number of the sentence, in text order, not yet bounded nor counted.
 *
 * @example
 * findNumbers([], context).map((c) => c.value); // "1,2 milliard d’euros" → [1200000000]
 */
export function findNumbers(_candidates: readonly Candidate[], context: Context): Candidate[] {
  const { folded, sentence, grammar } = context;
  const slice = folded.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  for (const match of slice.matchAll(grammar.digits)) {
    const start = sentence.start + (match.index ?? 0);
    let end = start + match[0].length;
    let value = parseDigits(match[0], grammar);
    let scale = 1;
    grammar.scaleAfter.lastIndex = end;
    const after = grammar.scaleAfter.exec(folded);
    // "425 millions", "$2bn": the scale word belongs to the number
    if (after && after.index === end && end + after[0].length <= sentence.end) {
      const word = readingOf(grammar, after[0].replace(/^[\s\u00A0\u202F\-\u2010\u2011]+/u, ''), ['scale', 'hundred']);
      if (word && (word.alone || !/^\s/.test(after[0]))) {
        value *= word.value;
        end += after[0].length;
        scale = word.value;
      }
    }
    found.push(candidate(start, end, value, 'digits', scale, false));
  }
  for (const match of slice.matchAll(grammar.spelled)) {
    const at = sentence.start + (match.index ?? 0);
    for (const piece of spelledPieces(match[0], grammar)) {
      const start = at + piece.offset;
      if (found.some((c) => c.start <= start && start < c.end)) continue;
      if (piece.parsed) found.push(candidate(start, start + piece.length, piece.parsed.value, 'spelled', piece.parsed.scale, true));
      // "une personne", "a civilian": kept only beside another count (keep-counted-articles.ts)
      else if (piece.articleOne) found.push(candidate(start, start + piece.length, 1, 'article-one', 1, true));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A piece of a run of number words, read. */
interface SpelledPiece {
  readonly offset: number;
  readonly length: number;
  readonly parsed: { readonly value: number; readonly scale: number } | null;
  /** No number by itself, but the article "un", "a": a count of one beside another count. */
  readonly articleOne: boolean;
}

/** Runs read so far, by grammar: the same few runs ("un", "une", "a", "deux") come back in every text. */
const readRuns = new MemoBy<Grammar, readonly SpelledPiece[]>(20_000);

/** The pieces of a run of number words as read; the reading depends on the run and the grammar only, so it is kept. */
function spelledPieces(run: string, grammar: Grammar): readonly SpelledPiece[] {
  return readRuns.get(grammar, run, () => {
    // "deux et trois millions" is two numbers: a run that does not parse whole is read piece by piece
    const parts = parseSpelled(run, grammar) ? [{ text: run, offset: 0 }] : splitRun(run);
    return parts.map((part) => {
      const parsed = parseSpelled(part.text, grammar);
      return { offset: part.offset, length: part.text.length, parsed, articleOne: !parsed && readingOf(grammar, part.text, ['unit'])?.value === 1 };
    });
  });
}

/** The parts of a run between its spaced joiners ("deux et trois" → "deux", "trois"). */
function splitRun(run: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const gap of run.matchAll(/[ ]+\p{L}+[ ]+/gu)) {
    pieces.push({ text: run.slice(offset, gap.index), offset });
    offset = (gap.index ?? 0) + gap[0].length;
  }
  pieces.push({ text: run.slice(offset), offset });
  return pieces;
}

function candidate(start: number, end: number, value: number, rule: string, scale: number, spelled: boolean): Candidate {
  return { start, end, number: { start, end }, value, approx: 'exact', unit: null, unitKind: null, scale, spelled, rule, drop: null };
}

/**
 * The value of digits written the language's way.
 *
 * @example
 * parseDigits('10 000', french); // 10000 — and "2,3" → 2.3 in French, "11,000" → 11000 in English
 */
export function parseDigits(text: string, grammar: Grammar): number {
  // the decimal mark is never a group separator in the same language ("1.170" is French thousands)
  const decimalAt = text.lastIndexOf(grammar.decimal);
  const integer = decimalAt >= 0 ? text.slice(0, decimalAt) : text;
  const fraction = decimalAt >= 0 ? text.slice(decimalAt + 1) : '';
  return Number(`${integer.replace(/[^\p{N}]/gu, '')}${fraction ? `.${fraction}` : ''}`);
}

function readingOf(grammar: Grammar, form: string, kinds: readonly NumberWord['kind'][]): NumberWord | undefined {
  return grammar.words.get(keyOf(form))?.find((word) => kinds.includes(word.kind));
}

/**
 * The value of a run of number words and the scale that closed it, or null
 * when the run is not a number by itself (an article "une", or words that only
 * scale: "millions").
 *
 * @example
 * parseSpelled('trois cents milliards', french); // { value: 300000000000, scale: 1000000000 }
 */
export function parseSpelled(run: string, grammar: Grammar): { value: number; scale: number } | null {
  const parts = [...run.matchAll(grammar.word)].map((m) => keyOf(m[0]));
  let total = 0;
  let current = 0;
  let counted = false;
  let scale = 1;
  let alone = false;
  let last: NumberWord | null = null;
  for (const part of parts) {
    const word = readingOf(grammar, part, ['unit', 'hundred', 'scale', 'dozen']);
    if (!word) return null;
    alone ||= word.alone;
    if (word.kind === 'unit') {
      // a unit after a unit only completes a ten: "dix-sept", "vingt-trois", "soixante-dix-neuf", not "deux trois"
      const ten = current % 100;
      if (last?.kind === 'unit' && !(ten >= 10 && ten % 10 === 0 && word.value < (ten === 60 || ten === 80 ? 20 : 10))) return null;
      current += word.value;
      counted = true;
    } else if (word.kind === 'hundred' || word.kind === 'dozen') {
      current = (current || 1) * word.value;
      counted = true;
    } else {
      // "millions" alone is an indefinite plural, read by find-approx-nouns
      if (!counted) return null;
      total += (current || 1) * word.value;
      current = 0;
      scale = word.value;
    }
    last = word;
  }
  if (!counted || !alone) return null;
  // "un million deux cent mille": the last group has no scale of its own
  return { value: total + current, scale: current === 0 ? scale : 1 };
}

/**
 * Finds numbers written in digits ("10 000", "1,2 milliard", "$2bn") and in
 * words ("trois cents milliards", "quatre-vingt-dix-neuf", "two dozen").
 */
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
      const word = readingOf(grammar, after[0].trim(), ['scale', 'hundred']);
      if (word && (word.alone || !/^\s/.test(after[0]))) {
        value *= word.value;
        end += after[0].length;
        scale = word.value;
      }
    }
    found.push(candidate(start, end, value, 'digits', scale, false));
  }
  for (const match of slice.matchAll(grammar.spelled)) {
    const start = sentence.start + (match.index ?? 0);
    const parsed = parseSpelled(match[0], grammar);
    if (!parsed) continue;
    if (found.some((c) => c.start <= start && start < c.end)) continue;
    found.push(candidate(start, start + match[0].length, parsed.value, 'spelled', parsed.scaled ? 2 : 1, true));
  }
  return found.sort((a, b) => a.start - b.start);
}

function candidate(start: number, end: number, value: number, rule: string, scale: number, spelled: boolean): Candidate {
  return { start, end, number: { start, end }, value, approx: 'exact', unit: null, unitKind: null, scale, spelled, rule, drop: null };
}

/** "10 000" → 10000, "2,3" → 2.3 (French), "11,000" → 11000 (English). */
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
 * The value of a run of number words, or null when the run is not a number by
 * itself (an article "une", or words that only scale: "millions").
 */
export function parseSpelled(run: string, grammar: Grammar): { value: number; scaled: boolean } | null {
  const parts = [...run.matchAll(grammar.word)].map((m) => keyOf(m[0]));
  let total = 0;
  let current = 0;
  let counted = false;
  let scaled = false;
  let alone = false;
  for (const part of parts) {
    const word = readingOf(grammar, part, ['unit', 'hundred', 'scale', 'dozen']);
    if (!word) return null;
    alone ||= word.alone;
    if (word.kind === 'unit') {
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
      scaled = true;
    }
  }
  if (!counted || !alone) return null;
  return { value: total + current, scaled };
}

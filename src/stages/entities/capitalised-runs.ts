/**
 * Groups the words of a sentence into runs of capitalised words, joined by
 * single spaces and by name particles ("Ursula von der Leyen", "Gulf of Aden").
 */
import type { Shapes } from './compile-shapes.ts';
import type { Word } from './scan-words.ts';

/** A run of words `[from, to)` (indices into the sentence's words). */
export interface Run {
  readonly from: number;
  readonly to: number;
}

/**
 * The capitalised runs of a sentence's words.
 *
 * @example
 * capitalisedRuns(words, text, shapes); // "la mer Baltique et Ursula von der Leyen" → [Baltique], [Ursula … Leyen]
 */
export function capitalisedRuns(words: readonly Word[], text: string, shapes: Shapes): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.capitalised) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    for (;;) {
      const next = words[to];
      if (next && next.capitalised && joined(text, words[to - 1]!, next)) {
        to++;
        continue;
      }
      const span = particleSpan(words, to, text, shapes);
      if (span > 0) {
        to += span;
        continue;
      }
      break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}

/** Words separated only by one space (or nothing after an elision "d'Aden"). */
function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === '' ? /['’]$/u.test(left.text) : /^[ \u00A0\u202F]$/u.test(gap);
}

/** How many particle words at `at` lead to a capitalised word (0 when none): "von der", "de la", "d'". */
function particleSpan(words: readonly Word[], at: number, text: string, shapes: Shapes): number {
  let length = 0;
  while (length < 3) {
    const word = words[at + length];
    if (!word || word.capitalised) break;
    const key = word.key;
    const pair = words[at + length + 1] ? `${key} ${words[at + length + 1]!.key}` : '';
    if (shapes.particles.has(pair)) length += 2;
    else if (shapes.particles.has(key)) length += 1;
    else break;
  }
  const after = words[at + length];
  if (length === 0 || !after || !after.capitalised) return 0;
  const chain = words.slice(at - 1, at + length + 1);
  return chain.every((word, k) => k === 0 || joined(text, chain[k - 1]!, word)) ? length : 0;
}

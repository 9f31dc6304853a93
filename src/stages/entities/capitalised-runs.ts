/**
 * Groups the words of a sentence into runs of capitalised words, joined by
 * single spaces and by name particles ("Ursula von der Leyen", "Gulf of Aden").
 */
import { wordKey, type Shapes } from './compile-shapes.ts';
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

/** How many particle words at `at` lead to a capitalised word (0 when none). */
function particleSpan(words: readonly Word[], at: number, text: string, shapes: Shapes): number {
  for (const length of [2, 1]) {
    const parts = words.slice(at, at + length);
    const after = words[at + length];
    if (parts.length !== length || !after || !after.capitalised) continue;
    if (parts.some((word) => word.capitalised)) continue;
    const key = parts.map((word) => wordKey(word.text)).join(' ').replace("' ", "'");
    if (!shapes.particles.has(key)) continue;
    const chain = [words[at - 1]!, ...parts, after];
    if (chain.every((word, k) => k === 0 || joined(text, chain[k - 1]!, word))) return length;
  }
  return 0;
}

/**
 * Conjugates one lemma: applies its class's endings to its stem, then puts
 * the lemma's own irregular cells (full forms) in place of the class's.
 */
import type { VerbReading } from '../morphology.ts';
import { cellKey, type Cell, type VerbClass } from './read-classes.ts';
import { cellSlots } from './slot-readings.ts';

/** One inflected form with what it carries. */
export interface Inflection {
  readonly form: string;
  readonly reading: VerbReading;
}

/**
 * Every form of a lemma with its reading. `verbClass` may be undefined for a
 * verb given whole by its irregular cells (être, be).
 *
 * @example
 * inflectLemma('livrer', aimer, []).find((f) => f.form === 'livrera')?.reading.tense; // 'future'
 */
export function inflectLemma(lemma: string, verbClass: VerbClass | undefined, irregular: readonly Cell[]): Inflection[] {
  const cells = new Map<string, { cell: Cell; stem: string; run: string }>();
  if (verbClass) {
    const match = verbClass.pattern.exec(lemma);
    if (!match) {
      throw new Error(`veille: lemma "${lemma}" does not end like its class "${verbClass.name}" (-${verbClass.infinitive}); fix its class in the verb data`);
    }
    for (const [key, cell] of verbClass.cells) cells.set(key, { cell, stem: match[1] ?? '', run: match[2] ?? '' });
  }
  for (const cell of irregular) cells.set(cellKey(cell.mood, cell.tense), { cell, stem: '', run: '' });
  const out: Inflection[] = [];
  for (const { cell, stem, run } of cells.values()) {
    const slots = cellSlots(cell.mood, cell.slots.length);
    cell.slots.forEach((spellings, index) => {
      const slot = slots[index];
      if (!slot) return;
      for (const ending of spellings) {
        const form = stem + ending.replaceAll('*', run);
        const reading: VerbReading = Object.freeze({ lemma, mood: cell.mood, tense: cell.tense, ...slot });
        out.push({ form, reading });
      }
    });
  }
  return out;
}

/**
 * Conjugates one lemma: applies its class's endings to its stem, then puts
 * the lemma's own irregular cells (full forms) in place of the class's.
 */
import type { VerbReading } from '../morphology.ts';
import { cellKey, cellTemplates, type Cell, type Template, type VerbClass } from './read-classes.ts';

/** Receives each inflected form with what it carries. */
export type EmitForm = (form: string, reading: VerbReading) => void;

/**
 * Emits every form of a lemma with its reading. `verbClass` may be undefined
 * for a verb given whole by its irregular cells (être, be).
 *
 * @example
 * inflectLemma('livrer', aimer, [], (form, reading) => { if (form === 'livrera') console.log(reading.tense); }); // future
 */
export function inflectLemma(lemma: string, verbClass: VerbClass | undefined, irregular: readonly Cell[], emit: EmitForm): void {
  const own = new Set(irregular.map((cell) => cellKey(cell.mood, cell.tense)));
  if (verbClass) {
    const match = verbClass.pattern.exec(lemma);
    if (!match) {
      throw new Error(`veille: lemma "${lemma}" does not end like its class "${verbClass.name}" (-${verbClass.infinitive}); fix its class in the verb data`);
    }
    const stem = match[1] ?? '';
    const run = match[2] ?? '';
    for (const template of verbClass.templates) {
      if (own.size > 0 && own.has(template.key)) continue;
      const form = stem + (template.star ? template.ending.replaceAll('*', run) : template.ending);
      emit(form, readingOf(lemma, template));
    }
  }
  if (irregular.length === 0) return;
  const cells = new Map(irregular.map((cell) => [cellKey(cell.mood, cell.tense), cell]));
  for (const template of cellTemplates(cells)) emit(template.ending, readingOf(lemma, template));
}

/** A reading with one shape for every form (so the engine keeps one hidden class). */
function readingOf(lemma: string, template: Template): VerbReading {
  return template.gender === undefined
    ? { lemma, mood: template.mood, tense: template.tense, person: template.person, number: template.number }
    : { lemma, mood: template.mood, tense: template.tense, person: template.person, number: template.number, gender: template.gender };
}

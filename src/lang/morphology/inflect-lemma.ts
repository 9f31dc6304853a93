/**
 * Conjugates one lemma: applies its class's endings to its stem, then puts
 * the lemma's own irregular cells (full forms) in place of the class's.
 */
import type { VerbReading } from '../morphology.ts';
import { cellKey, cellTemplates, type Cell, type Template, type VerbClass } from './read-classes.ts';

/** How a lemma inflects: its class (if any) and the cells it has of its own. */
export interface LemmaPlan {
  readonly lemma: string;
  readonly verbClass: VerbClass | undefined;
  /** Templates of the lemma's own cells; their endings are whole forms. */
  readonly own: readonly Template[];
  /** Keys of the class cells the lemma's own cells replace. */
  readonly replaced: ReadonlySet<string>;
}

/** Receives each inflected form with the template that made it. */
export type EmitForm = (form: string, template: Template) => void;

/**
 * The plan of a lemma; throws when the lemma does not end like its class.
 *
 * @example
 * planLemma('livrer', aimer, []).own.length; // 0
 */
export function planLemma(lemma: string, verbClass: VerbClass | undefined, irregular: readonly Cell[]): LemmaPlan {
  if (verbClass && !verbClass.pattern.test(lemma)) {
    throw new Error(`veille: lemma "${lemma}" does not end like its class "${verbClass.name}" (-${verbClass.infinitive}); fix its class in the verb data`);
  }
  const cells = new Map(irregular.map((cell) => [cellKey(cell.mood, cell.tense), cell]));
  return { lemma, verbClass, own: cellTemplates(cells), replaced: new Set(cells.keys()) };
}

/**
 * Emits every form of a lemma with the template that made it.
 *
 * @example
 * inflectLemma(planLemma('livrer', aimer, []), (form, t) => { if (form === 'livrera') console.log(t.tense); }); // future
 */
export function inflectLemma(plan: LemmaPlan, emit: EmitForm): void {
  const { lemma, verbClass, own, replaced } = plan;
  if (verbClass) {
    const match = verbClass.pattern.exec(lemma);
    const stem = match?.[1] ?? '';
    const run = match?.[2] ?? '';
    for (const template of verbClass.templates) {
      if (replaced.size > 0 && replaced.has(template.key)) continue;
      emit(stem + (template.star ? template.ending.replaceAll('*', run) : template.ending), template);
    }
  }
  for (const template of own) emit(template.ending, template);
}

/**
 * The reading a template gives a lemma, with one object shape for every form.
 *
 * @example
 * readingOf('livrer', template).mood; // 'indicative'
 */
export function readingOf(lemma: string, template: Template): VerbReading {
  return template.gender === undefined
    ? { lemma, mood: template.mood, tense: template.tense, person: template.person, number: template.number }
    : { lemma, mood: template.mood, tense: template.tense, person: template.person, number: template.number, gender: template.gender };
}

/**
 * Builds, once per language, the map from every verb form to its readings and
 * from every lemma to its forms, out of `verb-endings.tsv` (classes),
 * `verb-irregular.tsv` (lemmas with cells of their own) and `verb-lemmas.tsv`.
 */
import type { Language } from '../load.ts';
import type { VerbReading } from '../morphology.ts';
import { inflectLemma } from './inflect-lemma.ts';
import { parseCell, readClasses, type Cell } from './read-classes.ts';
import { parseMood, parseTense } from './slot-readings.ts';

/** The compiled verb knowledge of one language. */
export interface VerbLexicon {
  readonly readings: ReadonlyMap<string, readonly VerbReading[]>;
  readonly forms: ReadonlyMap<string, readonly string[]>;
}

/** The class column's value for a verb given whole by its own cells. */
const NO_CLASS = '-';

/**
 * The verb lexicon of a language, built on first use and kept by `lang.memo`.
 *
 * @example
 * verbLexicon(fr).readings.get('livrera')?.[0]?.lemma; // 'livrer'
 */
export function verbLexicon(lang: Language): VerbLexicon {
  return lang.memo('morphology/verb-lexicon', () => buildVerbLexicon(lang));
}

/**
 * Builds the verb lexicon afresh (callers want {@link verbLexicon}, which keeps it).
 *
 * @example
 * buildVerbLexicon(fr).forms.get('livrer')?.includes('livrée'); // true
 */
export function buildVerbLexicon(lang: Language): VerbLexicon {
  const classes = readClasses(lang.table('verb-endings'));
  const lemmaClass = new Map<string, string>();
  for (const row of lang.table('verb-lemmas')) lemmaClass.set(row['lemma'] ?? '', row['class'] ?? '');
  const irregular = new Map<string, Cell[]>();
  for (const row of lang.table('verb-irregular')) {
    const lemma = row['lemma'] ?? '';
    if (row['class']) lemmaClass.set(lemma, row['class']);
    const cells = irregular.get(lemma) ?? [];
    irregular.set(lemma, cells);
    if (row['mood']) cells.push(parseCell(parseMood(row['mood']), parseTense(row['tense'] ?? ''), row['forms'] ?? ''));
  }
  const readings = new Map<string, VerbReading[]>();
  const forms = new Map<string, readonly string[]>();
  for (const [lemma, className] of lemmaClass) {
    if (lemma === '') continue;
    const verbClass = className === NO_CLASS || className === '' ? undefined : classes.get(className);
    if (className !== NO_CLASS && className !== '' && !verbClass) {
      throw new Error(`veille: lemma "${lemma}" names verb class "${className}", which verb-endings.tsv (${lang.code}) does not define`);
    }
    const own = new Set<string>([lemma]);
    inflectLemma(lemma, verbClass, irregular.get(lemma) ?? [], (form, reading) => {
      if (form === '') return;
      own.add(form);
      const list = readings.get(form);
      if (!list) readings.set(form, [reading]);
      else if (!list.some((known) => sameReading(known, reading))) list.push(reading);
    });
    forms.set(lemma, Object.freeze([...own]));
  }
  return { readings, forms };
}

function sameReading(a: VerbReading, b: VerbReading): boolean {
  return a.lemma === b.lemma && a.mood === b.mood && a.tense === b.tense && a.person === b.person
    && a.number === b.number && (a.gender ?? null) === (b.gender ?? null);
}

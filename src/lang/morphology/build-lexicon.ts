/**
 * Builds, once per language, the map from every verb form to its readings,
 * out of `verb-endings.tsv` (classes), `verb-irregular.tsv` (lemmas with
 * cells of their own) and `verb-lemmas.tsv`, less `verb-exclusions.tsv`. The map holds small integer
 * codes (lemma × template) rather than objects, so a hundred thousand forms
 * build fast; readings are made, and kept, when a form is first looked up.
 */
import type { Language } from '../load.ts';
import type { VerbReading } from '../morphology.ts';
import { guessClass } from './guess-class.ts';
import { inflectLemma, planLemma, readingOf, type LemmaPlan } from './inflect-lemma.ts';
import { parseCell, readClasses, type Cell, type Template, type VerbClass } from './read-classes.ts';
import { parseMood, parseTense } from './slot-readings.ts';

/** The compiled verb knowledge of one language. */
export interface VerbLexicon {
  /** Every reading of a form (lower case, ' apostrophes), or undefined when it is no known form. */
  readonly readings: (form: string) => readonly VerbReading[] | undefined;
  /** Every form of a lemma, the lemma first, or undefined when the lemma is unknown. */
  readonly forms: (lemma: string) => readonly string[] | undefined;
  /** Every form of a lemma the lists lack, conjugated by the class `verb-guesses.tsv` gives it; undefined when none fits. */
  readonly guessedForms: (lemma: string) => readonly string[] | undefined;
  readonly lemmaCount: number;
  readonly formCount: number;
}

/** The class column's value for a verb given whole by its own cells. */
const NO_CLASS = '-';
/** Room for template numbers in a code: lemma × TEMPLATES + template. */
const TEMPLATES = 1 << 16;

/**
 * The verb lexicon of a language, built on first use and kept by `lang.memo`.
 *
 * @example
 * verbLexicon(fr).readings('livrera')?.[0]?.lemma; // 'livrer'
 */
export function verbLexicon(lang: Language): VerbLexicon {
  return lang.memo('morphology/verb-lexicon', () => buildVerbLexicon(lang));
}

/**
 * Builds the verb lexicon afresh (callers want {@link verbLexicon}, which keeps it).
 *
 * @example
 * buildVerbLexicon(fr).forms('livrer')?.includes('livrée'); // true
 */
export function buildVerbLexicon(lang: Language): VerbLexicon {
  const classes = readClasses(lang.table('verb-endings'));
  const plans = readPlans(lang, classes);
  const templates: Template[] = [];
  const templateIds = new Map<Template, number>();
  const codes = new Map<string, number | number[]>();
  plans.forEach((plan, lemmaId) => {
    inflectLemma(plan, (form, template) => {
      if (form === '') return;
      let templateId = templateIds.get(template);
      if (templateId === undefined) {
        templateId = templates.push(template) - 1;
        if (templateId >= TEMPLATES) throw new Error('veille: too many verb templates for the form map; raise TEMPLATES');
        templateIds.set(template, templateId);
      }
      const code = lemmaId * TEMPLATES + templateId;
      const known = codes.get(form);
      if (known === undefined) codes.set(form, code);
      else if (typeof known === 'number') codes.set(form, [known, code]);
      else known.push(code);
    });
  });
  // « entre Moscou et Pyongyang »: forms news uses as another word are never read as verbs
  for (const row of lang.table('verb-exclusions')) codes.delete(row['form'] ?? '');
  const byLemma = new Map(plans.map((plan) => [plan.lemma, plan]));
  const readingCache = new Map<string, readonly VerbReading[]>();
  const formCache = new Map<string, readonly string[]>();
  return {
    lemmaCount: plans.length,
    formCount: codes.size,
    readings(form) {
      const cached = readingCache.get(form);
      if (cached) return cached;
      const found = codes.get(form);
      if (found === undefined) return undefined;
      const list: VerbReading[] = [];
      for (const code of typeof found === 'number' ? [found] : found) {
        const plan = plans[Math.floor(code / TEMPLATES)];
        const template = templates[code % TEMPLATES];
        if (!plan || !template) continue;
        const reading = readingOf(plan.lemma, template);
        if (!list.some((known) => sameReading(known, reading))) list.push(reading);
      }
      const frozen = Object.freeze(list);
      readingCache.set(form, frozen);
      return frozen;
    },
    forms(lemma) {
      const cached = formCache.get(lemma);
      if (cached) return cached;
      const plan = byLemma.get(lemma);
      if (!plan) return undefined;
      const frozen = formsOf(plan);
      formCache.set(lemma, frozen);
      return frozen;
    },
    guessedForms(lemma) {
      const verbClass = classes.get(guessClass(lang, lemma) ?? '');
      if (!verbClass || !verbClass.pattern.test(lemma)) return undefined;
      return formsOf(planLemma(lemma, verbClass, []));
    },
  };
}

/** The forms of a plan, the lemma first, each once. */
function formsOf(plan: LemmaPlan): readonly string[] {
  const own = new Set<string>([plan.lemma]);
  inflectLemma(plan, (form) => { if (form !== '') own.add(form); });
  return Object.freeze([...own]);
}

/** One plan per lemma of verb-lemmas.tsv and verb-irregular.tsv (the irregular file wins). */
function readPlans(lang: Language, classes: ReadonlyMap<string, VerbClass>): LemmaPlan[] {
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
  const plans: LemmaPlan[] = [];
  for (const [lemma, className] of lemmaClass) {
    if (lemma === '') continue;
    const verbClass = className === NO_CLASS || className === '' ? undefined : classes.get(className);
    if (className !== NO_CLASS && className !== '' && !verbClass) {
      throw new Error(`veille: lemma "${lemma}" names verb class "${className}", which verb-endings.tsv (${lang.code}) does not define`);
    }
    plans.push(planLemma(lemma, verbClass, irregular.get(lemma) ?? []));
  }
  return plans;
}

function sameReading(a: VerbReading, b: VerbReading): boolean {
  return a.lemma === b.lemma && a.mood === b.mood && a.tense === b.tense && a.person === b.person
    && a.number === b.number && (a.gender ?? null) === (b.gender ?? null);
}

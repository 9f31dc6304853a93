/**
 * Verb morphology: which lemma, mood and tense an inflected word form carries
 * ("fournirait" → fournir, conditional present), and every form of a lemma
 * (to build trigger matchers from lemma lists). Knowledge comes from
 * `lang/<xx>/` data files (`verb-endings.tsv`, `verb-irregular.tsv`,
 * `verb-lemmas.tsv`); this module only applies it.
 *
 * Tenses: French `simple-past` is the passé simple; English preterites
 * ("said") are `past`, like past participles; -ing forms and French -ant
 * forms are `participle` `present`. The English base form reads both as
 * `infinitive` and as `indicative` `present` (person null). English modals:
 * would, could, might, should read as `conditional`; will and shall as
 * `future`. Forms of `verb-exclusions.tsv` (« entre », "like") have no
 * reading.
 * Compound tenses (« a été livré », "would have sent") are left to callers:
 * the auxiliaries have readings like any verb.
 */
import { MemoBy } from '../core/memo-by.ts';
import { foldTypography } from '../core/words.ts';
import type { Language } from './load.ts';
import { verbLexicon } from './morphology/build-lexicon.ts';
import { lookupKeys } from './morphology/lookup-keys.ts';
import { splitReflexive } from './morphology/reflexive-forms.ts';

export type Mood = 'indicative' | 'conditional' | 'subjunctive' | 'imperative' | 'infinitive' | 'participle' | 'gerund';
export type Tense = 'present' | 'imperfect' | 'simple-past' | 'future' | 'past' | null;

/** One reading of a word form as a verb. */
export interface VerbReading {
  readonly lemma: string;
  readonly mood: Mood;
  readonly tense: Tense;
  readonly person: 1 | 2 | 3 | null;
  readonly number: 'sg' | 'pl' | null;
  /** For participles: gender of the form (déployés → m). */
  readonly gender?: 'm' | 'f' | null;
}

/**
 * Every reading of a word as a verb form; empty when it is no known verb form.
 * Case, ’ vs ', an elided clitic (« n’a ») and an inverted subject
 * (« a-t-il ») do not matter; accents do (livré ≠ livre).
 *
 * @example
 * verbReadings(fr, 'fournirait'); // [{ lemma: 'fournir', mood: 'conditional', tense: 'present', person: 3, number: 'sg' }]
 */
export function verbReadings(lang: Language, word: string): readonly VerbReading[] {
  return wordsRead.get(lang, word, () => lookUp(lang, word));
}

/** No reading: one frozen list for every word that is no verb form. */
const NONE: readonly VerbReading[] = Object.freeze([]);
/**
 * Words already read, as written, per language: stages ask for the same token many times, most of them no verb.
 * A long-running process reads many texts: past 200,000 words the memory starts afresh.
 */
const wordsRead = new MemoBy<Language, readonly VerbReading[]>(200_000);

function lookUp(lang: Language, word: string): readonly VerbReading[] {
  const lexicon = verbLexicon(lang);
  for (const key of lookupKeys(word)) {
    const found = lexicon.readings(key);
    if (found) return found;
  }
  return NONE;
}

/**
 * Every inflected form of a lemma (lower-case), the lemma included. A lemma
 * the lists lack is conjugated by the class `verb-guesses.tsv` gives its
 * ending, or gives just itself when none fits (French -re, -oir). A
 * reflexive lemma ("se féliciter", "s'engager") gives each simple form with
 * its clitic ("s'engagent").
 *
 * @example
 * verbForms(fr, 'livrer').includes('livrera'); // true
 * verbForms(fr, "s'engager").includes("s'engageait"); // true
 */
export function verbForms(lang: Language, lemma: string): readonly string[] {
  const key = foldTypography(lemma).toLowerCase().trim();
  const lexicon = verbLexicon(lang);
  const reflexive = lexicon.forms(key) ? null : splitReflexive(lang, key);
  const verb = reflexive ? reflexive.verb : key;
  const forms = lexicon.forms(verb) ?? lexicon.guessedForms(verb);
  if (!forms) return [key];
  if (!reflexive) return forms;
  return [key, ...forms.filter((form) => form !== verb).map(reflexive.attach)];
}

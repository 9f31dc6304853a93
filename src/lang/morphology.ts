/**
 * Verb morphology: which lemma, mood and tense an inflected word form carries
 * ("fournirait" → fournir, conditional present), and every form of a lemma
 * (to build trigger matchers from lemma lists). Knowledge comes from
 * `lang/<xx>/` data files; this module only applies it.
 *
 * API placeholder: the morphology work replaces the bodies, keeping the signatures.
 */
import type { Language } from './load.ts';

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
 *
 * @example
 * verbReadings(fr, 'fournirait'); // [{ lemma: 'fournir', mood: 'conditional', tense: 'present', person: 3, number: 'sg' }]
 */
export function verbReadings(lang: Language, word: string): readonly VerbReading[] {
  void lang;
  void word;
  return [];
}

/**
 * Every inflected form of a lemma (lower-case), the lemma included.
 *
 * @example
 * verbForms(fr, 'livrer').includes('livrera'); // true
 */
export function verbForms(lang: Language, lemma: string): readonly string[] {
  void lang;
  return [lemma];
}

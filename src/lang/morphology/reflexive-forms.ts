/**
 * Forms of a reflexive lemma as verb lists write it ("se féliciter",
 * "s'engager"): the clitic comes off, the verb is conjugated, and the clitic
 * goes back on each form, elided before a vowel ("s'engagent", "se félicite").
 */
import type { Language } from '../load.ts';

/** A reflexive lemma split into its clitic row and its bare verb. */
export interface ReflexiveLemma {
  readonly verb: string;
  /** Puts the clitic back on a form of the bare verb. */
  readonly attach: (form: string) => string;
}

/**
 * Splits a reflexive lemma, or returns null when the lemma has no clitic of
 * `verb-reflexives.tsv`.
 *
 * @example
 * splitReflexive(fr, "s'engager")?.attach('engagent'); // "s'engagent"
 */
export function splitReflexive(lang: Language, lemma: string): ReflexiveLemma | null {
  for (const row of lang.table('verb-reflexives')) {
    const pronoun = row['pronoun'] ?? '';
    const elided = row['elided'] ?? '';
    const elidesBefore = row['elides_before'] ?? '';
    const attach = (form: string): string => (elidesBefore.includes(form.charAt(0)) ? `${elided}${form}` : `${pronoun} ${form}`);
    if (pronoun !== '' && lemma.startsWith(`${pronoun} `)) return { verb: lemma.slice(pronoun.length + 1), attach };
    if (elided !== '' && lemma.startsWith(elided)) return { verb: lemma.slice(elided.length), attach };
  }
  return null;
}

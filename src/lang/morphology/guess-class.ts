/**
 * Guesses the inflection class of a lemma the lemma lists lack, from the
 * endings of `verb-guesses.tsv` ("dronifier" → aimer), so verb lists may name
 * verbs the morphology data has not met yet.
 */
import type { Language } from '../load.ts';

/** Letters that are not vowels, for ? and * in an ending. */
const CONSONANT = '[^aeiouyàâäéèêëîïôöùûüœæ\\s]';

/**
 * The class the first matching row of `verb-guesses.tsv` gives, or undefined.
 *
 * @example
 * guessClass(fr, 'dronifier'); // 'aimer'
 */
export function guessClass(lang: Language, lemma: string): string | undefined {
  const rules = lang.memo('morphology/verb-guesses', () =>
    lang.table('verb-guesses').map((row) => ({ pattern: endingPattern(row['ending'] ?? ''), verbClass: row['class'] ?? '' })));
  return rules.find((rule) => rule.pattern.test(lemma))?.verbClass;
}

/** "é*er" → /é[consonants]+er$/u; "?y" → /[consonant]y$/u. */
function endingPattern(ending: string): RegExp {
  const body = [...ending]
    .map((char) => (char === '?' ? CONSONANT : char === '*' ? `${CONSONANT}+` : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`${body}$`, 'u');
}

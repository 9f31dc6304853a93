/**
 * How likely a person's mention is the subject of its clause, for pronoun
 * resolution: a mention opening its clause ("Selon des sources, le secrétaire
 * général Mark Rutte a exprimé…", "Rutte met Trump") is the subject; one right
 * after a preposition ("interrogé par Trump", "talks with Trump") is an
 * oblique complement; anything else (an object, an inverted subject) sits in
 * between. Lower ranks are more salient.
 */
import type { Language } from '../../lang/load.ts';
import { verbReadings } from '../../lang/morphology.ts';
import { compileShapes, wordKey } from './compile-shapes.ts';

/** The inverted subject of a speech verb: « … », a précisé le président → the speaker the next "il" is. */
export const SPEAKER = -1;
export const SUBJECT = 0;
export const OTHER = 1;
export const OBLIQUE = 2;

/** Punctuation that opens a new clause or phrase before a mention. */
const CLAUSE_BREAK = /[,;:()«»“”"—–]/u;
const WORDS = /[\p{L}\p{N}]+(?:['’](?=\p{L}))?|[\p{L}]['’]/gu;

interface Salience {
  readonly obliques: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /** Lemmas of speech verbs (`reporting-verbs.tsv`, shared with the quotes stage). */
  readonly speech: ReadonlySet<string>;
}

/**
 * The salience data of a language: prepositions (`entity-obliques.tsv`) and articles.
 *
 * @example
 * compileSalience(loadLanguage('en')).obliques.has('with'); // true
 */
export function compileSalience(lang: Language): Salience {
  return lang.memo('entities/salience', () => ({
    obliques: new Set(lang.table('entity-obliques').map((row) => wordKey(row.word ?? '')).filter(Boolean)),
    articles: compileShapes(lang).articles,
    speech: new Set(lang.table('reporting-verbs').map((row) => (row.lemma ?? '').toLowerCase()).filter(Boolean)),
  }));
}

/**
 * The rank of a mention starting at `start` in a sentence starting at `from`.
 *
 * @example
 * salienceRank(text, 0, 20, fr); // "Interrogé par Trump, …" with Trump at 14 → OBLIQUE
 */
export function salienceRank(text: string, from: number, start: number, lang: Language): number {
  const { obliques, articles } = compileSalience(lang);
  let clause = start;
  while (clause > from && !CLAUSE_BREAK.test(text[clause - 1]!)) clause--;
  const words = (text.slice(clause, start).match(WORDS) ?? []).map(wordKey).filter((word) => !articles.has(word));
  if (words.length === 0) return SUBJECT;
  if (clause > from && invertedSpeech(words, lang)) return SPEAKER;
  const last = words[words.length - 1]!;
  const pair = words.length >= 2 ? `${words[words.length - 2]} ${last}` : '';
  return obliques.has(last) || obliques.has(pair) ? OBLIQUE : OTHER;
}

/** ", a précisé le président", ", said the minister": the clause opens with a verb and holds a speech verb. */
function invertedSpeech(words: readonly string[], lang: Language): boolean {
  const { speech } = compileSalience(lang);
  const finite = (word: string) => verbReadings(lang, word).some((r) => r.mood === 'indicative' || r.mood === 'conditional');
  if (!words[0] || !finite(words[0])) return false;
  return words.slice(0, 4).some((word) => verbReadings(lang, word).some((r) => speech.has(r.lemma)));
}

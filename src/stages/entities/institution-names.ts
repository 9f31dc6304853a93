/**
 * French names of bodies keep only their head noun capitalised: "Assemblée
 * nationale", "Cour supérieure du Québec", "Fédération internationale de
 * ski", "Confédération générale du travail". After a capitalised head noun of
 * an organisation, the name runs on over lower-case adjectives
 * (`entity-name-adjectives.tsv`) and complements ("de ski", "du Québec").
 */
import type { Language } from '../../lang/load.ts';
import { verbReadings } from '../../lang/morphology.ts';
import type { Shapes } from './compile-shapes.ts';
import type { Word } from './scan-words.ts';

/** Complements with a lower-case noun ("de ski", "d'appel") a name may take: more is a sentence, not a name. */
const MAX_LOWER_COMPLEMENTS = 2;
const MAX_WORDS = 10;

/**
 * The end (exclusive word index) of a body's name whose capitalised head is word `from`
 * and whose capitalised words end at `to`, or `to` when nothing follows that belongs to it.
 *
 * @example
 * institutionEnd(lang, words, 0, 1, text, shapes); // "Cour suprême du Canada a tranché" → 4
 */
export function institutionEnd(lang: Language, words: readonly Word[], from: number, to: number, text: string, shapes: Shapes): number {
  if (nameAdjectiveEndings(lang).length === 0) return to;
  const isAdjective = (word: Word) => !word.capitalised && isNameAdjective(lang, word);
  let end = to;
  let lowerComplements = 0;
  while (end < words.length && end - from < MAX_WORDS) {
    const word = words[end]!;
    if (!joined(text, words[end - 1]!, word)) break;
    // right after the head a participle may belong to the name ("Forces armées"); after a complement it is the sentence's ("du Conseil … organisée")
    if (isAdjective(word) && (end === to || !isParticiple(lang, word))) {
      end++;
      continue;
    }
    const particle = particleLength(words, end, shapes);
    const after = words[end + particle];
    if (particle === 0 || !after || !joinedChain(text, words, end - 1, end + particle)) break;
    if (after.capitalised && !shapes.stopwords.has(after.key)) {
      // "du Québec", "de Hong Kong": the capitalised words of the complement
      let next = end + particle + 1;
      while (words[next]?.capitalised && joined(text, words[next - 1]!, words[next]!)) next++;
      // a named complement closes the name: "Cour d'appel de Reims"
      return next;
    }
    // "de ski", "d'appel", "des communes": a plain noun (no verb: "de tenter"), at most twice
    if (after.capitalised || lowerComplements >= MAX_LOWER_COMPLEMENTS || after.key.length < 3 || shapes.stopwords.has(after.key) || shapes.articles.has(after.key) || verbReadings(lang, after.text).length > 0) break;
    lowerComplements++;
    end = end + particle + 1;
  }
  return end;
}

/**
 * A lower-case word shaped like an adjective of a name (`entity-name-adjectives.tsv`) and no finite verb.
 *
 * @example
 * isNameAdjective(lang, word); // "nationale" → true, "constate" → false
 */
export function isNameAdjective(lang: Language, word: Word): boolean {
  return nameAdjectiveEndings(lang).some((ending) => word.key.endsWith(ending) && word.key.length > ending.length + 2) && !isFiniteVerb(lang, word);
}

function nameAdjectiveEndings(lang: Language): readonly string[] {
  return lang.memo('entities/name-adjective-endings', () => lang.table('entity-name-adjectives').map((row) => (row.ending ?? '').toLowerCase()).filter(Boolean));
}

/** "constate", "annonce": a finite verb ends a name (participles may be adjectives: "Nations unies"). */
function isFiniteVerb(lang: Language, word: Word): boolean {
  return verbReadings(lang, word.text).some((reading) => reading.mood !== 'participle' && reading.mood !== 'infinitive');
}

function isParticiple(lang: Language, word: Word): boolean {
  return verbReadings(lang, word.text).some((reading) => reading.mood === 'participle');
}

/** Words of a complement's particle at `at`: "de", "du", "des", "d'", "de la", "de l'" (0 when none). */
function particleLength(words: readonly Word[], at: number, shapes: Shapes): number {
  const word = words[at];
  if (!word || word.capitalised || !shapes.complements.has(word.key)) return 0;
  const next = words[at + 1];
  if (next && shapes.particles.has(`${word.key} ${next.key}`)) return 2;
  return shapes.particles.has(word.key) ? 1 : 0;
}

/** One space between words, or none after an elision ("d'appel"). */
function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === '' ? /['’]$/u.test(left.text) : /^[ \u00A0\u202F]$/u.test(gap);
}

function joinedChain(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!joined(text, words[k - 1]!, words[k]!)) return false;
  return true;
}

/**
 * A trigger takes another type from the word that governs it: an agreement
 * that is cancelled, suspended or ended is a SANCTION ("the cancellation of
 * air services agreements with Tehran", "a suspendu son partenariat avec
 * Moscou"), and so is aid that is halted ("suspended military aid to Kyiv",
 * « a cessé de livrer des armes »); force that is vowed is a THREATEN ("vowed to crush Hamas", "a juré
 * d'écraser les rebelles", "vowed retaliation"); an act threatened or refused
 * is the threat or the refusal, not the act ("threatened to strike Kyiv", « a
 * refusé de rencontrer Moscou »). The governing words are `ending`, `pledge`,
 * `vow`, `threat` and `refusal` in event-words.tsv.
 */
import type { PloverType } from '../../core/layers.ts';
import { verbReadings } from '../../lang/morphology.ts';
import type { Language } from '../../lang/load.ts';
import type { Candidate, EventContext } from './context.ts';
import { readWords, wordsIn, type Word } from './read-words.ts';

/** Words allowed between an ending word and the agreement ("of bilateral air services"). */
const ENDING_REACH = 5;
/** Words allowed between a vow and the act of force ("to", "de", "d'"). */
const VOW_REACH = 2;

/** Types whose own infinitive complement is their content, not a threatened or refused act ("refused to urge"). */
const GOVERNING: ReadonlySet<PloverType> = new Set(['THREATEN', 'REJECT', 'REQUEST']);

/** Types that name a tie between parties, which an ending word turns into a sanction. */
const TIES: ReadonlySet<PloverType> = new Set(['AGREE', 'COOPERATE']);

/**
 * Retypes agreement nouns after an ending word, and force after a vow.
 *
 * @example
 * retypeGoverned(candidates, context); // "vowed to crush Hamas": the ASSAULT on "crush" becomes a THREATEN
 */
export function retypeGoverned(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const words = readWords(context.lang);
  return candidates.map((candidate) => {
    if (TIES.has(candidate.type) && candidate.pattern.pos === 'noun'
      && governedBy(context, candidate, ENDING_REACH, (w) => isAny(context.lang, w, words.ending))) {
      return { ...candidate, type: 'SANCTION' };
    }
    // "suspended military aid to Kyiv", "stopped supplying arms", « a cessé de livrer »: aid that is halted is
    // reduced, a SANCTION (PLOVER: suspend aid), not given.
    // « n'a jamais cessé de fournir des armes », "never stopped sending": a negated ending goes on giving.
    if (candidate.type === 'AID'
      && governedBy(context, candidate, candidate.pattern.pos === 'noun' ? ENDING_REACH : VOW_REACH,
        (w) => isAny(context.lang, w, words.ending) && !negated(context, candidate, w))) {
      return { ...candidate, type: 'SANCTION' };
    }
    if (candidate.type === 'ASSAULT' && candidate.pattern.pos === 'verb'
      && governedBy(context, candidate, VOW_REACH, (w) => isAny(context.lang, w, words.pledge))) {
      return { ...candidate, type: 'THREATEN' };
    }
    // "threatened to strike Kyiv", "a refusé de libérer les marins": the act in the infinitive is not done;
    // it names whom the threat or refusal is about (a duplicate of the governing verb's event is deduped).
    if (candidate.pattern.pos === 'verb' && !GOVERNING.has(candidate.type)) {
      if (governedBy(context, candidate, VOW_REACH, (w) => isAny(context.lang, w, words.threat))) return { ...candidate, type: 'THREATEN' };
      if (governedBy(context, candidate, VOW_REACH, (w) => isAny(context.lang, w, words.refusal))) return { ...candidate, type: 'REJECT' };
    }
    // "vowed retaliation against Israel", "a promis une riposte": force named as a noun after a vow is threatened.
    if (candidate.type === 'ASSAULT' && candidate.pattern.pos === 'noun'
      && governedBy(context, candidate, VOW_REACH, (w) => isAny(context.lang, w, words.vow))) {
      return { ...candidate, type: 'THREATEN' };
    }
    return candidate;
  });
}

/**
 * True when one of the `reach` words before the trigger, in its clause and
 * with no punctuation or coordinator between ("the end of the war, the
 * agreement" is no end of the agreement), passes the test.
 */
function governedBy(context: EventContext, candidate: Candidate, reach: number, test: (word: Word) => boolean): boolean {
  const from = Math.max(candidate.clause.start, candidate.trigger.start - 80);
  const before = wordsIn(context.text, { start: from, end: candidate.trigger.start }).slice(-(reach + 1));
  const { coord } = readWords(context.lang);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i]!;
    // "an end to the fighting and a ceasefire": a coordinator also cuts the ending word off.
    const gap = context.text.slice(word.end, candidate.trigger.start);
    if (/[,;:.!?()«»"]/u.test(context.text.slice(word.end, before[i + 1]?.start ?? candidate.trigger.start)) || coord.test(gap)) return false;
    if (test(word)) return true;
  }
  return false;
}

/** Words before a verb that may negate it (« n'a cessé », "did not stop"). */
const NEGATION_REACH = 3;

/** True when a negation word of event-words.tsv stands among the few words before `word` in the candidate's clause. */
function negated(context: EventContext, candidate: Candidate, word: Word): boolean {
  const { negation } = readWords(context.lang);
  const before = wordsIn(context.text, { start: Math.max(candidate.clause.start, word.start - 40), end: word.start }).slice(-NEGATION_REACH);
  return before.some((w) => negation.has(w.norm));
}

/** True when the word, or the infinitive of one of its verb readings, is in the list. */
function isAny(lang: Language, word: Word, list: ReadonlySet<string>): boolean {
  return list.has(word.norm) || verbReadings(lang, word.norm).some((reading) => list.has(reading.lemma));
}

/**
 * First pass: every trigger word or phrase of event-patterns.tsv inside a
 * sentence becomes a candidate (one per PLOVER type the lemma carries).
 */
import { readPatterns, surfaceKey, type TriggerMatcher } from './read-patterns.ts';
import { readWords, wordsIn, type EventWords } from './read-words.ts';
import { findClause } from './find-clause.ts';
import { conjunctsIn } from './find-conjunct.ts';
import type { Span } from '../../core/span.ts';
import type { Candidate, EventContext } from './context.ts';

/**
 * Finds trigger candidates in every sentence; ignores the incoming list.
 *
 * @example
 * findTriggers([], context); // "Pyongyang livre des obus" → one AID candidate on "livre"
 */
export function findTriggers(_candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const { opening, groups, bySurface } = readPatterns(context.lang);
  const words = readWords(context.lang);
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    const slice = context.text.slice(sentence.start, sentence.end);
    for (const match of triggerMatches(slice, opening)) {
      const name = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      const all = bySurface.get(surfaceKey(match[0])) ?? (name ? groups.get(name) : undefined);
      if (!all) continue;
      const start = sentence.start + match.index;
      // "a condamné l'attaque", "the attack": after a determiner a form that is both verb and noun is the noun.
      const patterns = afterDeterminer(context.text, sentence.start, start, words) && all.some((p) => p.pos === 'noun')
        ? all.filter((p) => p.pos === 'noun')
        : all;
      // "appelé lundi Poutine à …", "imposé de nouvelles sanctions": a phrase with a gap triggers on its verb,
      // so the words in the gap stay free to be arguments.
      const gapped = patterns.some((p) => p.lemma.includes(' … '));
      const end = gapped ? (wordsIn(context.text, { start, end: start + match[0].length })[0]?.end ?? start + match[0].length) : start + match[0].length;
      const trigger = { start, end };
      const clause = narrowToConjunct(context, findClause(context.text, sentence, trigger, words), trigger);
      for (const pattern of patterns) {
        out.push({
          sentence, clause, pattern, type: pattern.type, trigger,
          actor: null, actorSpan: null, target: null, targetSpan: null,
          certainty: null, source: null, quantity: null, place: null, date: null,
        });
      }
    }
  }
  return out;
}

/**
 * "X s'est dit préoccupé … et a exhorté Y à …": a coordinator right before a
 * finite verb opens a clause of its own (its subject, when unsaid, is the
 * sentence's: see read-slots.ts); one after the trigger closes the trigger's.
 */
function narrowToConjunct(context: EventContext, clause: Span, trigger: Span): Span {
  const blocked = (gap: Span) => context.mentions.some((m) => m.start >= gap.start && m.end <= gap.end);
  const options = { reach: 2, blocked };
  const before = conjunctsIn(context.text, { start: clause.start, end: trigger.end }, context.lang, options)
    .filter((w) => w.end <= trigger.start).at(-1);
  const after = conjunctsIn(context.text, { start: trigger.end, end: clause.end }, context.lang, options)[0];
  return { start: before?.start ?? clause.start, end: after?.start ?? clause.end };
}

/** True when the word right before `at` (in the sentence) is a determiner of event-words.tsv. */
function afterDeterminer(text: string, from: number, at: number, words: EventWords): boolean {
  const previous = wordsIn(text, { start: Math.max(from, at - 24), end: at }).at(-1);
  return previous !== undefined && previous.end >= at - 1 && words.det.has(previous.norm);
}

/** A run of letters and digits: where a trigger may start. */
const WORD_START = /[\p{L}\p{N}]+/gu;

/**
 * The trigger matches of a sentence, left to right and not overlapping: at
 * each word, only the triggers that open with that word are tried.
 *
 * @example
 * [...triggerMatches('Pyongyang livre des obus.', readPatterns(lang).opening)].map((m) => m[0]); // ["livre"]
 */
export function* triggerMatches(slice: string, opening: TriggerMatcher['opening']): Generator<RegExpExecArray> {
  let from = 0;
  for (const word of slice.matchAll(WORD_START)) {
    if (word.index < from) continue;
    const regex = opening(word[0].toLowerCase());
    if (!regex) continue;
    regex.lastIndex = word.index;
    const match = regex.exec(slice);
    if (!match) continue;
    from = word.index + match[0].length;
    yield match;
  }
}

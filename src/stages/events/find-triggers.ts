/**
 * First pass: every trigger word or phrase of event-patterns.tsv inside a
 * sentence becomes a candidate (one per PLOVER type the lemma carries).
 */
import { readPatterns, surfaceKey, type TriggerMatcher } from './read-patterns.ts';
import { readWords, wordsIn } from './read-words.ts';
import { findClause } from './find-clause.ts';
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
      const patterns = bySurface.get(surfaceKey(match[0])) ?? (name ? groups.get(name) : undefined);
      if (!patterns) continue;
      const start = sentence.start + match.index;
      // "appelé lundi Poutine à …", "imposé de nouvelles sanctions": a phrase with a gap triggers on its verb,
      // so the words in the gap stay free to be arguments.
      const gapped = patterns.some((p) => p.lemma.includes(' … '));
      const end = gapped ? (wordsIn(context.text, { start, end: start + match[0].length })[0]?.end ?? start + match[0].length) : start + match[0].length;
      const trigger = { start, end };
      const clause = findClause(context.text, sentence, trigger, words);
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

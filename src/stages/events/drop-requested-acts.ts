/**
 * A call for an act is not the act: "a demandé des sanctions contre Moscou",
 * "called for new sanctions against Moscow" state a REQUEST, not a SANCTION;
 * "a exhorté Moscou et Kiev à se rencontrer", "urged Tehran to withdraw" state
 * a REQUEST, not the meeting or the withdrawal. Drops the noun trigger that
 * stands right after a REQUEST verb trigger, and the infinitive after one and
 * its addressees.
 */
import type { Candidate, EventContext } from './context.ts';
import { readWords, wordsIn } from './read-words.ts';
import { verbReadings } from '../../lang/morphology.ts';

/** Words allowed between the request verb and the noun ("des", "de nouvelles", "for new"). */
const GAP = 3;
/** Words allowed between the request verb and the infinitive ("la Russie et l'Ukraine à se", "Tehran to"). */
const INFINITIVE_GAP = 8;
/** Reflexive pronouns between "à"/"to" and an infinitive ("à se rencontrer"). */
const REFLEXIVE: ReadonlySet<string> = new Set(['se', "s'"]);

/**
 * Removes candidates that a request verb asks for.
 *
 * @example
 * dropRequestedActs(candidates, context); // "Kiev a demandé des sanctions contre Moscou": the SANCTION goes
 */
export function dropRequestedActs(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const requests = candidates.filter((c) => c.type === 'REQUEST' && c.pattern.pos === 'verb');
  return candidates.filter((c) => c.type === 'REQUEST' || !requests.some((r) => r.sentence.start === c.sentence.start
    && r.trigger.end <= c.trigger.start && asks(context, r, c)));
}

/** True when the candidate is the noun or the infinitive the request asks for. */
function asks(context: EventContext, request: Candidate, act: Candidate): boolean {
  const between = wordsIn(context.text, { start: request.trigger.end, end: act.trigger.start });
  if (act.pattern.pos === 'noun') return between.length <= GAP;
  if (between.length > INFINITIVE_GAP || /[,;:.!?]/u.test(context.text.slice(request.trigger.end, act.trigger.start))) return false;
  const words = readWords(context.lang);
  const marker = between.filter((w) => !REFLEXIVE.has(w.norm)).at(-1);
  const verb = wordsIn(context.text, act.trigger)[0];
  return marker !== undefined && words.prep.has(words.means.get(marker.norm) ?? marker.norm) && verb !== undefined
    && verbReadings(context.lang, verb.norm).some((r) => r.mood === 'infinitive');
}

/**
 * A call for an act is not the act: "a demandé des sanctions contre Moscou",
 * "called for new sanctions against Moscow" state a REQUEST, not a SANCTION;
 * "a exhorté Moscou et Kiev à se rencontrer", "urged Tehran to withdraw" state
 * a REQUEST, not the meeting or the withdrawal. Drops the noun trigger that
 * stands right after a REQUEST verb trigger, and the infinitive after one and
 * its addressees. A request noun asks for the act noun its preposition opens:
 * "its demand for sanctions against Moscow", « l'exigence d'un retrait russe ». A warning against an act is not the act either: "a mis en
 * garde Pékin contre toute aide à Moscou", "warned Beijing against sending
 * arms" state a THREATEN, not the aid.
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
  const requests = candidates.filter((c) => c.type === 'REQUEST');
  const warnings = candidates.filter((c) => c.type === 'THREATEN' && c.pattern.pos === 'verb');
  const follows = (r: Candidate, c: Candidate) => r.sentence.start === c.sentence.start && r.trigger.end <= c.trigger.start;
  return candidates.filter((c) => {
    if (c.type === 'REQUEST' || c.type === 'THREATEN') return true;
    return !requests.some((r) => follows(r, c) && asks(context, r, c))
      && !warnings.some((w) => follows(w, c) && wardsOff(context, w, c));
  });
}

/** True when the candidate is the act a warning introduces with "against"/"contre", in the same stretch of words. */
function wardsOff(context: EventContext, warning: Candidate, act: Candidate): boolean {
  const gap = context.text.slice(warning.trigger.end, act.trigger.start);
  if (/[,;:.!?]/u.test(gap)) return false;
  const between = wordsIn(context.text, { start: warning.trigger.end, end: act.trigger.start });
  const { averting } = readWords(context.lang);
  return between.length <= INFINITIVE_GAP && between.some((w) => averting.has(w.norm));
}

/** True when the candidate is the noun, the infinitive or the "que"/"that" clause verb the request asks for. */
function asks(context: EventContext, request: Candidate, act: Candidate): boolean {
  const between = wordsIn(context.text, { start: request.trigger.end, end: act.trigger.start });
  if (request.pattern.pos === 'noun') return requestedByNoun(context, between, act);
  if (act.pattern.pos === 'noun') return between.length <= GAP;
  if (between.length > INFINITIVE_GAP || /[,;:.!?]/u.test(context.text.slice(request.trigger.end, act.trigger.start))) return false;
  const words = readWords(context.lang);
  // "exige que Moscou retire ses troupes", "demanded that Moscow withdraw": the clause a request opens is what it asks.
  const opener = wordsIn(context.text, request.trigger).at(-1) ?? between[0];
  if ([opener, between[0]].some((w) => w !== undefined && words.subordinator.has(w.norm))) return true;
  const marker = between.filter((w) => !REFLEXIVE.has(w.norm)).at(-1);
  const verb = wordsIn(context.text, act.trigger)[0];
  return marker !== undefined && words.prep.has(words.means.get(marker.norm) ?? marker.norm) && verb !== undefined
    && verbReadings(context.lang, verb.norm).some((r) => r.mood === 'infinitive');
}

/**
 * "demand for sanctions", « appel à des sanctions »: a request noun asks for an act noun that a
 * preposition after it opens, within the same few words.
 */
function requestedByNoun(context: EventContext, between: readonly { readonly norm: string }[], act: Candidate): boolean {
  if (act.pattern.pos !== 'noun' || between.length === 0 || between.length > GAP) return false;
  const words = readWords(context.lang);
  // « l'exigence américaine d'un retrait »: an adjective may come before the preposition.
  return between.some((w) => words.prep.has(words.means.get(w.norm) ?? w.norm) || words.partitive.has(w.norm));
}

/**
 * Third pass: the act an accusation names is alleged, by the accuser.
 * "Rutte a accusé l'Iran de livrer des drones à la Russie" gives ACCUSE
 * Rutte → Iran, and AID Iran → Russia alleged, sourced to Rutte.
 */
import type { Candidate, EventContext } from './context.ts';
import { wordsIn } from './read-words.ts';

/**
 * How far after the accused, or after the accusation when the accused comes
 * first ("X, Y and Z, all accused of aiding Moscow"), the alleged act may start (in words).
 */
const REACH = 6;

/**
 * Marks the acts that follow an accusation and are done by the accused.
 *
 * @example
 * markAccusations(candidates, context); // AID Iran → Russia gets { value: 'alleged', rule: 'accusation' }
 */
export function markAccusations(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const accusations = candidates.filter((c) => c.type === 'ACCUSE' && c.target !== null && c.targetSpan !== null);
  return candidates.map((candidate) => {
    if (candidate.type === 'ACCUSE' || candidate.certainty) return candidate;
    const accusation = accusations.find((a) => a.sentence.start === candidate.sentence.start
      && a.targetSpan !== null && a.targetSpan.end <= candidate.trigger.start
      && (candidate.actor === a.target || candidate.actorSpan?.start === a.targetSpan.start)
      && wordsIn(context.text, { start: Math.max(a.targetSpan.end, a.trigger.end), end: candidate.trigger.start }).length <= REACH);
    if (!accusation) return candidate;
    return {
      ...candidate,
      certainty: { value: 'alleged', cue: accusation.trigger, rule: 'accusation' },
      // "accused of aiding Moscow" names no accuser: the act is alleged, its source left to the other cues.
      source: accusation.actor === null ? null : { entity: accusation.actor, text: null, cue: accusation.trigger, rule: 'accuser' },
    };
  });
}

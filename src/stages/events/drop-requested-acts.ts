/**
 * A call for an act is not the act: "a demandé des sanctions contre Moscou",
 * "called for new sanctions against Moscow" state a REQUEST, not a SANCTION.
 * Drops the noun trigger that stands right after a REQUEST verb trigger.
 */
import type { Candidate, EventContext } from './context.ts';
import { wordsIn } from './read-words.ts';

/** Words allowed between the request verb and the noun ("des", "de nouvelles", "for new"). */
const GAP = 3;

/**
 * Removes noun candidates that a request verb asks for.
 *
 * @example
 * dropRequestedActs(candidates, context); // "Kiev a demandé des sanctions contre Moscou": the SANCTION goes
 */
export function dropRequestedActs(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const requests = candidates.filter((c) => c.type === 'REQUEST' && c.pattern.pos === 'verb');
  return candidates.filter((c) => c.pattern.pos !== 'noun' || c.type === 'REQUEST' || !requests.some((r) => r.sentence.start === c.sentence.start
    && r.trigger.end <= c.trigger.start
    && wordsIn(context.text, { start: r.trigger.end, end: c.trigger.start }).length <= GAP));
}

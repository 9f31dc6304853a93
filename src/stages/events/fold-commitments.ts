/**
 * A commitment to act is the act, planned: "s'engagent à fournir 300 milliards",
 * "pledged to send troops" give the AID (planned by certainty-cues.tsv), not a
 * separate AGREE. Drops the AGREE whose trigger an act of the same actor
 * follows within two words.
 */
import type { Candidate, EventContext } from './context.ts';
import { wordsIn } from './read-words.ts';

/** Words allowed between the commitment and the act ("à", "de", "to"). */
const GAP = 2;

/**
 * Removes commitments that introduce an act of their own actor.
 *
 * @example
 * foldCommitments(candidates, context); // "X s'engage à livrer…" keeps the AID, drops the AGREE
 */
export function foldCommitments(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  return candidates.filter((c) => c.type !== 'AGREE' || !candidates.some((act) => act !== c && act.type !== 'AGREE'
    && act.actor === c.actor && act.trigger.start >= c.trigger.end
    && wordsIn(context.text, { start: c.trigger.end, end: act.trigger.start }).length <= GAP));
}

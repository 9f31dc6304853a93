/**
 * A commitment to act is the act, planned: "s'engagent à fournir 300 milliards",
 * "pledged to send troops" give the AID (planned by certainty-cues.tsv), not a
 * separate AGREE. Drops the AGREE whose trigger an act of the same actor
 * follows within two words; a pledge of a sum of money ("ont promis à Kiev
 * 300 millions de dollars") is the AID, planned.
 */
import type { Candidate, EventContext } from './context.ts';
import { readWords, wordsIn } from './read-words.ts';

/** Words allowed between the commitment and the act ("à", "de", "to"). */
const GAP = 2;

/**
 * Removes commitments that introduce an act of their own actor.
 *
 * @example
 * foldCommitments(candidates, context); // "X s'engage à livrer…" keeps the AID, drops the AGREE
 */
export function foldCommitments(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  return candidates.map((c) => (pledgesMoney(c, context)
    ? { ...c, type: 'AID' as const, certainty: { value: 'planned' as const, cue: c.trigger, rule: 'pledge' } }
    : c)).filter((c) => c.type !== 'AGREE' || !candidates.some((act) => act !== c && act.type !== 'AGREE'
    && act.actor === c.actor && act.trigger.start >= c.trigger.end
    && wordsIn(context.text, { start: c.trigger.end, end: act.trigger.start }).length <= GAP));
}

/** Words allowed between a pledge verb and its sum ("a promis à Haïti plus de 300 millions"). */
const MONEY_REACH = 6;

/** True for an AGREE on a pledge verb with a sum of money after it in its clause. */
function pledgesMoney(candidate: Candidate, context: EventContext): boolean {
  const words = readWords(context.lang);
  if (candidate.type !== 'AGREE' || candidate.pattern.pos !== 'verb') return false;
  if (!words.pledge.has(candidate.pattern.lemma.replace(/^(?:se |s')/u, ''))) return false;
  return context.quantities.some((q) => q.unit !== null && words.money.has(q.unit)
    && q.start >= candidate.trigger.end && q.end <= candidate.clause.end
    && wordsIn(context.text, { start: candidate.trigger.end, end: q.start }).length <= MONEY_REACH);
}

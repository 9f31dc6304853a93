/**
 * Last pass: one event per statement. Candidates of the same actor, type,
 * target, certainty and source in one sentence collapse into the first; on one
 * trigger that carries two types (recevoir: AID or CONSULT), the reading with
 * more arguments wins; an event without target gives way to the same act with
 * one in the same sentence ("Russian strikes on Kharkiv killed…"). Words that the text repeats (a lead
 * taken up again, a passage quoted twice) tell their act once: the same act with the same evidence words
 * anywhere in the text is one event.
 */
import type { Candidate, EventContext } from './context.ts';

/**
 * Drops repeated candidates, keeping text order.
 *
 * @example
 * dedupeEvents([aid, aidAgain]); // [aid]
 */
export function dedupeEvents(candidates: readonly Candidate[], context?: EventContext): Candidate[] {
  const arity = (c: Candidate) => (c.actor ? 1 : 0) + (c.target ? 1 : 0);
  const byTrigger = new Map<string, number>();
  for (const c of candidates) {
    const key = `${c.trigger.start}:${c.trigger.end}`;
    byTrigger.set(key, Math.max(byTrigger.get(key) ?? 0, arity(c)));
  }
  const seen = new Set<string>();
  const targeted = new Set(candidates.filter((c) => c.target !== null).map((c) => `${c.sentence.start}|${c.type}|${c.actor}`));
  return candidates.filter((c) => {
    // Accusations without accuser served only to mark what they allege.
    if (c.actor === null) return false;
    if (arity(c) < (byTrigger.get(`${c.trigger.start}:${c.trigger.end}`) ?? 0)) return false;
    if (c.target === null && targeted.has(`${c.sentence.start}|${c.type}|${c.actor}`)) return false;
    const act = [c.type, c.actor, c.target, c.certainty?.value, c.source?.entity ?? c.source?.text ?? ''].join('|');
    const key = `${c.sentence.start}|${act}`;
    // The same act in the same words elsewhere in the text is the statement told again, not a second act.
    const told = context ? `${act}|${wording(context, c)}` : null;
    if (seen.has(key) || (told !== null && seen.has(told))) return false;
    seen.add(key);
    if (told !== null) seen.add(told);
    return true;
  });
}

/** The words from a candidate's first argument or trigger to its last, spaces folded: its evidence as written. */
function wording(context: EventContext, candidate: Candidate): string {
  const spans = [candidate.trigger, candidate.actorSpan, candidate.targetSpan].filter((span) => span !== null);
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  return context.text.slice(start, end).replace(/\s+/gu, ' ').trim();
}

/**
 * Sixth pass: the quantity that measures the event ("jusqu'à 8 000 soldats"),
 * the place where it happened (a place mention after "dans"/"in") and its
 * date, all taken from the trigger's clause (the date also from its sentence).
 */
import type { Span } from '../../core/span.ts';
import { mentionsIn, type Candidate, type EventContext } from './context.ts';
import { findGovernor } from './find-governor.ts';
import { readWords } from './read-words.ts';

/**
 * Fills quantity, place and date.
 *
 * @example
 * attachDetails(candidates, context); // "…livré 60 missiles à Moscou" → quantity { value: 60, unit: 'missile' }
 */
export function attachDetails(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const words = readWords(context.lang);
  return candidates.map((candidate) => {
    const { clause, sentence, trigger } = candidate;
    const inClause = (span: Span) => span.start >= clause.start && span.end <= clause.end;
    const distance = (span: Span) => (span.start >= trigger.end ? span.start - trigger.end : trigger.start - span.end + 1);
    const quantity = context.quantities
      .filter((q) => inClause(q) && q.unit !== null)
      .sort((a, b) => distance(a) - distance(b))[0] ?? null;
    const place = mentionsIn(context, clause).find((m) => context.entities.get(m.entity)?.kind === 'place'
      && m.start !== candidate.targetSpan?.start
      && words.locative.has(findGovernor(context.text, m, clause.start, words) ?? ''));
    const date = context.dates.find((d) => inClause(d) && d.value !== null)
      ?? context.dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && d.value !== null);
    return { ...candidate, quantity, place: place?.entity ?? null, date: date?.value ?? null };
  });
}

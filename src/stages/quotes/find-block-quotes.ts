/**
 * Finds block quotes: a paragraph followed by an attribution line
 * ("Mark Rutte, chef de l’Alliance atlantique", role `attribution` set by the
 * segment stage). The speaker is the first entity the attribution line names.
 */
import { mentionsIn, wordCount, type QuoteContext, type QuoteDraft } from './context.ts';
import { MIN_QUOTE_WORDS } from './find-quoted-words.ts';

/**
 * Block quotes with their speaker from the attribution line.
 *
 * @example
 * findBlockQuotes(context, drafts); // paragraph + "Mark Rutte, chef de l’Alliance atlantique" → block quote by Mark Rutte
 */
export function findBlockQuotes(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const found: QuoteDraft[] = [];
  const eligible = new Set(context.paragraphs.map((paragraph) => paragraph.start));
  context.allParagraphs.forEach((attribution, index) => {
    const quoted = context.allParagraphs[index - 1];
    if (attribution.role !== 'attribution' || !quoted || !eligible.has(quoted.start)) return;
    // "For Anna Smith, “…”": a line holding a quotation is a quote of its own, not the signature of the paragraph above.
    if (/[«»“”"]/u.test(context.text.slice(attribution.start, attribution.end))) return;
    if (quoted.role !== 'body' && quoted.role !== 'blockquote') return;
    const text = context.text;
    let start = quoted.start;
    let end = quoted.end;
    while (start < end && /[\s«“"]/u.test(text[start] ?? '')) start++;
    while (end > start && /[\s»”"]/u.test(text[end - 1] ?? '')) end--;
    if (wordCount(context, start, end) < MIN_QUOTE_WORDS) return;
    const speakers = mentionsIn(context.speakers, attribution.start, attribution.end);
    const person = speakers.find((m) => context.entities.get(m.entity)?.kind === 'person') ?? speakers[0];
    let cueEnd = attribution.end;
    while (cueEnd > attribution.start && /\s/u.test(text[cueEnd - 1] ?? '')) cueEnd--;
    found.push({
      start,
      end,
      kind: 'block',
      cue: { start: attribution.start, end: cueEnd },
      speaker: person ? person.entity : null,
      speakerSpan: person ? { start: person.start, end: person.end } : null,
      rule: 'attribution-line',
    });
  });
  return [...drafts, ...found];
}

/**
 * Keeps one quote per stretch of reported words: when two drafts share most
 * of their words (Jaccard ≥ 0.5, the scorer's own test), the one found by the
 * surer rule stays (block, then direct, then indirect after a verb, then a
 * trailing attribution), except that a direct quote making most of an indirect
 * one that contains it is part of it. A short direct quote inside a longer indirect one
 * stays as well when a verb introduces it (« indique que les membres "réitèrent leurs positions" »);
 * without one it is a fragment of the indirect quote and goes.
 */
import { bySpan } from '../../core/span.ts';
import { readingsOf, wordKey } from './compile-cues.ts';
import { wordsOf, type QuoteContext, type QuoteDraft } from './context.ts';

const RANK: Readonly<Record<string, number>> = { block: 0, direct: 1, indirect: 2 };

/**
 * Deduplicated drafts in text order.
 *
 * @example
 * mergeQuotes(context, [direct("Nous tiendrons bon"), indirect("Nous tiendrons bon, a-t-il dit")]); // the direct one
 */
export function mergeQuotes(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  // each draft's words are read once, when an overlap first asks for them
  const words = new Map<QuoteDraft, ReadonlySet<string>>();
  const wordsAt = (draft: QuoteDraft): ReadonlySet<string> => {
    let found = words.get(draft);
    if (!found) {
      found = new Set(wordsOf(context.text.slice(draft.start, draft.end)));
      words.set(draft, found);
    }
    return found;
  };
  // "that the tariff hurts exporters and is “not fair to farmers”": the quoted end belongs to the reported clause.
  const swallowed = drafts.filter((draft) => draft.kind === 'direct' && drafts.some((other) => other.kind === 'indirect'
    && other.start <= draft.start && draft.end <= other.end && jaccard(wordsAt(draft), wordsAt(other)) >= 0.5));
  const ranked = drafts.filter((draft) => !swallowed.includes(draft)).sort((a, b) => rank(a) - rank(b) || bySpan(a, b));
  const kept: QuoteDraft[] = [];
  for (const draft of ranked) {
    if (kept.some((other) => other.start < draft.end && draft.start < other.end && jaccard(wordsAt(draft), wordsAt(other)) >= 0.5)) continue;
    kept.push(draft);
  }
  // “shipping lanes where dozens of vessels” inside reported speech, with no verb of its own, or a noun phrase
  // (said it would not give up “a single inch of its land”): part of that speech. A quoted predicate
  // (« indique que les membres "réitèrent leurs positions" ») stays a quote.
  const fragments = kept.filter((draft) => draft.kind === 'direct' && (!draft.cue || !predicate(context, draft))
    && kept.some((other) => other.kind === 'indirect' && other.start <= draft.start && draft.end <= other.end));
  return kept.filter((draft) => !fragments.includes(draft)).sort(bySpan);
}

/** A quote opening with a finite verb or a capital (an utterance of its own), not a noun phrase (nor a name after "the"). */
function predicate(context: QuoteContext, draft: QuoteDraft): boolean {
  const open = draft.marks?.start ?? draft.start;
  const before = /(\p{L}+)\s*$/u.exec(context.text.slice(Math.max(0, open - 12), open))?.[1];
  if (before && context.lexicon.determiners.has(wordKey(before))) return false;
  const first = /^[\p{L}\p{N}]+/u.exec(context.text.slice(draft.start, draft.end))?.[0] ?? '';
  if (/^\p{Lu}/u.test(first)) return true;
  return readingsOf(context.lang, first).some((reading) => reading.mood === 'indicative');
}

function rank(draft: QuoteDraft): number {
  return (RANK[draft.kind] ?? 3) * 2 + (draft.rule === 'trailing-attribution' ? 1 : 0);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

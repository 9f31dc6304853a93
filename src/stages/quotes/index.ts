/**
 * The quotes stage: direct quotes between quotation marks, block quotes over
 * an attribution line, and indirect speech after a reporting verb, each with
 * its cue and speaker. Speech verbs are data (`lang/<xx>/reporting-verbs.tsv`).
 */
import type { Quote } from '../../core/layers.ts';
import type { Stage } from '../../core/stage.ts';
import type { Draft } from '../../core/stage.ts';
import { buildContext, type QuoteContext, type QuoteDraft } from './context.ts';
import { attributeDirectQuotes } from './attribute-direct-quotes.ts';
import { findBlockQuotes } from './find-block-quotes.ts';
import { findQuotedWords } from './find-quoted-words.ts';
import { findReportedClauses } from './find-reported-clauses.ts';
import { findTrailingAttributions } from './find-trailing-attributions.ts';
import { mergeQuotes } from './merge-quotes.ts';
import { resolveSpeakers } from './resolve-speakers.ts';

type Pass = (context: QuoteContext, drafts: readonly QuoteDraft[]) => QuoteDraft[];

/**
 * The passes, in order: each turns the list of drafts into the next.
 *
 * @example
 * PASSES.reduce((drafts, pass) => pass(context, drafts), []);
 */
export const PASSES: readonly Pass[] = [
  findQuotedWords, // « … », “ … ”, " … " (outermost pairs, across paragraphs)
  attributeDirectQuotes, // « … », a-t-il déclaré / Smith said: "…"
  findBlockQuotes, // paragraph + "Mark Rutte, chef de l’Alliance atlantique"
  findReportedClauses, // a déclaré que… / said that… / a affirmé avoir…
  findTrailingAttributions, // …, a-t-il affirmé. / …, the minister said.
  mergeQuotes, // one quote per stretch of words
  resolveSpeakers, // pronouns and continued quotes → speaker or null
];

/**
 * The quotes stage.
 *
 * @example
 * buildPipeline([segment, entities, quotes]).run(doc, loadLanguage('fr')).get('quotes');
 */
export const quotes: Stage = {
  name: 'quotes',
  needs: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions'],
  adds: ['quotes'],
  run(doc, lang) {
    const context = buildContext(doc, lang);
    const drafts = PASSES.reduce<QuoteDraft[]>((list, pass) => pass(context, list), []);
    return { layers: { quotes: drafts.map((draft) => toQuote(context.text, draft)) } };
  },
};

function toQuote(text: string, draft: QuoteDraft): Draft<Quote> {
  return {
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    kind: draft.kind,
    speaker: draft.speaker ?? null,
    speakerSpan: draft.speakerSpan,
    cue: draft.cue,
    rule: draft.rule,
  };
}

/**
 * The segment stage: paragraphs with their roles (boilerplate set apart),
 * sentences inside the paragraphs that are not boilerplate, and tokens inside
 * the sentences. Every later stage reads only text inside sentences.
 */
import type { Stage } from '../../core/stage.ts';
import { loadSegmentData } from './load-segment-data.ts';
import { emptyState, type SegmentPass, type SegmentState } from './segment-state.ts';
import { splitParagraphs } from './split-paragraphs.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { markBoilerplate } from './mark-boilerplate.ts';
import { markTitle } from './mark-title.ts';
import { markAttributions } from './mark-attributions.ts';
import { markHeadings } from './mark-headings.ts';
import { splitSentences } from './split-sentences.ts';
import { splitGluedSentences } from './split-glued-sentences.ts';
import { splitEllipses } from './split-ellipses.ts';
import { reattachClosingQuotes } from './reattach-closing-quotes.ts';
import { mergeContinuations } from './merge-continuations.ts';
import { mergeAbbreviations } from './merge-abbreviations.ts';
import { mergeQuotedSentences } from './merge-quoted-sentences.ts';
import { tokenizeSentences } from './tokenize-sentences.ts';
import { splitApostrophes } from './split-apostrophes.ts';
import { splitHyphenPronouns } from './split-hyphen-pronouns.ts';
import { reportProblems } from './report-problems.ts';

/**
 * The passes, in the order they run; each takes and returns a {@link SegmentState}.
 *
 * @example
 * SEGMENT_PASSES.reduce((state, pass) => pass(state, data), emptyState(text)).sentences;
 */
export const SEGMENT_PASSES: readonly SegmentPass[] = [
  splitParagraphs, // one paragraph per non-blank line, trimmed
  joinWrappedLines, // "…ont\nréaffirmé…": a hard-wrapped line continues its paragraph
  markBoilerplate, // "ActualitésInternational", "Abonnez-vous…", "All rights reserved"
  markTitle, // the headline above the prose; kickers beside it become headings
  markAttributions, // "Mark Rutte, chef de l’Alliance atlantique" under a quoted block
  markHeadings, // short unpunctuated lines between paragraphs
  splitSentences, // Intl.Segmenter, one paragraph at a time
  splitGluedSentences, // "…du fleuve.Un officiel…" → two sentences
  splitEllipses, // "Rien n’est joué… Le président…" → two sentences
  reattachClosingQuotes, // "« Non ! " | "» Puis…" → "« Non ! »" | "Puis…"
  mergeContinuations, // « Pourquoi ? » a demandé…
  mergeAbbreviations, // M. Dupont, Mr. Smith, U.S. officials, George W. Bush
  mergeQuotedSentences, // « Prêts. Nous irons », a-t-il dit.
  tokenizeSentences, // words, numbers ("10 000"), punctuation, URLs
  splitApostrophes, // l’OTAN → l’ + OTAN, Russia's → Russia + 's
  splitHyphenPronouns, // a-t-il → a + -t- + il
  reportProblems, // empty text, no sentence
];

/**
 * Adds `paragraphs`, `sentences` and `tokens`.
 *
 * @example
 * buildPipeline([segment]).run(new Doc({ text: 'M. Dupont a-t-il parlé ?', lang: 'fr' }), loadLanguage('fr'));
 */
export const segment: Stage = {
  name: 'segment',
  needs: [],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run(doc, lang) {
    const data = loadSegmentData(lang);
    const state = SEGMENT_PASSES.reduce((current, pass) => pass(current, data), emptyState(doc.text));
    return {
      layers: { paragraphs: state.paragraphs, sentences: state.sentences, tokens: state.tokens },
      messages: state.messages,
    };
  },
};

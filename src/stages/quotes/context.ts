/**
 * What every pass of the quotes stage reads: the text, the paragraphs and
 * sentences it may look at (boilerplate left out), the mentions, and the
 * compiled cue lexicon. Passes turn a list of {@link QuoteDraft} into another.
 */
import type { Doc } from '../../core/doc.ts';
import type { Entity, Mention, Paragraph, ParagraphRole, QuoteKind, Sentence } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import type { Language } from '../../lang/load.ts';
import { compileCues, type CueLexicon } from './compile-cues.ts';
import { runsIn, textRuns } from './text-runs.ts';

/** A quote being built: speaker may still be a bare pronoun to resolve. */
export interface QuoteDraft extends Span {
  readonly kind: QuoteKind;
  readonly cue: Span | null;
  /** Where the speaker is named (a mention, or a pronoun such as "il" in "a-t-il déclaré"). */
  readonly speakerSpan: Span | null;
  /** Entity id once known; undefined while unresolved, null when unknown. */
  readonly speaker?: string | null;
  /** Where the reported words were opened and closed by quotation marks, for direct quotes. */
  readonly marks?: Span;
  readonly rule: string;
}

export interface QuoteContext {
  readonly text: string;
  readonly lang: Language;
  readonly lexicon: CueLexicon;
  /** Paragraphs holding at least one sentence and not boilerplate, in text order. */
  readonly paragraphs: readonly Paragraph[];
  /** Every paragraph of the doc, by index, roles included (attribution lines). */
  readonly allParagraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Mentions that may name a speaker (no places), in text order. */
  readonly speakers: readonly Mention[];
  readonly entities: ReadonlyMap<string, Entity>;
}

/** Paragraphs the stage takes no quote from. */
const SKIPPED: ReadonlySet<ParagraphRole> = new Set(['boilerplate', 'title', 'heading']);

/**
 * Gathers what the passes need from a doc.
 *
 * @example
 * const context = buildContext(doc, loadLanguage('fr'));
 * context.paragraphs.length; // paragraphs with sentences, boilerplate excluded
 */
export function buildContext(doc: Doc, lang: Language): QuoteContext {
  const sentences = doc.get('sentences');
  const withSentences = new Set(sentences.map((sentence) => sentence.paragraph));
  // Headlines and subheadings are never quotes: they restate the body in telegraphic form ("X says Y").
  const paragraphs = doc.get('paragraphs').filter((paragraph, index) => !SKIPPED.has(paragraph.role) && withSentences.has(index));
  const entities = new Map(doc.get('entities').map((entity) => [entity.id, entity]));
  const mentions = doc.get('mentions');
  return {
    text: doc.text,
    lang,
    lexicon: compileCues(lang),
    paragraphs,
    allParagraphs: doc.get('paragraphs'),
    sentences,
    mentions,
    speakers: mentions.filter((mention) => entities.get(mention.entity)?.kind !== 'place'),
    entities,
  };
}

/**
 * The mentions lying inside `[from, to)`, found by binary search (layers are sorted by span).
 *
 * @example
 * mentionsIn(context.speakers, sentence.start, cue.start); // possible subjects before a verb
 */
export function mentionsIn(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let i = low; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention || mention.start >= to) break;
    if (mention.end <= to) found.push(mention);
  }
  return found;
}

/**
 * The sentence containing a position, if any.
 *
 * @example
 * sentenceAt(context, cue.start)?.paragraph; // index of its paragraph
 */
export function sentenceAt(context: QuoteContext, position: number): Sentence | undefined {
  return context.sentences.find((sentence) => sentence.start <= position && position < sentence.end);
}

/**
 * The eligible paragraph containing a position, if any.
 *
 * @example
 * paragraphAt(context, marks.end - 1); // undefined inside boilerplate
 */
export function paragraphAt(context: QuoteContext, position: number): Paragraph | undefined {
  return context.paragraphs.find((paragraph) => paragraph.start <= position && position < paragraph.end);
}

/**
 * Words of a stretch for length thresholds: hyphenated and elided words count once (« nord-coréenne »).
 *
 * @example
 * wholeWords('Iskander version nord-coréenne').length; // 3
 */
export function wholeWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Lower-cased word tokens of a stretch of text, as the scorer counts them.
 *
 * @example
 * wordsOf('Qu’il parte'); // ['qu', 'il', 'parte']
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * `wordsOf(context.text.slice(from, to)).length`, counted on the runs of the text read once.
 *
 * @example
 * wordCount(context, sentence.start, sentence.end); // 12
 */
export function wordCount(context: QuoteContext, from: number, to: number): number {
  const runs = textRuns(context.text);
  return runs.unsure ? wordsOf(context.text.slice(from, to)).length : runsIn(runs, from, to);
}

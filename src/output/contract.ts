/**
 * The JSON a veille analysis hands its users and the scorer: the shape of
 * "What a system hands the scorer" in the gold README, plus the evidence of
 * every item (`by` rule ids, cue spans, the text of each span). Changing a key
 * here changes a public contract: `contract.test.ts` pins the shape.
 */
import type { Doc } from '../core/doc.ts';
import type { Span } from '../core/span.ts';
import type {
  Approx, Certainty, DateGranularity, EntityIds, EntityKind, MentionForm, NumberKind, PloverType, QuoteKind,
} from '../core/layers.ts';

/** A span with the text it covers. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ContractMention extends TextSpan {
  readonly form: MentionForm;
  readonly by: string;
}

export interface ContractEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly ids: EntityIds;
  /** Name of the state this body belongs to, or null. */
  readonly partOf: string | null;
  readonly mentions: readonly ContractMention[];
  readonly by: string;
}

export interface ContractQuote extends TextSpan {
  /** Entity id of the speaker, or null. */
  readonly speaker: string | null;
  readonly kind: QuoteKind;
  readonly speakerSpan: TextSpan | null;
  readonly cue: TextSpan | null;
  readonly by: string;
}

export interface ContractSource {
  /** Entity id of the source, or null when the source is only described. */
  readonly entity: string | null;
  readonly text: string | null;
  readonly cue: TextSpan | null;
  readonly by: string;
}

export interface ContractEvent {
  readonly type: PloverType;
  readonly actor: string | null;
  readonly target: string | null;
  readonly certainty: Certainty;
  /** The words that set the certainty ("fournirait"), or null for plain assertions. */
  readonly certaintyCue: TextSpan | null;
  readonly certaintyBy: string;
  readonly source: ContractSource | null;
  readonly quantity: { readonly value: number; readonly unit: string | null } | null;
  readonly evidence: TextSpan;
  readonly trigger: TextSpan;
  readonly place: string | null;
  readonly date: string | null;
  readonly by: string;
}

export interface ContractQuantity extends TextSpan {
  readonly value: number;
  readonly unit: string | null;
  readonly approx: Approx;
  readonly by: string;
}

/** Any numeric value the text states, counted or not ("trois quarts" → 0.75 fraction). */
export interface ContractNumber extends TextSpan {
  readonly value: number;
  readonly kind: NumberKind;
  readonly by: string;
}

/** A span of values ("entre 20 et 35"); a missing end is null. */
export interface ContractRange extends TextSpan {
  readonly min: number | null;
  readonly minIncluded: boolean;
  readonly max: number | null;
  readonly maxIncluded: boolean;
  readonly by: string;
}

export interface ContractDate extends TextSpan {
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly known: readonly string[];
  readonly implied: readonly string[];
  readonly by: string;
}

export interface ContractMessage {
  readonly rule: string;
  readonly level: 'info' | 'warning';
  readonly text: string;
  readonly span: TextSpan | null;
}

export interface ContractArticle {
  readonly id: string | null;
  readonly lang: string;
  readonly published: string | null;
  /** Text of the paragraph the segmenter took for the title, or null. */
  readonly title: string | null;
}

/** One analysed article, as JSON. */
export interface Contract {
  readonly article: ContractArticle;
  readonly entities: readonly ContractEntity[];
  readonly quotes: readonly ContractQuote[];
  readonly events: readonly ContractEvent[];
  readonly quantities: readonly ContractQuantity[];
  readonly numbers: readonly ContractNumber[];
  readonly ranges: readonly ContractRange[];
  readonly dates: readonly ContractDate[];
  /** Paragraphs set apart as boilerplate (promotional footers, bylines). */
  readonly boilerplate: readonly TextSpan[];
  readonly messages: readonly ContractMessage[];
}

/** What is known of the article beyond the doc itself. */
export interface ContractMeta {
  /** Overrides the doc's id (the `id` of an ndjson line). */
  readonly id?: string | null;
}

/**
 * The contract JSON of an analysed doc. Layers a pipeline did not add are empty lists.
 *
 * @example
 * const json = toContract(analyze({ text, lang: 'fr', published: '2024-11-07' }));
 * json.events[0]?.certaintyCue?.text; // "fournirait"
 */
export function toContract(doc: Doc, meta: ContractMeta = {}): Contract {
  const text = doc.text;
  const cut = (span: Span): TextSpan => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  const cutOrNull = (span: Span | null | undefined): TextSpan | null => (span ? cut(span) : null);
  const layer = <L extends Parameters<Doc['get']>[0]>(name: L) => (doc.has(name) ? doc.get(name) : []);

  const paragraphs = layer('paragraphs');
  const title = paragraphs.find((paragraph) => paragraph.role === 'title');
  const mentions = layer('mentions');

  return {
    article: {
      id: meta.id ?? doc.id ?? null,
      lang: doc.lang,
      published: doc.published,
      title: title ? text.slice(title.start, title.end).trim() : null,
    },
    entities: layer('entities').map((entity) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      ids: { ...entity.ids },
      partOf: entity.partOf ?? null,
      mentions: mentions
        .filter((mention) => mention.entity === entity.id)
        .map((mention) => ({ ...cut(mention), form: mention.form, by: mention.by })),
      by: entity.by,
    })),
    quotes: layer('quotes').map((quote) => ({
      ...cut(quote),
      speaker: quote.speaker,
      kind: quote.kind,
      speakerSpan: cutOrNull(quote.speakerSpan),
      cue: cutOrNull(quote.cue),
      by: quote.by,
    })),
    events: layer('events').map((event) => ({
      type: event.type,
      actor: event.actor,
      target: event.target,
      certainty: event.certainty.value,
      certaintyCue: cutOrNull(event.certainty.cue),
      certaintyBy: event.certainty.by,
      source: event.source
        ? { entity: event.source.entity, text: event.source.text, cue: cutOrNull(event.source.cue), by: event.source.by }
        : null,
      quantity: event.quantity ? { value: event.quantity.value, unit: event.quantity.unit } : null,
      evidence: cut(event),
      trigger: cut(event.trigger),
      place: event.place,
      date: event.date,
      by: event.by,
    })),
    quantities: layer('quantities').map((quantity) => ({
      ...cut(quantity),
      value: quantity.value,
      unit: quantity.unit,
      approx: quantity.approx,
      by: quantity.by,
    })),
    numbers: layer('numbers').map((number) => ({ ...cut(number), value: number.value, kind: number.kind, by: number.by })),
    ranges: layer('ranges').map((range) => ({
      ...cut(range),
      min: range.min,
      minIncluded: range.minIncluded,
      max: range.max,
      maxIncluded: range.maxIncluded,
      by: range.by,
    })),
    dates: layer('dates').map((date) => ({
      ...cut(date),
      value: date.value,
      granularity: date.granularity,
      known: [...date.known],
      implied: [...date.implied],
      by: date.by,
    })),
    boilerplate: paragraphs.filter((paragraph) => paragraph.role === 'boilerplate').map(cut),
    messages: doc.messages.map((message) => ({
      rule: message.rule,
      level: message.level,
      text: message.text,
      span: cutOrNull(message.span),
    })),
  };
}

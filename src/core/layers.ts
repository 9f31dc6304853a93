/**
 * The annotation layers of a doc and the shape of each item. Every stage adds
 * whole layers; nothing is ever edited in place. Stages may extend
 * {@link LayerMap} by declaration merging when they add a layer of their own.
 */
import type { Annotation, Span } from './span.ts';

export type ParagraphRole = 'title' | 'heading' | 'body' | 'blockquote' | 'attribution' | 'boilerplate';

/** A paragraph: a block of text separated by blank lines or line breaks. */
export interface Paragraph extends Annotation {
  readonly role: ParagraphRole;
}

/** A sentence inside one paragraph. */
export interface Sentence extends Annotation {
  readonly paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token. `norm` is lower-cased with typographic apostrophes made plain (l’ → l'). */
export interface Token extends Annotation {
  readonly text: string;
  readonly norm: string;
  readonly kind: TokenKind;
  readonly sentence: number;
}

export type EntityKind = 'country' | 'organization' | 'person' | 'place' | 'group';

/** Canonical identifiers of an entity, when known. */
export interface EntityIds {
  readonly wikidata?: string;
  readonly iso3?: string;
}

/** One entity of the document, named by its usual English name. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly ids: EntityIds;
  /** Gazetteer key of the state this body belongs to (ministry → state). */
  readonly partOf?: string;
  readonly by: string;
}

/** How a mention names its entity. */
export type MentionForm = 'name' | 'alias' | 'capital' | 'demonym' | 'role' | 'pronoun' | 'shape';

/** A stretch of text that refers to an entity. */
export interface Mention extends Annotation {
  readonly text: string;
  readonly entity: string;
  readonly form: MentionForm;
}

export type QuoteKind = 'direct' | 'indirect' | 'block';

/** A quotation: `start/end` cover the quoted words only. */
export interface Quote extends Annotation {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Entity id of the speaker, or null when unknown. */
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  /** The speech verb or attribution cue ("a-t-il déclaré", "selon"). */
  readonly cue: Span | null;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const CERTAINTIES = ['asserted', 'reported', 'alleged', 'suspected', 'denied', 'planned', 'possible'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How sure the text is of an event, and the words that say so. */
export interface CertaintyJudgement {
  readonly value: Certainty;
  readonly cue: Span | null;
  readonly by: string;
}

/** Who an event is attributed to: an entity, or words describing the source. */
export interface Attribution {
  readonly entity: string | null;
  readonly text: string | null;
  readonly cue: Span | null;
  readonly by: string;
}

/** A measured amount: `10 000 soldats` → 10000 soldier. */
export type Approx = 'exact' | 'about' | 'up_to' | 'at_least' | 'more_than' | 'less_than';

export interface Quantity extends Annotation {
  readonly text: string;
  readonly value: number;
  /** English singular lemma of the counted noun, or null when none is said. */
  readonly unit: string | null;
  readonly approx: Approx;
}

/** How a number is written: a whole or decimal number, a fraction ("trois quarts"), a rank ("le dixième"), an approximate noun ("une quarantaine"). */
export type NumberKind = 'cardinal' | 'decimal' | 'fraction' | 'ordinal' | 'approx';

/**
 * A numeric value the text states, whether or not it counts anything:
 * "dix-sept" → 17, "deux virgule cinq" → 2.5, "trois quarts" → 0.75,
 * "le dixième" → 10 (ordinal). The quantities layer keeps the counted ones.
 */
export interface NumberValue extends Annotation {
  readonly text: string;
  readonly value: number;
  readonly kind: NumberKind;
}

/**
 * A span of values: "entre 20 et 35" → [20, 35]; "plus de 500" → min 500
 * (excluded), no max; "jusqu'à 700" → max 700 (included); "égal à 20" → [20, 20].
 * A missing end is null; `*Included` says whether the end itself belongs.
 */
export interface NumberRange extends Annotation {
  readonly text: string;
  readonly min: number | null;
  readonly minIncluded: boolean;
  readonly max: number | null;
  readonly maxIncluded: boolean;
}

export type DateGranularity = 'day' | 'month' | 'year';

/** A date the text refers to; a relative one takes its value from the publication date. */
export interface DateRef extends Annotation {
  readonly text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when relative and no publication date. */
  readonly value: string | null;
  readonly granularity: DateGranularity;
  /** Which parts the text states (`year`, `month`, `day`, `weekday`) and which were implied. */
  readonly known: readonly string[];
  readonly implied: readonly string[];
}

/** A PLOVER event. `start/end` is the evidence: the shortest stretch that states it. */
export interface Event extends Annotation {
  readonly type: PloverType;
  readonly actor: string | null;
  readonly target: string | null;
  /** The verb or noun that set the type ("fournirait", "accusé"). */
  readonly trigger: Span;
  readonly certainty: CertaintyJudgement;
  readonly source: Attribution | null;
  readonly quantity: { readonly value: number; readonly unit: string | null } | null;
  /** Entity id of the place where it happened, when said. */
  readonly place: string | null;
  /** Resolved date value (see {@link DateRef}), when said. */
  readonly date: string | null;
}

/** Every layer a doc can hold, by name. */
export interface LayerMap {
  paragraphs: Paragraph;
  sentences: Sentence;
  tokens: Token;
  entities: Entity;
  mentions: Mention;
  quotes: Quote;
  quantities: Quantity;
  numbers: NumberValue;
  ranges: NumberRange;
  dates: DateRef;
  events: Event;
}

export type LayerName = keyof LayerMap;

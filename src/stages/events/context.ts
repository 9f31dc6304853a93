/**
 * What every pass of the events stage reads and writes: the doc's layers sorted
 * once, and the event candidates that the passes refine in order.
 */
import type { Doc } from '../../core/doc.ts';
import type { Attribution, CertaintyJudgement, Entity, Mention, PloverType, Quantity, Quote, DateRef, Sentence } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import type { Draft } from '../../core/stage.ts';
import type { Language } from '../../lang/load.ts';
import type { TriggerPattern } from './read-patterns.ts';

/** An event being built; each pass fills in more of it. */
export interface Candidate {
  readonly sentence: Span;
  /** The clause around the trigger: where its arguments are looked for. */
  readonly clause: Span;
  readonly pattern: TriggerPattern;
  readonly type: PloverType;
  readonly trigger: Span;
  readonly actor: string | null;
  readonly actorSpan: Span | null;
  readonly target: string | null;
  readonly targetSpan: Span | null;
  /** True when "par X"/"by X" made the actor (a passive). */
  readonly passive?: boolean;
  readonly certainty: Draft<CertaintyJudgement> | null;
  readonly source: Draft<Attribution> | null;
  readonly quantity: Quantity | null;
  readonly place: string | null;
  readonly date: string | null;
}

/** The doc's layers as the passes need them. */
export interface EventContext {
  readonly doc: Doc;
  readonly lang: Language;
  /** Folded text (’ → ', no-break spaces → space), same length as the doc text. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** Mentions of actors and places, outermost only, sorted by start. */
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateRef[];
}

/** A pass of the stage: candidates in, candidates out. */
export type EventPass = (candidates: readonly Candidate[], context: EventContext) => readonly Candidate[];

/** The kinds of entity that can act or be acted upon. */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['country', 'organization', 'person', 'group']);

/** True when the mention names an actor (not a place). */
export function isActorMention(context: EventContext, mention: Mention): boolean {
  const entity = context.entities.get(mention.entity);
  return entity !== undefined && ACTOR_KINDS.has(entity.kind);
}

/** Mentions whose start lies within the span. */
export function mentionsIn(context: EventContext, span: Span): Mention[] {
  return context.mentions.filter((mention) => mention.start >= span.start && mention.end <= span.end);
}

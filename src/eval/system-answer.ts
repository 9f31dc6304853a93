/**
 * The least a system must hand the scorer (gold README, "What a system hands
 * the scorer"). veille's own {@link Contract} is a superset of it.
 */
import type { KeyIndex } from './key-index.ts';
import type { GoldDoc } from './gold.ts';

export interface AnswerSpan {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
}

export interface SystemAnswer {
  readonly entities: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind?: string;
    readonly ids?: { readonly wikidata?: string; readonly iso3?: string };
    readonly mentions?: readonly AnswerSpan[];
  }[];
  readonly quotes: readonly (AnswerSpan & { readonly speaker: string | null; readonly kind?: string })[];
  readonly events: readonly {
    readonly type: string;
    readonly actor: string | null;
    readonly target: string | null;
    readonly certainty: string;
    readonly source?: { readonly entity: string | null; readonly text: string | null } | null;
    readonly quantity?: { readonly value: number; readonly unit: string | null } | null;
    readonly evidence?: AnswerSpan;
  }[];
  readonly quantities: readonly (AnswerSpan & { readonly value: number; readonly unit: string | null })[];
  readonly dates: readonly (AnswerSpan & { readonly value: string | null })[];
}

/** A miss, a false positive or a wrong attribute, for `veille eval --errors`. */
export interface ScoreError {
  readonly layer: string;
  readonly kind: 'miss' | 'false-positive' | 'wrong-speaker' | 'wrong-certainty' | 'wrong-source';
  readonly text: string;
}

/** What every layer scorer reads. */
export interface ScoreContext {
  readonly gold: GoldDoc;
  readonly system: SystemAnswer;
  readonly index: KeyIndex;
  /** Gold keys of each system entity id. */
  readonly keysOf: (entityId: string | null | undefined) => readonly string[];
  /** Text a system span covers in the gold text. */
  readonly textOf: (span: AnswerSpan | undefined) => string;
  readonly errors: ScoreError[];
}

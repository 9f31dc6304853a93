/**
 * A quantity under construction: each pass of the stage reads the list of
 * candidates of one sentence and returns a new one.
 */
import type { Approx } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import type { Grammar, UnitKind } from './compile-grammar.ts';

export interface Candidate extends Span {
  /** The digits or number words alone, without bound or unit. */
  readonly number: Span;
  readonly value: number;
  readonly approx: Approx;
  readonly unit: string | null;
  readonly unitKind: UnitKind | null;
  /** What a scale word multiplied the number by ("425 millions" → 1e6), 1 when none. */
  readonly scale: number;
  /** True when written in words ("trois", "une quarantaine"). */
  readonly spelled: boolean;
  readonly rule: string;
  /** Why the candidate is not a quantity (a year, a duration, a name), or null. */
  readonly drop: string | null;
}

/** What every pass sees: the doc text, its folded copy, one sentence and the grammar. */
export interface Context {
  readonly text: string;
  /** `foldTypography(text)`: same length, ’ → ' and no-break spaces → space. */
  readonly folded: string;
  readonly sentence: Span;
  readonly grammar: Grammar;
  /** The unit of the last counted quantity of earlier sentences ("two others" → ship), or null. */
  readonly previousUnit: string | null;
}

export type Pass = (candidates: readonly Candidate[], context: Context) => readonly Candidate[];

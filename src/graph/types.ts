/**
 * The picture across articles: claims made of stored events, how many
 * independent voices back each one, and where the reports disagree.
 */
import type { Approx, Certainty, PloverType } from '../core/layers.ts';
import type { EntityRef, EventRecord } from '../store/types.ts';

/** One report of a claim: an event of one article, with where it came from. */
export interface ClaimEvidence {
  readonly articleId: number;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The article this one is a copy of (same wire story), or null. */
  readonly copyOf: number | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly source: EventRecord['source'];
  readonly certainty: Certainty;
  readonly quantity: EventRecord['quantity'];
  /** Date the event is said to have happened, when the text says. */
  readonly date: string | null;
  /** The day used to place this report in time (`YYYY-MM-DD`), or null when undated. */
  readonly day: string | null;
  readonly by: string;
  /** The report's own actor and target (a symmetric claim may hold them either way round). */
  readonly actor: EntityRef | null;
  readonly target: EntityRef | null;
}

/** A quantity value as reports give it, with how often. */
export interface SeenQuantity {
  readonly value: number;
  readonly unit: string | null;
  readonly approx: Approx;
  readonly count: number;
}

/**
 * A claim: events of the same actor, type and target (either way round for
 * symmetric types) whose consecutive reports lie within the time window.
 */
export interface Claim {
  /** Stable: a hash of actor key, type, target key and first day. */
  readonly id: string;
  readonly type: PloverType;
  readonly actor: EntityRef | null;
  readonly target: EntityRef | null;
  readonly symmetric: boolean;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The strongest certainty its reports support (see `CERTAINTY_STRENGTH`). */
  readonly certainty: Certainty;
  readonly evidence: readonly ClaimEvidence[];
  readonly quantities: readonly SeenQuantity[];
}

/** A report as a contradiction cites it. */
export interface CitedReport {
  readonly articleId: number;
  readonly outlet: string | null;
  readonly day: string | null;
  /** When the article was published (`YYYY-MM-DD`), or null. */
  readonly published: string | null;
  /** The named source, or null when the outlet speaks in its own voice. */
  readonly source: string | null;
  readonly certainty: Certainty;
  readonly evidence: string;
}

/** One value of a disputed quantity, with every report that gives it. */
export interface QuantityReading {
  readonly value: number;
  readonly approx: Approx;
  readonly reports: readonly CitedReport[];
}

/** Different figures for one claim and unit (8 000 vs 10 000 vs 11 000). */
export interface QuantityContradiction {
  readonly kind: 'quantity';
  readonly claimId: string;
  readonly unit: string | null;
  readonly readings: readonly QuantityReading[];
  /** True when bounds explain the difference ("up to 10 000" and "8 000" can both hold). */
  readonly compatible: boolean;
}

/** A denial against an assertion, a report or an accusation of the same act. */
export interface DenialContradiction {
  readonly kind: 'denial';
  readonly claimId: string;
  /** The denials, once per story and source. */
  readonly denials: readonly CitedReport[];
  /** What they answer, once per story and source. */
  readonly against: readonly CitedReport[];
  /** Set when the denial answers an accusation (ACCUSE) rather than the act itself. */
  readonly accusationClaimId: string | null;
}

/** A claim whose certainty moved over time (alleged → reported, or back). */
export interface CertaintyShift {
  readonly kind: 'shift';
  readonly claimId: string;
  readonly direction: 'firmer' | 'weaker';
  readonly from: CitedReport;
  readonly to: CitedReport;
}

export type Contradiction = QuantityContradiction | DenialContradiction | CertaintyShift;

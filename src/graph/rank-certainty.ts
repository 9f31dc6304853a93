/**
 * How strongly a report holds a claim. A claim's summary certainty is the
 * strongest any of its reports supports: a fact stated in the author's voice
 * beats one attributed to a source, which beats an accusation, a suspicion, an
 * intention, a mere possibility; a denial counts only when nothing affirms.
 */
import type { Certainty } from '../core/layers.ts';

/**
 * Strongest first.
 *
 * @example
 * CERTAINTY_STRENGTH.indexOf('reported') < CERTAINTY_STRENGTH.indexOf('alleged'); // true
 */
export const CERTAINTY_STRENGTH: readonly Certainty[] = ['asserted', 'reported', 'alleged', 'suspected', 'planned', 'possible', 'denied'];

/**
 * The strongest certainty of a list (`possible` for an empty one).
 *
 * @example
 * strongestCertainty(['alleged', 'reported']); // 'reported'
 */
export function strongestCertainty(values: readonly Certainty[]): Certainty {
  let best: Certainty = 'possible';
  let bestRank = values.length === 0 ? CERTAINTY_STRENGTH.indexOf('possible') : Infinity;
  for (const value of values) {
    const rank = CERTAINTY_STRENGTH.indexOf(value);
    if (rank < bestRank) [best, bestRank] = [value, rank];
  }
  return best;
}

/** Coarse class of a certainty: a fact, an unconfirmed report, a denial or a plan. */
export type CertaintyClass = 'confirmed' | 'unconfirmed' | 'denied' | 'planned';

/**
 * The coarse class used for certainty shifts over time.
 *
 * @example
 * certaintyClass('suspected'); // 'unconfirmed'
 */
export function certaintyClass(value: Certainty): CertaintyClass {
  if (value === 'asserted' || value === 'reported') return 'confirmed';
  if (value === 'denied') return 'denied';
  if (value === 'planned') return 'planned';
  return 'unconfirmed';
}

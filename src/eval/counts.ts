/**
 * Counts the scorer adds up over documents (micro-averaging) and the figures
 * it derives from them.
 */

/** Matches, false positives and misses of one layer. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Right answers among the matched items (speaker, certainty, source). */
export interface Accuracy {
  right: number;
  total: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Empty counts. @example zeroCounts(); // { tp: 0, fp: 0, fn: 0 } */
export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
/** Empty accuracy. @example zeroAccuracy(); // { right: 0, total: 0 } */
export const zeroAccuracy = (): Accuracy => ({ right: 0, total: 0 });

/**
 * Precision, recall and F1; a ratio with nothing to count is 1 when nothing
 * was expected and nothing answered, else 0.
 *
 * @example
 * prf({ tp: 3, fp: 1, fn: 1 }).f1; // 0.75
 */
export function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? (counts.fn === 0 ? 1 : 0) : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? (counts.fp === 0 ? 1 : 0) : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp: counts.tp, fp: counts.fp, fn: counts.fn };
}

/**
 * Share of right answers, or null when there was nothing to judge.
 *
 * @example
 * ratio({ right: 3, total: 4 }); // 0.75
 */
export function ratio(accuracy: Accuracy): number | null {
  return accuracy.total === 0 ? null : accuracy.right / accuracy.total;
}

/** Adds `more` into `into` (micro-averaging). @example addCounts(total, documentCounts); */
export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

/** Adds `more` into `into`. @example addAccuracy(total.speaker, documentSpeaker); */
export function addAccuracy(into: Accuracy, more: Accuracy): void {
  into.right += more.right;
  into.total += more.total;
}

/**
 * Reports cited once per story and voice: copies of one wire story and
 * repeats inside one article ("selon Séoul… a ajouté Séoul") add nothing to a
 * list of who said what.
 */
import { rootOf } from './corroborate.ts';
import type { ClaimEvidence } from './types.ts';

/**
 * Keeps the first report of each (wire story root, named source).
 *
 * @example
 * onePerVoice(claim.evidence).length; // ≤ claim.evidence.length
 */
export function onePerVoice(reports: readonly ClaimEvidence[]): ClaimEvidence[] {
  const seen = new Set<string>();
  return reports.filter((report) => {
    const key = `${rootOf(report)}|${report.source?.entity?.key ?? report.source?.text?.toLowerCase() ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

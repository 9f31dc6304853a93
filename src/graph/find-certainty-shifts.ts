/**
 * Certainty shifts over time: a claim first reported as unconfirmed (alleged,
 * suspected, possible) and later as fact (asserted, reported) is `firmer`; the
 * reverse is `weaker`. Reports are walked in date order; each change between
 * the two classes on a later day is one shift, from the last report of the old
 * class to the first of the new. Same-day changes are not shifts over time;
 * denials and plans are left to the denial finder and to nobody.
 */
import { citeReport } from './cite-report.ts';
import { certaintyClass } from './rank-certainty.ts';
import type { CertaintyShift, Claim, ClaimEvidence } from './types.ts';

/**
 * Certainty shifts of one claim, oldest first.
 *
 * @example
 * findCertaintyShifts(claim).map((s) => `${s.from.certainty}→${s.to.certainty}`); // ['alleged→reported']
 */
export function findCertaintyShifts(claim: Claim): CertaintyShift[] {
  const dated = claim.evidence
    .filter((report) => report.day !== null && ['confirmed', 'unconfirmed'].includes(certaintyClass(report.certainty)))
    .sort((a, b) => a.day!.localeCompare(b.day!) || a.articleId - b.articleId);
  const shifts: CertaintyShift[] = [];
  let last: ClaimEvidence | undefined;
  for (const report of dated) {
    if (last !== undefined && certaintyClass(last.certainty) !== certaintyClass(report.certainty)) {
      if (report.day! > last.day!) {
        shifts.push({
          kind: 'shift', claimId: claim.id,
          direction: certaintyClass(report.certainty) === 'confirmed' ? 'firmer' : 'weaker',
          from: citeReport(last), to: citeReport(report),
        });
        last = report;
      }
      // On the same day, the earlier class stays the reference.
      continue;
    }
    last = report;
  }
  return shifts;
}

/**
 * Certainty shifts over time: a claim first reported as unconfirmed (alleged,
 * suspected) and later as fact (asserted, reported) is `firmer`; the reverse
 * is `weaker`. Reports are walked in the order they were published (the story
 * as readers saw it move; the event day when the publication day is unknown);
 * each change between the two classes on a later day is one shift, from the
 * last report of the old class to the first of the new. Same-day changes are
 * not shifts over time. `possible` ("could send more") speculates rather than
 * reports and is left out, as are plans; denials are the denial finder's.
 */
import { compareText } from './day-of-event.ts';
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
  const when = (report: ClaimEvidence) => report.published?.slice(0, 10) ?? report.day;
  const dated = claim.evidence
    .filter((report) => when(report) !== null && report.certainty !== 'possible' && ['confirmed', 'unconfirmed'].includes(certaintyClass(report.certainty)))
    .sort((a, b) => compareText(when(a)!, when(b)!) || a.articleId - b.articleId);
  const shifts: CertaintyShift[] = [];
  let last: ClaimEvidence | undefined;
  for (const report of dated) {
    if (last !== undefined && certaintyClass(last.certainty) !== certaintyClass(report.certainty)) {
      if (when(report)! > when(last)!) {
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

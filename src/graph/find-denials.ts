/**
 * Denials against affirmations. Two shapes:
 * - inside one claim, a `denied` report against asserted, reported or alleged
 *   reports of the same act ("Moscow denied sending troops" against "Russia
 *   sent 10 000 troops, according to Seoul");
 * - a denial by the accused of an accusation: a `denied` report whose actor
 *   (or named source) is the target of an ACCUSE claim whose reports lie within
 *   the window ("Kyiv accuses Moscow of …" / "Moscow denies …").
 */
import { citeReport } from './cite-report.ts';
import { dayNumber } from './day-of-event.ts';
import { onePerVoice } from './one-per-voice.ts';
import type { Certainty } from '../core/layers.ts';
import type { Claim, ClaimEvidence, DenialContradiction } from './types.ts';

const AFFIRMING: ReadonlySet<Certainty> = new Set(['asserted', 'reported', 'alleged']);

/**
 * Denial contradictions across a set of claims: at most one per claim against
 * its own affirmations, and one per (claim, accusation) answered. Each lists
 * the denials and the reports they answer once per story and source, so a
 * store of thousands of copies stays linear.
 *
 * @example
 * findDenials(groupClaims(events)).map((d) => d.denials[0]?.source); // ['Russia']
 */
export function findDenials(claims: readonly Claim[], windowDays = 30): DenialContradiction[] {
  const found: DenialContradiction[] = [];
  const accusationsOf = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.type !== 'ACCUSE' || claim.target === null) continue;
    accusationsOf.set(claim.target.key, [...(accusationsOf.get(claim.target.key) ?? []), claim]);
  }
  for (const claim of claims) {
    const denials = onePerVoice(claim.evidence.filter((report) => report.certainty === 'denied'));
    if (denials.length === 0) continue;
    const affirming = onePerVoice(claim.evidence.filter((report) => AFFIRMING.has(report.certainty)));
    if (affirming.length > 0) {
      found.push({ kind: 'denial', claimId: claim.id, denials: denials.map(citeReport), against: affirming.map(citeReport), accusationClaimId: null });
      continue;
    }
    const deniers = new Set(denials.flatMap((denial) => [denial.actor?.key, denial.source?.entity?.key]).filter((key): key is string => key !== undefined));
    for (const denier of deniers) {
      for (const accusation of accusationsOf.get(denier) ?? []) {
        if (accusation === claim) continue;
        const byAccused = denials.filter((denial) => denial.actor?.key === denier || denial.source?.entity?.key === denier);
        const nearDenial = nearOneOf(byAccused, windowDays);
        const near = onePerVoice(accusation.evidence).filter((report) => report.certainty !== 'denied' && nearDenial(report));
        if (near.length > 0) found.push({ kind: 'denial', claimId: claim.id, denials: byAccused.map(citeReport), against: near.map(citeReport), accusationClaimId: accusation.id });
      }
    }
  }
  return found;
}

/** Whether a report lies within the window of one of the denials (undated ones are near anything). */
function nearOneOf(denials: readonly ClaimEvidence[], windowDays: number): (report: ClaimEvidence) => boolean {
  const days = denials.map((denial) => (denial.day === null ? null : dayNumber(denial.day)));
  if (days.includes(null)) return () => true;
  const sorted = (days as number[]).sort((a, b) => a - b);
  return (report) => {
    if (report.day === null) return true;
    const day = dayNumber(report.day);
    // Binary search for the first denial day ≥ day - window.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < day - windowDays) low = middle + 1;
      else high = middle;
    }
    return low < sorted.length && sorted[low]! <= day + windowDays;
  };
}

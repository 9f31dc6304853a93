/**
 * Denials against affirmations. Two shapes:
 * - inside one claim, a `denied` report against asserted, reported or alleged
 *   reports of the same act ("Moscow denied sending troops" against "Russia
 *   sent 10 000 troops, according to Seoul");
 * - a denial by the accused of an accusation: a `denied` report whose actor
 *   (or named source) is the target of an ACCUSE claim whose reports lie within
 *   the window ("Kyiv accuses Moscow of …" / "Moscow denies …").
 * One article that denies several times ("dément… a démenti") gives one
 * denial per claim, and each affirming story (copies folded) is cited once per source.
 */
import { citeReport } from './cite-report.ts';
import { daysBetween } from './day-of-event.ts';
import { onePerVoice } from './one-per-voice.ts';
import type { Certainty } from '../core/layers.ts';
import type { Claim, ClaimEvidence, DenialContradiction } from './types.ts';

const AFFIRMING: ReadonlySet<Certainty> = new Set(['asserted', 'reported', 'alleged']);

/**
 * Denial contradictions across a set of claims.
 *
 * @example
 * findDenials(groupClaims(events)).map((d) => d.denial.source); // ['Kremlin']
 */
export function findDenials(claims: readonly Claim[], windowDays = 30): DenialContradiction[] {
  const found: DenialContradiction[] = [];
  const accusations = claims.filter((claim) => claim.type === 'ACCUSE' && claim.target !== null);
  for (const claim of claims) {
    const affirming = onePerVoice(claim.evidence.filter((report) => AFFIRMING.has(report.certainty)));
    const denying = new Set<number>();
    for (const denial of claim.evidence.filter((report) => report.certainty === 'denied')) {
      if (denying.has(denial.articleId)) continue;
      denying.add(denial.articleId);
      if (affirming.length > 0) {
        found.push({ kind: 'denial', claimId: claim.id, denial: citeReport(denial), against: affirming.map(citeReport), accusationClaimId: null });
        continue;
      }
      for (const accusation of accusations) {
        if (accusation === claim || !deniedBy(denial, accusation.target!.key)) continue;
        const near = onePerVoice(accusation.evidence).filter((report) => report.certainty !== 'denied' && within(report, denial, windowDays));
        if (near.length > 0) found.push({ kind: 'denial', claimId: claim.id, denial: citeReport(denial), against: near.map(citeReport), accusationClaimId: accusation.id });
      }
    }
  }
  return found;
}

function deniedBy(denial: ClaimEvidence, key: string): boolean {
  return denial.actor?.key === key || denial.source?.entity?.key === key;
}

function within(a: ClaimEvidence, b: ClaimEvidence, windowDays: number): boolean {
  return a.day === null || b.day === null || Math.abs(daysBetween(a.day, b.day)) <= windowDays;
}

/**
 * A claim report reduced to what a reader needs to weigh it: outlet, day,
 * source, certainty and the words.
 */
import type { CitedReport, ClaimEvidence } from './types.ts';

/**
 * Cites a report.
 *
 * @example
 * citeReport(claim.evidence[0]!); // { articleId: 3, outlet: 'Le Monde', day: '2024-11-04', source: 'Pentagon', … }
 */
export function citeReport(report: ClaimEvidence): CitedReport {
  return {
    articleId: report.articleId,
    outlet: report.outlet,
    day: report.day,
    published: report.published,
    source: report.source?.entity?.name ?? report.source?.text ?? null,
    certainty: report.certainty,
    evidence: report.evidence.text,
  };
}

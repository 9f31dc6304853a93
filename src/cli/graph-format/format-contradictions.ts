/**
 * Contradictions as a reader sees them, grouped by kind: differing figures
 * (each figure with its outlets, sources and days), denials (the denial and
 * what it answers) and certainty shifts (from → to, with days).
 */
import type { CitedReport, Claim, Contradiction } from '../../graph/types.ts';
import { claimTitle } from './format-claims.ts';
import { clip, type Paint } from './paint.ts';

/**
 * Formats contradictions; `claims` names the claim each one is about.
 *
 * @example
 * process.stdout.write(formatContradictions(found, new Map(claims.map((c) => [c.id, c])), painter(false)));
 */
export function formatContradictions(found: readonly Contradiction[], claims: ReadonlyMap<string, Claim>, paint: Paint): string {
  const title = (id: string) => {
    const claim = claims.get(id);
    return claim ? `${claimTitle(claim, paint)}  ${paint('dim', id)}` : id;
  };
  const lines = [paint('bold', `Contradictions (${found.length})`)];
  const quantities = found.filter((c) => c.kind === 'quantity');
  const denials = found.filter((c) => c.kind === 'denial');
  const shifts = found.filter((c) => c.kind === 'shift');
  if (quantities.length) lines.push('', paint('bold', `Differing figures (${quantities.length})`));
  for (const conflict of quantities) {
    lines.push(`  ${title(conflict.claimId)}${conflict.compatible ? paint('dim', '  (compatible: bounds explain the difference)') : ''}`);
    for (const reading of conflict.readings) {
      const approx = reading.approx === 'exact' ? '' : ` (${reading.approx.replace('_', ' ')})`;
      lines.push(`    ${paint('red', `${reading.value}${conflict.unit ? ` ${conflict.unit}` : ''}${approx}`)}: ${reading.reports.map((report) => cite(report)).join('; ')}`);
    }
  }
  if (denials.length) lines.push('', paint('bold', `Denials (${denials.length})`));
  for (const denial of denials) {
    lines.push(`  ${title(denial.claimId)}`);
    for (const report of denial.denials.slice(0, 3)) lines.push(`    ${paint('red', 'denied')} ${cite(report)}  ${paint('dim', `"${clip(report.evidence, 90)}"`)}`);
    if (denial.denials.length > 3) lines.push(paint('dim', `    … ${denial.denials.length - 3} more denials; see --json`));
    const against = denial.accusationClaimId ? `accusation ${denial.accusationClaimId}` : 'against';
    for (const report of denial.against.slice(0, 5)) lines.push(`    ${against}: ${report.certainty} ${cite(report)}  ${paint('dim', `"${clip(report.evidence, 90)}"`)}`);
    if (denial.against.length > 5) lines.push(paint('dim', `    … ${denial.against.length - 5} more; see --json`));
  }
  if (shifts.length) lines.push('', paint('bold', `Certainty shifts (${shifts.length})`));
  for (const shift of shifts) {
    lines.push(`  ${title(shift.claimId)}`);
    lines.push(`    ${shift.from.certainty} → ${paint(shift.direction === 'firmer' ? 'green' : 'red', shift.to.certainty)} (${shift.direction}): ${cite(shift.from, true)} → ${cite(shift.to, true)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Outlet, article, day (the publication day for shifts, which follow the reporting), source. */
function cite(report: CitedReport, published = false): string {
  return `${report.outlet ?? '?'} #${report.articleId} ${(published ? report.published : null) ?? report.day ?? 'undated'}${report.source ? `, source ${report.source}` : ''}`;
}

/**
 * Claims as a reader sees them: one heading per claim (actor → type → target,
 * dates, certainty, voices), then its reports, one line each, by date.
 */
import type { Corroboration } from '../../graph/corroborate.ts';
import type { Claim, ClaimEvidence } from '../../graph/types.ts';
import { clip, type Paint } from './paint.ts';

/**
 * Formats claims with their corroboration.
 *
 * @example
 * process.stdout.write(formatClaims(claims.map((claim) => ({ claim, corroboration: corroborate(claim) })), painter(false)));
 */
export function formatClaims(items: readonly { readonly claim: Claim; readonly corroboration: Corroboration }[], paint: Paint, total = items.length): string {
  const lines = [paint('bold', `Claims (${items.length}${total > items.length ? ` of ${total}` : ''})`)];
  for (const { claim, corroboration } of items) {
    lines.push('', `${claimTitle(claim, paint)}  ${paint('dim', claim.id)}`);
    const quantities = claim.quantities.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}${q.approx === 'exact' ? '' : ` (${q.approx})`}${q.count > 1 ? ` ×${q.count}` : ''}`);
    lines.push(`  ${dateRange(claim)} · ${claim.certainty} · ${plural(corroboration.sources, 'source')}, ${plural(corroboration.outlets, 'outlet')}${corroboration.copies ? ` (+${corroboration.copies} wire ${corroboration.copies === 1 ? 'copy' : 'copies'})` : ''}${corroboration.denials ? ` · ${paint('red', `${corroboration.denials} denial${corroboration.denials === 1 ? '' : 's'}`)}` : ''}${quantities.length ? ` · ${quantities.join(', ')}` : ''}`);
    lines.push(paint('dim', `  voices: ${clip(corroboration.sourceNames.join('; '), 150)}`));
    for (const report of claim.evidence.slice(0, 8)) lines.push(`    ${reportLine(report, paint)}`);
    if (claim.evidence.length > 8) lines.push(paint('dim', `    … ${claim.evidence.length - 8} more report(s); see --json`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * "Russia → AID → North Korea", with ↔ for symmetric claims.
 *
 * @example
 * claimTitle(claim, painter(false)); // 'France ↔ AGREE ↔ Germany'
 */
export function claimTitle(claim: Pick<Claim, 'actor' | 'target' | 'type' | 'symmetric'>, paint: Paint): string {
  const arrow = claim.symmetric ? '↔' : '→';
  return `${paint('cyan', claim.actor?.name ?? '(no actor)')} ${arrow} ${paint('yellow', claim.type)} ${arrow} ${paint('cyan', claim.target?.name ?? '(no target)')}`;
}

/**
 * One report: day, outlet, certainty, source, quantity, the evidence words.
 *
 * @example
 * reportLine(claim.evidence[0]!, painter(false)); // '2024-11-04  Le Monde #3  alleged  source Pentagon  "…"'
 */
export function reportLine(report: ClaimEvidence, paint: Paint): string {
  const source = report.source ? `source ${report.source.entity?.name ?? report.source.text ?? '?'}` : 'own voice';
  const quantity = report.quantity ? `  ${report.quantity.value}${report.quantity.unit ? ` ${report.quantity.unit}` : ''}` : '';
  const copy = report.copyOf !== null ? ` (copy of #${report.copyOf})` : '';
  return `${report.day ?? 'undated   '}  ${report.outlet ?? '?'} #${report.articleId}${copy}  ${report.certainty}  ${source}${quantity}  ${paint('dim', `"${clip(report.evidence.text, 90)}"`)}`;
}

function dateRange(claim: Claim): string {
  if (claim.firstDate === null) return 'undated';
  return claim.firstDate === claim.lastDate ? claim.firstDate : `${claim.firstDate} → ${claim.lastDate}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

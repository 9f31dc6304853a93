/**
 * Different figures for one claim: "8 000 soldats" in one report, "10 000
 * soldiers" in another. Every conflict is listed with each figure's reports;
 * it is marked `compatible` when the bounds the reports give can all hold at
 * once ("up to 10 000" with "8 000"; "about 10 000" with "10 500", about being
 * read as ±10 %), so a reader can set those aside. Denied reports give no figure.
 * Each figure cites its reports once per story and source (wire copies folded).
 * Units are compared through `unitGroup` ("troop" as "soldier", see unit-groups.ts).
 */
import type { Approx } from '../core/layers.ts';
import { citeReport } from './cite-report.ts';
import { onePerVoice } from './one-per-voice.ts';
import type { Claim, ClaimEvidence, QuantityContradiction, QuantityReading } from './types.ts';
import { SAME_UNIT, type UnitGroup } from './unit-groups.ts';

/**
 * Quantity conflicts of one claim, one per unit with two or more values.
 *
 * @example
 * findQuantityConflicts(claim)[0]?.readings.map((r) => r.value); // [8000, 10000, 11000]
 */
export function findQuantityConflicts(claim: Claim, unitGroup: UnitGroup = SAME_UNIT): QuantityContradiction[] {
  const byUnit = new Map<string, ClaimEvidence[]>();
  for (const report of claim.evidence) {
    if (report.quantity === null || report.certainty === 'denied') continue;
    const unit = unitGroup(report.quantity.unit) ?? '';
    const list = byUnit.get(unit) ?? [];
    list.push(report);
    byUnit.set(unit, list);
  }
  const conflicts: QuantityContradiction[] = [];
  for (const [unit, reports] of byUnit) {
    const readings = new Map<string, { value: number; approx: Approx; reports: ClaimEvidence[] }>();
    for (const report of reports) {
      const { value } = report.quantity!;
      const approx = report.quantity!.approx ?? 'exact';
      const key = `${value}|${approx}`;
      const reading = readings.get(key) ?? { value, approx, reports: [] };
      reading.reports.push(report);
      readings.set(key, reading);
    }
    if (new Set([...readings.values()].map((reading) => reading.value)).size < 2) continue;
    const sorted = [...readings.values()].sort((a, b) => a.value - b.value);
    conflicts.push({
      kind: 'quantity',
      claimId: claim.id,
      unit: unit === '' ? null : unit,
      readings: sorted.map((reading): QuantityReading => ({ value: reading.value, approx: reading.approx, reports: onePerVoice(reading.reports).map(citeReport) })),
      compatible: boundsOverlap(sorted),
    });
  }
  return conflicts;
}

/**
 * Whether one number satisfies every reading's bound.
 *
 * @example
 * boundsOverlap([{ value: 10000, approx: 'up_to' }, { value: 8000, approx: 'exact' }]); // true
 */
export function boundsOverlap(readings: readonly { readonly value: number; readonly approx: Approx }[]): boolean {
  let low = -Infinity;
  let high = Infinity;
  for (const { value, approx } of readings) {
    const [from, to] = interval(value, approx);
    low = Math.max(low, from);
    high = Math.min(high, to);
  }
  return low <= high;
}

/** The closed range a reading allows; strict bounds move by a hair. */
function interval(value: number, approx: Approx): [number, number] {
  const hair = Math.max(Math.abs(value) * 1e-9, 1e-9);
  switch (approx) {
    case 'exact': return [value, value];
    case 'about': return [value * 0.9, value * 1.1];
    case 'up_to': return [-Infinity, value];
    case 'less_than': return [-Infinity, value - hair];
    case 'at_least': return [value, Infinity];
    case 'more_than': return [value + hair, Infinity];
  }
}

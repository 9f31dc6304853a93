/**
 * Near-duplicate candidates: articles sharing a simhash band, kept when the
 * exact Hamming distance is within the bound.
 */
import { hammingDistance, simhashBands } from './simhash-bands.ts';
import type { Sql } from './statement-cache.ts';

/**
 * Closest first.
 *
 * @example
 * findSimilar(sql, '0123456789abcdef', 3); // [{ id: 12, distance: 1 }]
 */
export function findSimilar(sql: Sql, simhash: string, maxDistance: number): readonly { readonly id: number; readonly distance: number }[] {
  const [band0, band1, band2, band3] = simhashBands(simhash);
  const rows = sql(
    'SELECT id, simhash FROM articles WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?',
  ).all(band0, band1, band2, band3) as { id: number; simhash: string }[];
  return rows
    .map((row) => ({ id: row.id, distance: hammingDistance(simhash, row.simhash) }))
    .filter((row) => row.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.id - b.id);
}

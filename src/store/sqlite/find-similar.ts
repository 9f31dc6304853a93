/**
 * Near-duplicate candidates: articles whose simhash bands are close to the
 * query's (see simhash-bands.ts), kept when the exact Hamming distance is
 * within the bound. Complete: no article within `maxDistance` is missed.
 */
import { bandNeighbours, hammingDistance, simhashBands } from './simhash-bands.ts';
import type { Sql } from './statement-cache.ts';

/**
 * Closest first.
 *
 * @example
 * findSimilar(sql, '0123456789abcdef', 3); // [{ id: 12, distance: 1 }]
 */
export function findSimilar(sql: Sql, simhash: string, maxDistance: number): readonly { readonly id: number; readonly distance: number }[] {
  if (!(maxDistance >= 0)) return [];
  const radius = Math.floor(Math.min(maxDistance, 64) / 4);
  const [band0, band1, band2, band3] = simhashBands(simhash).map((band) => JSON.stringify(bandNeighbours(band, radius)));
  const rows = sql(
    `SELECT id, simhash FROM articles
     WHERE band0 IN (SELECT value FROM json_each(?)) OR band1 IN (SELECT value FROM json_each(?))
        OR band2 IN (SELECT value FROM json_each(?)) OR band3 IN (SELECT value FROM json_each(?))`,
  ).all(band0, band1, band2, band3) as { id: number; simhash: string }[];
  return rows
    .map((row) => ({ id: row.id, distance: hammingDistance(simhash.toLowerCase(), row.simhash) }))
    .filter((row) => row.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.id - b.id);
}

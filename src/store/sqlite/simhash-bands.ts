/**
 * Simhash arithmetic for near-duplicate lookup: a 64-bit simhash (16 hex
 * digits) is cut into four 16-bit bands. Two hashes within D bits of each
 * other differ by at most ⌊D/4⌋ bits in at least one band (pigeonhole), so
 * probing each band's index with every value within ⌊D/4⌋ bits of the query's
 * band finds every candidate: one value per band for D ≤ 3, 697 for D ≤ 15.
 */
import { StoreError } from './store-error.ts';

/**
 * The four bands of a simhash, high bits first.
 *
 * @example
 * simhashBands('0123456789abcdef'); // [0x0123, 0x4567, 0x89ab, 0xcdef]
 */
export function simhashBands(simhash: string): [number, number, number, number] {
  if (!/^[0-9a-f]{16}$/i.test(simhash)) throw new StoreError(`simhash "${simhash.slice(0, 40)}" is not 16 hex digits`);
  const band = (i: number) => Number.parseInt(simhash.slice(i * 4, i * 4 + 4), 16);
  return [band(0), band(1), band(2), band(3)];
}

/**
 * Number of differing bits between two simhashes.
 *
 * @example
 * hammingDistance('0000000000000000', '0000000000000003'); // 2
 */
export function hammingDistance(a: string, b: string): number {
  // Two 32-bit halves: bit operations on numbers, no BigInt.
  const half = (hex: string, i: number) => Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return popcount(half(a, 0) ^ half(b, 0)) + popcount(half(a, 1) ^ half(b, 1));
}

function popcount(value: number): number {
  let x = value >>> 0;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Every 16-bit value within `radius` bits of `band`, the band itself first.
 *
 * @example
 * bandNeighbours(0, 1); // [0, 1, 2, 4, 8, …, 32768]
 */
export function bandNeighbours(band: number, radius: number): number[] {
  const values = [band];
  const flip = (value: number, from: number, left: number): void => {
    for (let bit = from; bit < 16; bit += 1) {
      const next = value ^ (1 << bit);
      values.push(next);
      if (left > 1) flip(next, bit + 1, left - 1);
    }
  };
  if (radius > 0) flip(band, 0, Math.min(radius, 16));
  return values;
}

/**
 * Simhash arithmetic for near-duplicate lookup: a 64-bit simhash (16 hex
 * digits) is cut into four 16-bit bands. Two hashes within 3 bits of each
 * other share at least one band (pigeonhole), so a band index finds every
 * candidate at distance ≤ 3; larger distances find only those sharing a band.
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
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x > 0n) {
    x &= x - 1n;
    bits += 1;
  }
  return bits;
}

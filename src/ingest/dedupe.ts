/**
 * Fingerprints that let ingestion store each story once: a SHA-256 of the
 * normalised text (the same text twice), and a 64-bit simhash of its word
 * 3-shingles (the same wire story lightly edited on several sites: a title
 * added, a word changed, "(avec AFP)" at the end).
 */
import { createHash } from 'node:crypto';
import { foldTypography, stripAccents } from '../core/words.ts';

/**
 * Candidate near-duplicates differ in at most this many of the 64 bits. Tuned
 * on fixtures/dedupe: short lightly edited copies of one wire story differ by
 * 6–11 bits (simhash is noisy on 80-word texts), two stories on one topic by
 * 27 or more. Candidates are then confirmed by `shingleOverlap`.
 */
export const NEAR_DUPLICATE_BITS = 12;

/** Share of common 3-shingles (Jaccard) from which two texts are one story. */
export const NEAR_DUPLICATE_OVERLAP = 0.5;

/** Words of a text for fingerprints: typography folded, lower case, accents removed. */
function wordsOf(text: string): string[] {
  return stripAccents(foldTypography(text).toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * SHA-256 hex of the text with typography, case and spacing normalised.
 *
 * @example
 * contentHash('Moscou  dément.') === contentHash('moscou dément.'); // true
 */
export function contentHash(text: string): string {
  const normal = foldTypography(text.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/** FNV-1a over UTF-16 units, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function shinglesOf(text: string): Set<string> {
  const words = wordsOf(text);
  return new Set(words.length < 3 ? [words.join(' ')] : words.slice(2).map((word, i) => `${words[i]} ${words[i + 1]} ${word}`));
}

/**
 * Jaccard similarity of the two texts' word 3-shingles, 0..1.
 *
 * @example
 * shingleOverlap(story, story + '\n\n(avec AFP)'); // ≈ 0.9
 */
export function shingleOverlap(a: string, b: string): number {
  const left = shinglesOf(a);
  const right = shinglesOf(b);
  let common = 0;
  for (const shingle of left) if (right.has(shingle)) common += 1;
  const union = left.size + right.size - common;
  return union === 0 ? 1 : common / union;
}

/**
 * 64-bit simhash of the text's word 3-shingles, as 16 hex digits.
 *
 * @example
 * hammingDistance(simhash(story), simhash(story + '\n\n(avec AFP)')); // small, ≤ NEAR_DUPLICATE_BITS
 */
export function simhash(text: string): string {
  const weights = new Int32Array(64);
  for (const shingle of shinglesOf(text)) {
    // Two independent 32-bit FNV-1a hashes make the 64 bits.
    const high = fnv1a(shingle, 0x811c9dc5);
    const low = fnv1a(shingle, 0x050c5d1f ^ high);
    for (let bit = 0; bit < 32; bit += 1) {
      weights[bit] = (weights[bit] ?? 0) + ((high >>> (31 - bit)) & 1 ? 1 : -1);
      weights[32 + bit] = (weights[32 + bit] ?? 0) + ((low >>> (31 - bit)) & 1 ? 1 : -1);
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble += 1) {
    let value = 0;
    for (let bit = 0; bit < 4; bit += 1) value = value * 2 + ((weights[nibble * 4 + bit] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/**
 * Number of differing bits between two 16-hex-digit simhashes.
 *
 * @example
 * hammingDistance('0000000000000000', '000000000000000f'); // 4
 */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 1) {
    let x = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (x > 0) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentHash, hammingDistance, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_OVERLAP, shingleOverlap, simhash } from './dedupe.ts';

const read = (name: string): string => readFileSync(fileURLToPath(new URL(`./fixtures/dedupe/${name}`, import.meta.url)), 'utf8');

test('contentHash ignores spacing, case and typography, not words', () => {
  const base = 'L’OTAN a confirmé la présence de soldats.';
  assert.equal(contentHash(base), contentHash("  l'OTAN  a confirmé\u00A0la présence\nde soldats. "));
  assert.notEqual(contentHash(base), contentHash('L’OTAN a démenti la présence de soldats.'));
  assert.match(contentHash(base), /^[0-9a-f]{64}$/);
});

test('simhash is 16 hex digits, stable, and hammingDistance counts bits', () => {
  const text = read('wire-a.txt');
  assert.match(simhash(text), /^[0-9a-f]{16}$/);
  assert.equal(simhash(text), simhash(text));
  assert.equal(hammingDistance('0000000000000000', '000000000000000f'), 4);
  assert.equal(hammingDistance('ffffffffffffffff', '0000000000000000'), 64);
  assert.equal(simhash(''), simhash(''));
});

const PAIRS: readonly (readonly [string, string, boolean])[] = [
  ['wire-a.txt', 'wire-a-copy.txt', true], // title added, one word added, "(avec AFP)"
  ['wire-en.txt', 'wire-en-copy.txt', true], // "the South Korean" → "South Korea's", a credit line
  ['wire-a.txt', 'same-topic.txt', false], // same meeting, written independently
  ['wire-a.txt', 'other-story.txt', false],
  ['wire-a.txt', 'wire-en.txt', false],
  ['same-topic.txt', 'other-story.txt', false],
];

test('copies of one wire story are near-duplicates; different stories on one topic are not', () => {
  for (const [a, b, same] of PAIRS) {
    const distance = hammingDistance(simhash(read(a)), simhash(read(b)));
    const overlap = shingleOverlap(read(a), read(b));
    const near = distance <= NEAR_DUPLICATE_BITS && overlap >= NEAR_DUPLICATE_OVERLAP;
    assert.equal(near, same, `${a} ~ ${b}: ${distance} bits, overlap ${overlap.toFixed(2)}`);
    if (!same) assert.ok(distance > NEAR_DUPLICATE_BITS + 8, `${a} ~ ${b} far apart: ${distance} bits`);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldTypography, lookupKey, wordAlternation } from './words.ts';

test('foldTypography keeps length and folds apostrophes and no-break spaces', () => {
  const text = 'l’OTAN a 10\u202F000\u00A0soldats';
  assert.equal(foldTypography(text).length, text.length);
  assert.equal(foldTypography(text), "l'OTAN a 10 000 soldats");
});

test('lookupKey ignores accents, case and typography', () => {
  assert.equal(lookupKey('  Pékin '), 'pekin');
  assert.equal(lookupKey('Corée\u00A0du  Nord'), 'coree du nord');
});

test('wordAlternation matches whole words only, accented letters included', () => {
  const regex = wordAlternation(['élu', "d'après", 'selon'], 'i');
  assert.deepEqual([...'réélu élu D’après selonX selon'.matchAll(regex)].map((m) => m[0]), ['élu', 'D’après', 'selon']);
});

test('wordAlternation prefers the longest phrase', () => {
  const regex = wordAlternation(['Corée', 'Corée du Nord']);
  assert.deepEqual([...'la Corée du\u00A0Nord'.matchAll(regex)].map((m) => m[0]), ['Corée du\u00A0Nord']);
});

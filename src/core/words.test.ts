import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldTypography, letterOrDigitRuns, lookupKey, wordAlternation } from './words.ts';

test('foldTypography keeps length and folds apostrophes and no-break spaces', () => {
  const text = 'l’OTAN a 10\u202F000\u00A0soldats';
  assert.equal(foldTypography(text).length, text.length);
  assert.equal(foldTypography(text), "l'OTAN a 10 000 soldats");
});

test('foldTypography: a text with nothing to fold comes back as is; a long text folded twice folds the same', () => {
  const reference = (text: string) => text.replace(/[\u2019\u2018\u02BC\u2032]/g, "'").replace(/[\u00A0\u202F\u2007\u2009\u200A]/g, ' ').replace(/[\u2010\u2011]/g, '-');
  const pieces = ['a', 'É', ' ', '\u2019', '\u2018', '\u02BC', '\u2032', '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2010', '\u2011', '-', "'", '.'];
  let seed = 7;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % pieces.length;
  };
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: round < 100 ? round % 12 : 2000 + round }, () => pieces[next()]).join('');
    assert.equal(foldTypography(text), reference(text));
    assert.equal(foldTypography(text), reference(text));
  }
  const long = `${'Le cessez-le-feu tient. '.repeat(100)}l\u2019accord`;
  assert.equal(foldTypography(long), reference(long));
  assert.equal(foldTypography(`${long} `), `${reference(long)} `);
  assert.equal(foldTypography(long), reference(long));
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

test('letterOrDigitRuns finds what /[\\p{L}\\p{N}]+/gu finds, a letter outside the BMP included', () => {
  for (const text of ['Il a dit 42 fois.', 'x\u{1D400}y 😀 z', '', '—', 'fin']) {
    const runs = letterOrDigitRuns(text);
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    assert.deepEqual(runs.starts, expected.map((m) => m.index), text);
    assert.deepEqual(runs.ends, expected.map((m) => m.index + m[0].length), text);
  }
});

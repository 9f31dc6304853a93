import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseFinder } from './find-phrases.ts';

const find = phraseFinder(['km', 'km²', 'mille', 'milles marins', '%', 'pour cent', 'us$']);

const CASES: [string, number, number][] = [
  ['à 76 milles marins', 5, 13], // the longest phrase wins
  ['à 76 mille hommes', 5, 5],
  ['141 km²', 4, 3],
  ['141 KM au nord', 4, 2], // case-insensitive
  ['141 kms', 4, 0], // a phrase ending in a letter is a whole word
  ['73 %.', 3, 1],
  ['73 pour cent', 3, 9],
  ['US$5', 0, 3],
  ['rien', 0, 0],
  ['', 0, 0],
];

for (const [text, position, length] of CASES) {
  test(`phraseFinder: "${text}" at ${position} → ${length}`, () => {
    assert.equal(find(text, position), length);
  });
}

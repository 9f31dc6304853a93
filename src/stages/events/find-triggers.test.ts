import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../../lang/load.ts';
import { openingWord, readPatterns } from './read-patterns.ts';
import { triggerMatches } from './find-triggers.ts';

test('openingWord: the first run of letters, lower case', () => {
  for (const [surface, expected] of [
    ['Imposer … sanctions', 'imposer'],
    ["s'est rendu", 's'],
    ['Strikes', 'strikes'],
  ] as const) assert.equal(openingWord(surface), expected, surface);
});

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  ['fr', 'Pyongyang livre des obus à Moscou.', ['livre']],
  ['fr', "Le ministre s'est rendu à Kiev puis a rencontré Zelensky.", ["s'est rendu", 'rencontré']],
  ['fr', 'Les deux ministres se sont entretenus hier au sujet d\'une visite.', ['se sont entretenus', 'visite']],
  ['fr', 'Bruxelles a imposé de nouvelles sanctions à Téhéran.', ['imposé de nouvelles sanctions']],
  // Whole words only: "livres" of a bookshop is not a form of livrer.
  ['fr', 'La librairie vend des livresques.', []],
  ['en', 'Iran has shipped hundreds of drones to Russia.', ['shipped']],
  ['en', 'THE EU IMPOSED SANCTIONS ON IRAN.', ['IMPOSED SANCTIONS']],
];

for (const [code, sentence, expected] of cases) {
  test(`triggerMatches (${code}): ${sentence}`, () => {
    assert.deepEqual([...triggerMatches(sentence, readPatterns(loadLanguage(code)))].map((m) => m[0]), expected);
  });
}

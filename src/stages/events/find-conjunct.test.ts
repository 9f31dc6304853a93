import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { loadLanguage } from '../../lang/load.ts';
import { isFinite } from './find-conjunct.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'Ukraine', 'United States', 'NATO', 'Mark Rutte');

test('isFinite: finite verbs, not infinitives or gerunds', (t) => {
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  for (const [code, word, expected] of [
    ['fr', 'accuse', true], ['fr', 'a', true], ['fr', 'armer', false], ['fr', 'livré', false],
    ['en', 'accuses', true], ['en', 'landed', true], ['en', 'using', false], ['en', 'accuse', false],
  ] as const) assert.equal(isFinite(loadLanguage(code), word), expected, `${code} ${word}`);
});

/** [language, text, "TYPE actor → target certainty source" of every event]. */
const cases: readonly (readonly ['fr' | 'en', string, readonly string[]])[] = [
  // A denial stops at a coordinated finite verb…
  ['fr', 'Téhéran dément armer les milices et accuse Washington de mensonge.', ['ACCUSE Iran → United States asserted null']],
  ['en', 'Tehran denies arming the militias and accuses Washington of lying.', ['ACCUSE Iran → United States asserted null']],
  // … but covers a coordinated participle of the same verb.
  ['fr', 'Moscou a démenti avoir livré des obus à Pyongyang et fourni des drones à Téhéran.', ['AID Russia → North Korea denied Russia', 'AID Russia → Iran denied Russia']],
  // A trailing "according to" sources its own clause only.
  ['en', 'Moscow is believed to have sent troops to Kyiv, and two envoys landed in Beijing, according to local media.', ['AID Russia → Ukraine suspected null']],
  ['en', 'Moscow sent troops to Kyiv and Beijing, according to local media.', ['AID Russia → Ukraine reported local media', 'AID Russia → China reported local media']],
];

for (const [lang, text, expected] of cases) {
  test(`conjunct scope (${lang}): ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target} ${e.certainty} ${e.source}`), expected);
  });
}

/** A coordinated finite verb keeps the sentence's subject and its own object. */
const subjects: readonly (readonly ['fr' | 'en', string, readonly string[]])[] = [
  ['fr', "Washington s'est dit inquiet de la situation et a exhorté Moscou à la retenue.", ['REQUEST United States → Russia']],
  ['en', 'Tehran denies arming the militias and accuses Washington of lying.', ['ACCUSE Iran → United States']],
  // Coordinated subjects are no conjunct: both act.
  ['fr', 'Moscou et Pékin ont condamné Washington.', ['ACCUSE Russia → United States', 'ACCUSE China → United States']],
];

for (const [lang, text, expected] of subjects) {
  test(`conjunct subject (${lang}): ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target}`), expected);
  });
}

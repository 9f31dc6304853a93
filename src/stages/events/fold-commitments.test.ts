import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'Ukraine', 'United States', 'Iran');

/** [language, text, quantity said, every event as "TYPE actor → target certainty"]. */
const cases: readonly (readonly ['fr' | 'en', string, { text: string; value: number; unit: string } | null, readonly string[]])[] = [
  ['fr', 'Washington a promis à Kiev plus de 300 millions de dollars.', { text: '300 millions de dollars', value: 300000000, unit: 'dollar' }, ['AID United States → Ukraine planned']],
  ['en', 'Washington pledged $300 million to Kyiv.', { text: '$300 million', value: 300000000, unit: 'dollar' }, ['AID United States → Ukraine planned']],
  // A pledge of something else stays a promise.
  ['fr', 'Washington a promis à Kiev de négocier.', null, ['AGREE United States → Ukraine asserted']],
  ['fr', 'Washington a promis à Kiev 300 soldats.', { text: '300 soldats', value: 300, unit: 'soldier' }, ['AGREE United States → Ukraine asserted']],
];

for (const [lang, text, quantity, expected] of cases) {
  test(`commitments (${lang}): ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL, quantities: quantity ? [quantity] : [] });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target} ${e.certainty}`), expected);
  });
}

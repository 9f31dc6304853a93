import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Israel', 'Ukraine', 'Kharkiv');

test('dedupe: the same act told twice in one sentence is one event (en)', () => {
  const doc = handDoc({ text: 'Pyongyang sent shells to Moscow and sent rockets to Moscow.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'asserted', source: null }]);
});

test('dedupe: the same act in two sentences stays two events (en)', () => {
  const doc = handDoc({ text: 'Pyongyang sent shells to Moscow. Later Pyongyang sent rockets to Moscow.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.equal(doc.get('events').length, 2);
});

test('dedupe: an act the text tells again in the same words is one event (en)', () => {
  const doc = handDoc({ text: 'Pyongyang sent shells to Moscow by rail. In winter, Pyongyang sent shells to Moscow by sea.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'asserted', source: null }]);
});

test('symmetric: coordinated subjects of a denied talk make one pair (fr)', (t) => {
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const doc = handDoc({ text: 'Israël et la Russie ne négocient pas directement.', lang: 'fr', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'CONSULT', actor: 'Israel', target: 'Russia', certainty: 'denied', source: null }]);
});

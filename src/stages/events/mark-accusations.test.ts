import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'United States', 'Mark Rutte');

test('accusation: an accusation gives ACCUSE and the alleged act, sourced to the accuser (fr)', (t) => {
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const doc = handDoc({ text: "Mark Rutte a accusé l'Iran de livrer des missiles à la Russie.", lang: 'fr', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [
    { type: 'ACCUSE', actor: 'Mark Rutte', target: 'Iran', certainty: 'asserted', source: null },
    { type: 'AID', actor: 'Iran', target: 'Russia', certainty: 'alleged', source: 'Mark Rutte' },
  ]);
});

test('accusation: the same in English, with coordinated accused', () => {
  const doc = handDoc({ text: 'Washington accused Tehran and Pyongyang of arming Moscow.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [
    { type: 'ACCUSE', actor: 'United States', target: 'Iran', certainty: 'asserted', source: null },
    { type: 'ACCUSE', actor: 'United States', target: 'North Korea', certainty: 'asserted', source: null },
    { type: 'AID', actor: 'Iran', target: 'Russia', certainty: 'alleged', source: 'United States' },
    { type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'alleged', source: 'United States' },
  ]);
});

test('accusation: a suspected infinitive keeps its actor and is suspected (fr)', () => {
  const doc = handDoc({ text: "La Chine est soupçonnée d'aider la Russie à échapper aux sanctions.", lang: 'fr', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'China', target: 'Russia', certainty: 'suspected', source: null }]);
});

test('accusation: "accused of" without accuser gives no ACCUSE but an alleged act (en)', () => {
  const doc = handDoc({ text: 'Two firms in Beijing, all accused of aiding Moscow, were named.', lang: 'en', entities: [...ALL, { name: 'Firm', kind: 'organization', says: ['Two firms'] }] });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'Firm', target: 'Russia', certainty: 'alleged', source: null }]);
});

test('accusation: every member of a long list before "all accused of" is alleged (en, fr)', (t) => {
  const en = handDoc({ text: 'Kyiv blacklisted Tehran, Beijing and Pyongyang, all three of them accused of helping Moscow.', lang: 'en', entities: ALL });
  assertDoc(en);
  assert.deepEqual(viewEvents(en).filter((e) => e.type === 'AID').map((e) => `${e.actor} ${e.certainty}`), ['Iran alleged', 'China alleged', 'North Korea alleged']);
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const fr = handDoc({ text: "Kiev a mis sur liste noire Téhéran, Pékin et Pyongyang, tous les trois accusés d'aider Moscou.", lang: 'fr', entities: ALL });
  assertDoc(fr);
  assert.deepEqual(viewEvents(fr).filter((e) => e.type === 'AID').map((e) => `${e.actor} ${e.certainty}`), ['Iran alleged', 'China alleged', 'North Korea alleged']);
});

test('commitment: a pledge to act is the act, planned, and no AGREE (en)', () => {
  const doc = handDoc({ text: 'Washington pledged to send more shells to Kyiv.', lang: 'en', entities: [...ALL, ...world('Ukraine')] });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'United States', target: 'Ukraine', certainty: 'planned', source: null }]);
});

test('commitment: the same in French', (t) => {
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const doc = handDoc({ text: "Washington s'engage à livrer des obus à Kiev.", lang: 'fr', entities: [...ALL, ...world('Ukraine')] });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'United States', target: 'Ukraine', certainty: 'planned', source: null }]);
});

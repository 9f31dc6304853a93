import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Ukraine', 'Kursk Oblast');

test('details: the quantity, place and date of the clause are attached (en)', () => {
  const text = 'On Monday, Pyongyang sent 8,000 soldiers to Russia in the Kursk region.';
  const doc = handDoc({
    text, lang: 'en', entities: ALL,
    quantities: [{ text: '8,000 soldiers', value: 8000, unit: 'soldier' }],
    dates: [{ text: 'Monday', value: '2024-11-04' }],
  });
  assertDoc(doc);
  const [event] = doc.get('events');
  assert.ok(event);
  assert.deepEqual(event.quantity, { value: 8000, unit: 'soldier' });
  assert.equal(doc.get('entities').find((e) => e.id === event.place)?.name, 'Kursk Oblast');
  assert.equal(event.date, '2024-11-04');
  assert.equal(text.slice(event.start, event.end), 'Pyongyang sent 8,000 soldiers to Russia');
});

test('details: a quantity in another clause is not attached (en)', () => {
  const doc = handDoc({
    text: 'Pyongyang sent troops to Russia; 300 people fled Kharkiv.', lang: 'en', entities: ALL,
    quantities: [{ text: '300 people', value: 300, unit: 'person' }],
  });
  assertDoc(doc);
  assert.equal(doc.get('events')[0]?.quantity, null);
});

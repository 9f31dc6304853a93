import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.ts';
import { handBuiltDoc } from './fixtures/hand-built-doc.ts';
import { assertDoc } from '../core/assert-doc.ts';
import { toContract } from './contract.ts';

/** The shape of a value: key → type, arrays by their first item. */
function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

const SPAN = { end: 'number', start: 'number', text: 'string' };

test('the contract keeps its shape (keys and types of every item)', () => {
  const doc = handBuiltDoc();
  assertDoc(doc);
  assert.deepEqual(shapeOf(toContract(doc)), {
    article: { id: 'string', lang: 'string', published: 'string', title: 'string' },
    boilerplate: [SPAN],
    dates: [{ ...SPAN, by: 'string', granularity: 'string', implied: ['string'], known: ['string'], value: 'string' }],
    entities: [{
      by: 'string', id: 'string', ids: { iso3: 'string', wikidata: 'string' }, kind: 'string',
      mentions: [{ ...SPAN, by: 'string', form: 'string' }], name: 'string', partOf: 'null',
    }],
    events: [{
      actor: 'string', by: 'string', certainty: 'string', certaintyBy: 'string', certaintyCue: SPAN, date: 'string',
      evidence: SPAN, place: 'string', quantity: { unit: 'string', value: 'number' },
      source: { by: 'string', cue: SPAN, entity: 'string', text: 'string' }, target: 'string', trigger: SPAN, type: 'string',
    }],
    messages: [{ level: 'string', rule: 'string', span: SPAN, text: 'string' }],
    quantities: [{ ...SPAN, approx: 'string', by: 'string', unit: 'string', value: 'number' }],
    numbers: [{ ...SPAN, by: 'string', kind: 'string', value: 'number' }],
    ranges: [{ ...SPAN, by: 'string', max: 'null', maxIncluded: 'boolean', min: 'number', minIncluded: 'boolean' }],
    quotes: [{ ...SPAN, by: 'string', cue: SPAN, kind: 'string', speaker: 'string', speakerSpan: SPAN }],
  });
});

test('the contract carries the evidence: texts of spans, rules, cues, article fields', () => {
  const contract = toContract(handBuiltDoc());
  assert.deepEqual(contract.article, { id: 'hand-1', lang: 'fr', published: '2024-11-07', title: 'Soldats en Russie' });
  const [event] = contract.events;
  assert.equal(event?.evidence.text, 'Pyongyang fournirait 10 000 soldats à Moscou');
  assert.equal(event?.certaintyCue?.text, 'fournirait');
  assert.equal(event?.certaintyBy, 'test/conditional');
  assert.equal(event?.source?.cue?.text, 'Selon');
  assert.equal(event?.trigger.text, 'fournirait');
  assert.deepEqual(contract.entities.find((entity) => entity.id === 'e3')?.partOf, 'Europe');
  assert.deepEqual(contract.entities[0]?.mentions.map((mention) => mention.text), ['Washington']);
  assert.equal(contract.quotes[0]?.cue?.text, 'a dit');
  assert.deepEqual(contract.boilerplate.map((span) => span.text), ['Abonnez-vous à notre lettre.']);
  assert.equal(contract.messages[0]?.span?.text, 'jeudi');
  assert.equal(toContract(handBuiltDoc(), { id: 'line-7' }).article.id, 'line-7');
});

test('a doc without layers gives empty lists and null article fields', () => {
  const contract = toContract(new Doc({ text: 'Rien.', lang: 'und' }));
  assert.deepEqual(contract, {
    article: { id: null, lang: 'und', published: null, title: null },
    entities: [], quotes: [], events: [], quantities: [], numbers: [], ranges: [], dates: [], boilerplate: [], messages: [],
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../core/doc.ts';
import { assertDoc } from '../core/assert-doc.ts';
import { toContract } from './contract.ts';

// A sentence written for this test; offsets are found, not typed.
const TEXT = 'Soldats en Russie\n\nSelon Washington, Pyongyang fournirait 10 000 soldats à Moscou jeudi. « Nous suivons cela », a dit Rutte.\n\nAbonnez-vous à notre lettre.';

const at = (phrase: string, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in the test text`);
  return { start, end: start + phrase.length };
};

function handBuiltDoc(): Doc {
  const doc = new Doc({ text: TEXT, lang: 'fr', published: '2024-11-07', id: 'hand-1' });
  const title = at('Soldats en Russie');
  const body = at('Selon Washington, Pyongyang fournirait 10 000 soldats à Moscou jeudi. « Nous suivons cela », a dit Rutte.');
  const footer = at('Abonnez-vous à notre lettre.');
  const by = (rule: string) => `test/${rule}`;
  doc.add('paragraphs', [
    { ...title, role: 'title', by: by('title') },
    { ...body, role: 'body', by: by('body') },
    { ...footer, role: 'boilerplate', by: by('footer') },
  ]);
  doc.add('sentences', []);
  doc.add('tokens', []);
  doc.add('entities', [
    { id: 'e1', name: 'United States', kind: 'country', ids: { wikidata: 'Q30', iso3: 'USA' }, by: by('gazetteer') },
    { id: 'e2', name: 'North Korea', kind: 'country', ids: { wikidata: 'Q423', iso3: 'PRK' }, by: by('gazetteer') },
    { id: 'e3', name: 'Russia', kind: 'country', ids: { wikidata: 'Q159', iso3: 'RUS' }, partOf: 'Europe', by: by('gazetteer') },
    { id: 'e4', name: 'Mark Rutte', kind: 'person', ids: { wikidata: 'Q57792' }, by: by('gazetteer') },
  ]);
  doc.add('mentions', [
    { ...at('Washington'), text: 'Washington', entity: 'e1', form: 'capital', by: by('capital') },
    { ...at('Pyongyang'), text: 'Pyongyang', entity: 'e2', form: 'capital', by: by('capital') },
    { ...at('Moscou'), text: 'Moscou', entity: 'e3', form: 'capital', by: by('capital') },
    { ...at('Rutte'), text: 'Rutte', entity: 'e4', form: 'name', by: by('name') },
  ]);
  doc.add('quotes', [{ ...at('Nous suivons cela'), text: 'Nous suivons cela', kind: 'direct', speaker: 'e4', speakerSpan: at('Rutte'), cue: at('a dit'), by: by('incise') }]);
  doc.add('quantities', [{ ...at('10 000 soldats'), text: '10 000 soldats', value: 10000, unit: 'soldier', approx: 'exact', by: by('count') }]);
  doc.add('dates', [{ ...at('jeudi'), text: 'jeudi', value: '2024-11-07', granularity: 'day', known: ['weekday'], implied: ['year', 'month', 'day'], by: by('weekday') }]);
  doc.add('events', [{
    ...at('Pyongyang fournirait 10 000 soldats à Moscou'), type: 'AID', actor: 'e2', target: 'e3', trigger: at('fournirait'),
    certainty: { value: 'alleged', cue: at('fournirait'), by: by('conditional') },
    source: { entity: 'e1', text: 'Washington', cue: at('Selon'), by: by('selon') },
    quantity: { value: 10000, unit: 'soldier' }, place: 'e3', date: '2024-11-07', by: by('supply'),
  }]);
  doc.report({ rule: 'test/note', level: 'info', text: 'a note', span: at('jeudi') });
  return doc;
}

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
    entities: [], quotes: [], events: [], quantities: [], dates: [], boilerplate: [], messages: [],
  });
});

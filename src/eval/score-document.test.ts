import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeyIndex } from './key-index.ts';
import { scoreDocument } from './score-document.ts';
import { coarseCertainty } from './score-events.ts';
import { jaccard, wordSet } from './score-quotes.ts';
import type { GoldDoc, GoldEvent, KeysFile } from './gold.ts';
import type { SystemAnswer } from './system-answer.ts';

// Hand-written keys and texts; none comes from the gold folder.
const KEYS: KeysFile = {
  Russia: { kind: 'country', aliases: ['Q159', 'RUS', 'Russie', 'Moscou'] },
  'North Korea': { kind: 'country', aliases: ['Q423', 'PRK', 'Corée du Nord', 'Pyongyang'] },
  'United States': { kind: 'country', aliases: ['Q30', 'USA', 'US', 'États-Unis', 'Washington'] },
  'United States Department of State': { kind: 'organization', aliases: ['State Department'], part_of: 'United States' },
  'Mark Rutte': { kind: 'person', aliases: ['Rutte'] },
};
const index = buildKeyIndex(KEYS);

const TEXT = 'Pyongyang enverrait des soldats à Moscou, selon Washington. Rutte a dit : « Nous suivons cela de près ».';

function gold(fields: Partial<GoldDoc>): GoldDoc {
  return { id: 't', lang: 'fr', published: '2024-11-07', text: TEXT, ...fields };
}

const ENTITIES: SystemAnswer['entities'] = [
  { id: 'e1', name: 'North Korea', mentions: [{ start: 0, end: 9, text: 'Pyongyang' }] },
  { id: 'e2', name: 'Moscou', ids: {}, mentions: [{ start: 34, end: 40, text: 'Moscou' }] },
  { id: 'e3', name: 'State Department' },
  { id: 'e4', name: 'Marc Rutté' },
  { id: 'e5', name: 'X', ids: { wikidata: 'Q30' } },
];

function system(fields: Partial<SystemAnswer>): SystemAnswer {
  return { entities: ENTITIES, quotes: [], events: [], quantities: [], dates: [], ...fields };
}

const aid = (fields: Partial<GoldEvent> = {}): GoldEvent => ({
  actor: 'North Korea', type: 'AID', target: 'Russia', certainty: 'alleged', source: 'United States', ...fields,
});

test('entities: aliases, ids, accents and case name a key; each key counts once; no part_of', () => {
  const doc = gold({ entities: [{ key: 'Russia' }, { key: 'North Korea' }, { key: 'United States' }, { key: 'Mark Rutte' }, { key: 'China' }] });
  const score = scoreDocument(doc, system({ entities: [...ENTITIES, { id: 'e6', name: 'Corée du Nord' }] }), index);
  // Russia (alias Moscou), North Korea (twice, counted once), United States (by Wikidata id Q30), Mark Rutte? "Marc Rutté" is no alias.
  assert.deepEqual(score.tally.layers.entities, { tp: 3, fp: 2, fn: 2 });
  assert.ok(score.errors.some((error) => error.kind === 'false-positive' && error.text === 'State Department'));
});

test('mentions: a gold mention string inside a system mention of the right key', () => {
  const doc = gold({ entities: [{ key: 'Russia', mentions: ['Moscou', 'russe'] }, { key: 'North Korea', mentions: ['Pyongyang'] }] });
  assert.deepEqual(scoreDocument(doc, system({}), index).tally.accuracies.mentionRecall, { right: 2, total: 3 });
});

test('quotes: Jaccard over lower-cased word tokens, threshold 0.5, one-to-one', () => {
  assert.equal(jaccard(wordSet('Nous suivons cela'), wordSet('nous suivons cela de près')), 0.6);
  const cases: { quote: string; matched: boolean }[] = [
    { quote: 'nous suivons cela de près', matched: true },
    { quote: 'Nous suivons', matched: false }, // 2 of 5 words: 0.4
    { quote: 'cela de près', matched: true }, // 3 of 5 words: 0.6
  ];
  for (const { quote, matched } of cases) {
    const doc = gold({ quotes: [{ text: 'Nous suivons cela de près', speaker: 'Mark Rutte' }] });
    const score = scoreDocument(doc, system({ quotes: [{ start: 0, end: 0, text: quote, speaker: 'e4' }] }), index);
    assert.equal(score.tally.layers.quotes.tp, matched ? 1 : 0, quote);
  }
  const doc = gold({ quotes: [{ text: 'Nous suivons cela de près', speaker: null }] });
  const twice = { start: 0, end: 0, text: 'nous suivons cela de près', speaker: null };
  assert.deepEqual(scoreDocument(doc, system({ quotes: [twice, twice] }), index).tally.layers.quotes, { tp: 1, fp: 1, fn: 0 });
});

test('quotes: speaker accuracy on matches, with part_of', () => {
  const doc = gold({ quotes: [{ text: 'a b c', speaker: 'United States' }, { text: 'd e f', speaker: 'Mark Rutte' }] });
  const score = scoreDocument(doc, system({ quotes: [
    { start: 0, end: 0, text: 'a b c', speaker: 'e3' }, // the State Department stands for its state
    { start: 0, end: 0, text: 'd e f', speaker: 'e4' }, // "Marc Rutté" names no key
  ] }), index);
  assert.deepEqual(score.tally.accuracies.speaker, { right: 1, total: 2 });
});

test('events: actor, type and target; part_of for actors; symmetric types either way', () => {
  const cases: { name: string; gold: GoldEvent; actor: string | null; type: string; target: string | null; matched: boolean }[] = [
    { name: 'same', gold: aid(), actor: 'e1', type: 'AID', target: 'e2', matched: true },
    { name: 'reversed AID', gold: aid(), actor: 'e2', type: 'AID', target: 'e1', matched: false },
    { name: 'other type', gold: aid(), actor: 'e1', type: 'MOBILIZE', target: 'e2', matched: false },
    { name: 'reversed CONSULT', gold: aid({ type: 'CONSULT' }), actor: 'e2', type: 'CONSULT', target: 'e1', matched: true },
    { name: 'reversed AGREE', gold: aid({ type: 'AGREE' }), actor: 'e2', type: 'AGREE', target: 'e1', matched: true },
    { name: 'reversed COOPERATE', gold: aid({ type: 'COOPERATE' }), actor: 'e2', type: 'COOPERATE', target: 'e1', matched: true },
    { name: 'body for state', gold: aid({ actor: 'United States', type: 'ACCUSE' }), actor: 'e3', type: 'ACCUSE', target: 'e2', matched: true },
    { name: 'state for body', gold: aid({ actor: 'United States Department of State', type: 'ACCUSE' }), actor: 'e5', type: 'ACCUSE', target: 'e2', matched: true },
    { name: 'null target', gold: aid({ target: null, type: 'MOBILIZE' }), actor: 'e1', type: 'MOBILIZE', target: null, matched: true },
    { name: 'null against entity', gold: aid({ target: null, type: 'MOBILIZE' }), actor: 'e1', type: 'MOBILIZE', target: 'e2', matched: false },
  ];
  for (const c of cases) {
    const score = scoreDocument(gold({ events: [c.gold] }), system({ events: [{ type: c.type, actor: c.actor, target: c.target, certainty: 'alleged', source: null }] }), index);
    assert.equal(score.tally.layers.events.tp, c.matched ? 1 : 0, c.name);
  }
});

test('events: one-to-one, preferring the candidate that agrees on certainty, then on source', () => {
  const doc = gold({ events: [aid({ certainty: 'denied', source: 'Russia' }), aid({ certainty: 'alleged', source: 'United States' })] });
  const score = scoreDocument(doc, system({ events: [
    { type: 'AID', actor: 'e1', target: 'e2', certainty: 'alleged', source: { entity: 'e5', text: 'Washington' } },
    { type: 'AID', actor: 'e1', target: 'e2', certainty: 'denied', source: { entity: 'e2', text: 'Moscou' } },
    { type: 'AID', actor: 'e1', target: 'e2', certainty: 'denied', source: null },
  ] }), index);
  assert.deepEqual(score.tally.layers.events, { tp: 2, fp: 1, fn: 0 });
  assert.deepEqual(score.tally.accuracies.certainty, { right: 2, total: 2 });
  assert.deepEqual(score.tally.accuracies.source, { right: 2, total: 2 });
});

test('events: coarse certainty classes', () => {
  const table: [string, string][] = [
    ['asserted', 'fact'], ['reported', 'fact'], ['alleged', 'uncertain'], ['suspected', 'uncertain'],
    ['planned', 'uncertain'], ['possible', 'uncertain'], ['denied', 'negated'],
  ];
  for (const [value, coarse] of table) assert.equal(coarseCertainty(value), coarse);
  const score = scoreDocument(gold({ events: [aid({ certainty: 'alleged' })] }), system({ events: [
    { type: 'AID', actor: 'e1', target: 'e2', certainty: 'possible', source: { entity: 'e5', text: null } },
  ] }), index);
  assert.deepEqual(score.tally.accuracies.certainty, { right: 0, total: 1 });
  assert.deepEqual(score.tally.accuracies.certaintyCoarse, { right: 1, total: 1 });
});

test('events: source rules (entity, text containing an alias, described source, null)', () => {
  const entities = [{ key: 'North Korea' }, { key: 'Russia' }, { key: 'United States' }];
  const cases: { name: string; gold: string | null; source: SystemAnswer['events'][number]['source']; right: boolean }[] = [
    { name: 'entity', gold: 'United States', source: { entity: 'e5', text: null }, right: true },
    { name: 'body entity for state', gold: 'United States', source: { entity: 'e3', text: null }, right: true },
    { name: 'text with alias', gold: 'United States', source: { entity: null, text: 'selon Washington' }, right: true },
    { name: 'alias inside a word', gold: 'United States', source: { entity: null, text: 'Russian officials' }, right: false },
    { name: 'other entity', gold: 'United States', source: { entity: 'e2', text: null }, right: false },
    { name: 'described, any text', gold: 'sources close to the talks', source: { entity: null, text: 'des sources proches' }, right: true },
    { name: 'described, not another entity', gold: 'sources close to the talks', source: { entity: 'e2', text: 'Moscou' }, right: false },
    { name: 'described, none stated', gold: 'sources close to the talks', source: null, right: false },
    { name: 'null gold, null system', gold: null, source: null, right: true },
    { name: 'null gold, empty system', gold: null, source: { entity: null, text: null }, right: true },
    { name: 'null gold, stated system', gold: null, source: { entity: null, text: 'selon Washington' }, right: false },
  ];
  for (const c of cases) {
    const doc = gold({ entities, events: [aid({ source: c.gold })] });
    const score = scoreDocument(doc, system({ events: [{ type: 'AID', actor: 'e1', target: 'e2', certainty: 'alleged', source: c.source }] }), index);
    assert.deepEqual(score.tally.accuracies.source, { right: c.right ? 1 : 0, total: 1 }, c.name);
  }
});

test('event pairs: same actor and target, any type', () => {
  const score = scoreDocument(gold({ events: [aid(), aid({ type: 'MOBILIZE', target: null })] }), system({ events: [
    { type: 'ASSAULT', actor: 'e1', target: 'e2', certainty: 'asserted', source: null },
  ] }), index);
  assert.deepEqual(score.tally.layers.events, { tp: 0, fp: 1, fn: 2 });
  assert.deepEqual(score.tally.layers.eventPairs, { tp: 1, fp: 0, fn: 1 });
});

test('quantities: value and unit lemma', () => {
  const doc = gold({ quantities: [{ value: 10000, unit: 'soldier' }, { value: 3, unit: null }] });
  const score = scoreDocument(doc, system({ quantities: [
    { start: 0, end: 0, text: '10 000 soldats', value: 10000, unit: 'soldier' },
    { start: 0, end: 0, text: '3', value: 3, unit: 'missile' },
  ] }), index);
  assert.deepEqual(score.tally.layers.quantities, { tp: 1, fp: 1, fn: 1 });
});

test('dates: same text and value; relative dates unscored without a publication date', () => {
  const dates = [{ text: 'jeudi', value: '2024-11-07' }, { text: 'février 2022', value: '2022-02' }];
  const answer = system({ dates: [
    { start: 0, end: 0, text: 'jeudi', value: '2024-11-07' },
    { start: 0, end: 0, text: 'février 2022', value: '2022-03' },
  ] });
  assert.deepEqual(scoreDocument(gold({ dates }), answer, index).tally.layers.dates, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(scoreDocument(gold({ dates, published: null }), answer, index).tally.layers.dates, { tp: 0, fp: 1, fn: 1 });
});

test('a gold layer that is absent is not scored; an empty list is', () => {
  const answer = system({ quantities: [{ start: 0, end: 0, text: '3', value: 3, unit: null }] });
  assert.deepEqual(scoreDocument(gold({}), answer, index).tally.layers.quantities, { tp: 0, fp: 0, fn: 0 });
  assert.deepEqual(scoreDocument(gold({ quantities: [] }), answer, index).tally.layers.quantities, { tp: 0, fp: 1, fn: 0 });
});

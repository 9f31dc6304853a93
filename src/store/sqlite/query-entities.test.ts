import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisOf, fixtureText, newArticle, tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';

const { path, cleanup } = tempDb();
const store = openSqliteStore(path);
const fr = fixtureText('fr/troupes-koursk.txt');
const en = fixtureText('en/missiles-denial.txt');
store.saveArticle(newArticle(fr, { published: '2024-11-04' }), analysisOf(fr, 'fr', '2024-11-04'));
store.saveArticle(newArticle(en, { lang: 'en', published: '2024-11-06' }), analysisOf(en, 'en', '2024-11-06'));

test.after(() => {
  store.close();
  cleanup();
});

test('entity() accepts a key, a stored name in any case or accents, and gazetteer names in French or English', () => {
  const cases: [string, string | null][] = [
    ['Q159', 'Q159'],
    ['q159', 'Q159'],
    ['Russia', 'Q159'],
    ['RUSSIA', 'Q159'],
    ['Russie', 'Q159'],
    ['Fédération de Russie', 'Q159'],
    ['federation de russie', 'Q159'],
    ['Corée du Nord', 'Q423'],
    ['OTAN', 'Q7184'],
    ['Rutte', 'Q57792'],
    ['place:kursk oblast', 'place:kursk oblast'],
    ['kursk oblast', 'place:kursk oblast'],
    ['Moscou', null], // a capital is not taken for its state
    ['Allemagne', null], // known to the gazetteer, absent from the store
    ['', null],
    ["'; DROP TABLE entities; --", null],
  ];
  for (const [query, key] of cases) assert.equal(store.entity(query)?.key ?? null, key, query);
});

test('entities() lists by number of articles, filtered by kind and by part of the name', () => {
  const all = store.entities();
  assert.equal(all[0]?.key, 'Q159', 'Russia is in both articles');
  assert.deepEqual(all[0], { key: 'Q159', name: 'Russia', kind: 'country', articles: 2, mentions: 4 });
  assert.deepEqual(store.entities({ kind: 'person' }).map((entity) => entity.name), ['Mark Rutte']);
  assert.deepEqual(store.entities({ name: 'ÉTATS' }), []);
  assert.deepEqual(store.entities({ name: 'states' }).map((entity) => entity.name), ['United States', 'United States Department of Defense']);
  assert.deepEqual(store.entities({ name: '%' }), [], 'LIKE wildcards are literal');
  assert.deepEqual(store.entities({ name: 'Russie' }).map((entity) => entity.key), ['Q159'], 'a gazetteer name finds its entity');
  assert.deepEqual(store.entities({ name: 'Russ' }).map((entity) => entity.key), ['Q159'], 'part of the stored name');
  assert.equal(store.entities({ limit: 2 }).length, 2);
});

test('events() filters by actor or target (any name form), type, certainty, date and article', () => {
  const types = (filter: Parameters<typeof store.events>[0]) => store.events(filter).map((event) => `${event.articleId}:${event.type}`);
  assert.deepEqual(types({}), ['1:AID', '2:SANCTION']);
  assert.deepEqual(types({ actor: 'Corée du Nord' }), ['1:AID']);
  assert.deepEqual(types({ target: 'Russie' }), ['1:AID']);
  assert.deepEqual(types({ actor: 'Russie' }), []);
  assert.deepEqual(types({ actor: 'Atlantis' }), [], 'an unknown actor matches nothing');
  assert.deepEqual(types({ type: 'SANCTION' }), ['2:SANCTION']);
  assert.deepEqual(types({ certainty: ['reported', 'alleged'] }), ['1:AID']);
  assert.deepEqual(types({ certainty: [] }), []);
  assert.deepEqual(types({ since: '2024-11-05' }), ['2:SANCTION']);
  assert.deepEqual(types({ articleId: 1 }), ['1:AID']);
  assert.deepEqual(types({ actor: 'United States', target: 'Iran', type: 'SANCTION', since: '2024-11-01' }), ['2:SANCTION']);
});

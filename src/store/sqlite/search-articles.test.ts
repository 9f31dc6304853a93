import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis, fixtureText, newArticle, tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';

const { path, cleanup } = tempDb();
const store = openSqliteStore(path);
store.saveArticle(newArticle(fixtureText('fr/troupes-koursk.txt'), { published: '2024-11-04' }), emptyAnalysis());
store.saveArticle(newArticle(fixtureText('en/missiles-denial.txt'), { lang: 'en' }), emptyAnalysis('en'));
store.saveArticle(newArticle('Pékin et Téhéran\n\nLa croissance atteint 2,3 % selon l’institut.', { title: 'Pékin et Téhéran' }), emptyAnalysis());

test.after(() => {
  store.close();
  cleanup();
});

test('search is accent- and case-insensitive and finds hyphenated words and decimals', () => {
  const cases: [string, number[]][] = [
    ['coreens', [1]],
    ['NORD-COREENS', [1]],
    ['nord-coréens Koursk', [1]],
    ['Pekin', [3]],
    ['teheran', [3]],
    ['2,3', [3]],
    ['missiles', [2]],
    ['soldats missiles', []],
  ];
  for (const [query, ids] of cases) assert.deepEqual(store.search(query).map((hit) => hit.articleId), ids, query);
});

test('a hit has its title, date and a one-line snippet around the match', () => {
  const [hit] = store.search('Pentagone');
  assert.equal(hit?.title, "Des soldats nord-coréens en Russie, affirme l'OTAN");
  assert.equal(hit?.published, '2024-11-04');
  assert.match(hit?.snippet ?? '', /Pentagone/);
  assert.doesNotMatch(hit?.snippet ?? '', /\n/);
  assert.equal(typeof hit?.rank, 'number');
});

test('the title weighs more than the text', () => {
  // "Téhéran" is in the title of article 3 and only in the longer text of article 4.
  store.saveArticle(newArticle('Un long texte.\n\nIl évoque Téhéran une fois parmi beaucoup d’autres mots.', { title: 'Budget' }), emptyAnalysis());
  assert.deepEqual(store.search('Téhéran').map((hit) => hit.articleId), [3, 4]);
});

test('hostile strings never throw and never reach FTS5 or SQL syntax', () => {
  const hostile = [
    '"', '""', '"""', '*', 'Russie*', 'NEAR(', 'NEAR(Russie, 2)', 'AND OR NOT', 'Russie OR', 'NOT Russie',
    "'; DROP TABLE articles; --", '^', '^Russie', '((Russie', 'Russie))', ')(', 'title:Russie', '{title text}: Iran',
    'x'.repeat(10_000), 'Russie '.repeat(1500), '🇷🇺🚀💥', 'Kyiv\u0000Russie', '\u0000', '\uD800', '-', '- - -', '+',
    'SELECT * FROM articles', '%', '_', '\\', '$', '@a', ':a', '?', '?1',
  ];
  for (const query of hostile) {
    assert.doesNotThrow(() => store.search(query), JSON.stringify(query.slice(0, 20)));
  }
  assert.equal(store.counts().articles, 4, 'no table was dropped');
  assert.deepEqual(store.search('NOT Russie').map((hit) => hit.articleId), [], 'NOT is a word, not an operator');
  assert.deepEqual(store.search('Russie OR Pékin').map((hit) => hit.articleId), [], 'OR is a word, not an operator');
  assert.deepEqual(store.search('^Russie').map((hit) => hit.articleId), [1]);
  assert.deepEqual(store.search('x'.repeat(10_000)), []);
  assert.deepEqual(store.search(''), []);
});

test('the limit bounds the hits; a nonsense limit gives none or the default', () => {
  assert.equal(store.search('Téhéran', 1).length, 1);
  assert.equal(store.search('Téhéran', 0).length, 0);
  assert.equal(store.search('Téhéran', -5).length, 0);
  assert.equal(store.search('Téhéran', Number.NaN).length, 2);
});

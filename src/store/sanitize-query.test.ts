import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TERMS, sanitizeQuery } from './sanitize-query.ts';

test('sanitizeQuery quotes every term and neutralises FTS5 syntax', () => {
  const cases: [string, string | null][] = [
    ['soldats', '"soldats"'],
    ['soldats nord-coréens', '"soldats" "nord-coréens"'],
    ['2,3 milliards', '"2,3" "milliards"'],
    ['"Mark Rutte"', '"Mark" "Rutte"'],
    ['Russie*', '"Russie"'],
    ['NEAR(Russie Iran)', '"NEAR(Russie" "Iran"'],
    ['AND OR NOT', '"AND" "OR" "NOT"'],
    ["'; DROP TABLE articles; --", '"DROP" "TABLE" "articles"'],
    ['^Kim', '"Kim"'],
    ['title:Russie', '"title:Russie"'],
    ['((Iran', '"Iran"'],
    ['a\u0000b', '"a" "b"'],
    ['l’OTAN', '"l’OTAN"'],
    ['🚀 Kyiv 🚀', '"Kyiv"'],
    ['', null],
    ['   ', null],
    ['*** () " ^ -- ;', null],
    ['🚀', null],
  ];
  for (const [query, expected] of cases) assert.equal(sanitizeQuery(query), expected, JSON.stringify(query));
});

test('sanitizeQuery keeps the first terms of a very long paste', () => {
  const query = sanitizeQuery('Russie '.repeat(2000));
  assert.equal(query?.split(' ').length, MAX_TERMS);
});

test('sanitizeQuery output never holds an unpaired double quote', () => {
  for (const query of ['a"b', '""""', 'x" OR "y', 'é"*"è']) {
    const result = sanitizeQuery(query) ?? '';
    assert.equal((result.match(/"/g) ?? []).length % 2, 0, query);
    assert.match(result, /^("[^"]+"( |$))*$/u, query);
  }
});

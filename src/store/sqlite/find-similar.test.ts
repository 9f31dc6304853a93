import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis, newArticle, tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { hammingDistance, simhashBands } from './simhash-bands.ts';

test('simhashBands cuts 64 bits into four 16-bit bands; hammingDistance counts differing bits', () => {
  assert.deepEqual(simhashBands('0123456789abcdef'), [0x0123, 0x4567, 0x89ab, 0xcdef]);
  assert.deepEqual(simhashBands('FFFF000000000001'), [0xffff, 0, 0, 1]);
  const cases: [string, string, number][] = [
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', '0000000000000003', 2],
    ['ffffffffffffffff', '0000000000000000', 64],
    ['8000000000000000', '0000000000000001', 2],
  ];
  for (const [a, b, distance] of cases) assert.equal(hammingDistance(a, b), distance, `${a} ${b}`);
});

test('similarArticles finds every article within 3 bits, closest first, and none beyond the bound', () => {
  const { path, cleanup } = tempDb();
  const store = openSqliteStore(path);
  try {
    const hashes = [
      'a1b2c3d4e5f60718', // 1: the probe itself
      'a1b2c3d4e5f60719', // 2: 1 bit
      'a1b3c3d5e5f70718', // 3: 3 bits, one in each of three bands
      '5e4d3c2b1a09f8e7', // 4: every bit flipped
      'a1b2c3d4e5f6071f', // 5: 3 bits in one band
    ];
    hashes.forEach((simhash, i) => store.saveArticle(newArticle(`Texte ${i}.`, { simhash }), emptyAnalysis()));
    assert.deepEqual(store.similarArticles('a1b2c3d4e5f60718', 3), [
      { id: 1, distance: 0 }, { id: 2, distance: 1 }, { id: 3, distance: 3 }, { id: 5, distance: 3 },
    ]);
    assert.deepEqual(store.similarArticles('a1b2c3d4e5f60718', 1).map((hit) => hit.id), [1, 2]);
    assert.deepEqual(store.similarArticles('A1B2C3D4E5F60718', 0).map((hit) => hit.id), [1], 'upper-case hex is the same hash');
    assert.deepEqual(store.similarArticles('0f0f0f0f0f0f0f0f', 3), []);
  } finally {
    store.close();
    cleanup();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis, newArticle, tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { bandNeighbours, hammingDistance, simhashBands } from './simhash-bands.ts';

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

test('bandNeighbours lists every 16-bit value within the radius once', () => {
  const cases: [number, number][] = [[0, 1], [1, 17], [2, 137], [3, 697]];
  for (const [radius, count] of cases) {
    const values = bandNeighbours(0xbeef, radius);
    assert.equal(values.length, count, `radius ${radius}`);
    assert.equal(new Set(values).size, count);
    assert.ok(values.every((value) => value >= 0 && value <= 0xffff && hammingDistance(value.toString(16).padStart(16, '0'), 'beef'.padStart(16, '0')) <= radius));
  }
});

test('similarArticles misses nothing within a wide bound, even with the differing bits spread over every band', () => {
  const { path, cleanup } = tempDb();
  const store = openSqliteStore(path);
  try {
    const probe = '0000000000000000';
    const hashes = [
      '0007000700070007', // 1: 12 bits, 3 in each band: no band equal
      '000f000f00070000', // 2: 11 bits, 4 + 4 + 3 + 0
      '001f001f001f0000', // 3: 15 bits, beyond 12
      '00ff00ff00000000', // 4: 16 bits
    ];
    hashes.forEach((simhash, i) => store.saveArticle(newArticle(`Copie ${i}.`, { simhash }), emptyAnalysis()));
    assert.deepEqual(store.similarArticles(probe, 12), [{ id: 2, distance: 11 }, { id: 1, distance: 12 }]);
    assert.deepEqual(store.similarArticles(probe, 16).map((hit) => hit.id), [2, 1, 3, 4]);
    assert.deepEqual(store.similarArticles(probe, -1), []);
  } finally {
    store.close();
    cleanup();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { assertDoc } from '../../core/assert-doc.ts';
import { analyzeGolden, listGolden, showEvents } from './golden.ts';

const goldens = listGolden();

test('golden: there is at least one fixture per language', () => {
  assert.deepEqual([...new Set(goldens.map((g) => g.lang))].sort(), ['en', 'fr']);
});

for (const golden of goldens) {
  test(`golden: ${golden.lang}/${golden.name}`, () => {
    assert.ok(existsSync(golden.expectedPath), `missing ${golden.expectedPath}: run src/stages/events/regenerate-golden.ts`);
    const doc = analyzeGolden(golden);
    assertDoc(doc);
    assert.deepEqual(showEvents(doc), JSON.parse(readFileSync(golden.expectedPath, 'utf8')));
  });
}

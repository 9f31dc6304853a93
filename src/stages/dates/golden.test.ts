import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { assertDoc } from '../../core/assert-doc.ts';
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import { loadLanguage } from '../../lang/load.ts';
import { segment } from '../segment/index.ts';
import { expectedFor, goldenCases } from './golden.ts';
import { dates } from './index.ts';

const pipeline = buildPipeline([segment, dates]);
// a Friday: "jeudi" is the day before, "lundi prochain" the 11th
const PUBLISHED = '2024-11-08';

for (const golden of goldenCases(fileURLToPath(new URL('./fixtures/', import.meta.url)))) {
  test(`dates golden ${golden.lang}/${golden.name}`, () => {
    const doc = pipeline.run(new Doc({ text: golden.text, lang: golden.lang, published: PUBLISHED }), loadLanguage(golden.lang));
    assertDoc(doc);
    const actual = doc.get('dates').map(({ text, value, granularity, known, implied, start, end, by }) => ({ text, value, granularity, known, implied, start, end, by }));
    assert.deepEqual(actual, expectedFor(golden, actual));
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { assertDoc } from '../../core/assert-doc.ts';
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import { loadLanguage } from '../../lang/load.ts';
import { segment } from '../segment/index.ts';
import { expectedFor, goldenCases } from '../dates/golden.ts';
import { quantities } from './index.ts';

const pipeline = buildPipeline([segment, quantities]);

for (const golden of goldenCases(fileURLToPath(new URL('./fixtures/', import.meta.url)))) {
  test(`quantities golden ${golden.lang}/${golden.name}`, () => {
    const doc = pipeline.run(new Doc({ text: golden.text, lang: golden.lang }), loadLanguage(golden.lang));
    assertDoc(doc);
    // one line per quantity, so a change reads as a one-line diff
    const actual = doc.get('quantities').map((q) => `[${q.start}, ${q.end}) ${q.text} → ${q.value} ${q.unit ?? '(no unit)'} (${q.approx}) ‹${q.by}›`);
    assert.deepEqual(actual, expectedFor(golden, actual));
  });
}

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
    // one line per date, so a change reads as a one-line diff
    const actual = doc.get('dates').map((d) => `[${d.start}, ${d.end}) ${d.text} → ${d.value ?? 'null'} (${d.granularity}; known ${d.known.join('+') || '-'}; implied ${d.implied.join('+') || '-'}) ‹${d.by}›`);
    assert.deepEqual(actual, expectedFor(golden, actual));
  });
}

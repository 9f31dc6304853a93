import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import { foldTypography } from '../../core/words.ts';
import { loadLanguage } from '../../lang/load.ts';
import { segment } from '../segment/index.ts';
import { dates } from '../dates/index.ts';
import { quantities } from './index.ts';
import { GOLD_DEV_DIR } from '../../testing/shared.ts';

// The dev gold lives outside the project (third-party texts, read at run time only).
const GOLD = `${GOLD_DEV_DIR}/`;
const pipeline = buildPipeline([segment, quantities, dates]);

interface GoldDoc {
  readonly lang: string;
  readonly published: string | null;
  readonly text: string;
  readonly quantities?: readonly { value: number; unit: string }[];
  readonly dates?: readonly { text: string; value: string }[];
}

/** Micro F1 of one-to-one matches, as the eval scores quantities and dates. */
function f1(pairs: readonly [readonly string[], readonly string[]][]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, system] of pairs) {
    const left = [...gold];
    for (const item of system) {
      const at = left.indexOf(item);
      if (at >= 0) {
        left.splice(at, 1);
        tp += 1;
      } else fp += 1;
    }
    fn += left.length;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

test('quantities and dates keep their F1 on the dev gold', (t) => {
  if (!existsSync(GOLD)) {
    t.skip(`no dev gold at ${GOLD}`);
    return;
  }
  const quantityPairs: [string[], string[]][] = [];
  const datePairs: [string[], string[]][] = [];
  const statesYear = (text: string) => /(?<![\p{L}\p{N}])\p{N}{4}(?![\p{L}\p{N}])/u.test(text);
  const norm = (text: string) => foldTypography(text).trim().toLowerCase();
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json') && f !== 'keys.json')) {
    const gold = JSON.parse(readFileSync(GOLD + file, 'utf8')) as GoldDoc;
    const doc = pipeline.run(new Doc({ text: gold.text, lang: gold.lang, published: gold.published }), loadLanguage(gold.lang));
    if (gold.quantities) {
      quantityPairs.push([gold.quantities.map((q) => `${q.value} ${q.unit}`), doc.get('quantities').map((q) => `${q.value} ${q.unit}`)]);
    }
    if (gold.dates) {
      // without a publication date only dates that state their year are scored
      const scored = (text: string) => gold.published !== null || statesYear(text);
      datePairs.push([
        gold.dates.filter((d) => scored(d.text)).map((d) => `${norm(d.text)} ${d.value}`),
        doc.get('dates').filter((d) => scored(d.text)).map((d) => `${norm(d.text)} ${d.value}`),
      ]);
    }
  }
  assert.ok(f1(quantityPairs) >= 0.8, `quantities F1 ${f1(quantityPairs).toFixed(3)} fell under 0.80`);
  assert.ok(f1(datePairs) >= 0.85, `dates F1 ${f1(datePairs).toFixed(3)} fell under 0.85`);
});

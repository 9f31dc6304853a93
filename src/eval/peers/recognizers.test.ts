import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyze } from '../../analyze.ts';
import { Doc } from '../../core/doc.ts';
import type { Approx } from '../../core/layers.ts';
import { SHARED_DIR } from '../../testing/shared.ts';
import { resolves, runRecognizers, type RecognizerKind } from './recognizers.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/recognizers', import.meta.url));
const PEER = join(SHARED_DIR, 'peers', 'recognizers-text-fr');
const run = (text: string, published: string | null): Doc => analyze({ text, lang: 'fr', published });

interface Held {
  quantities?: { value: number; unit?: string; approx?: string }[];
  numbers?: number[];
  ranges?: [number | null, number | null][];
  dates?: string[];
}

/** A doc holding only the given quantities, numbers, ranges and dates. */
function docWith(held: Held): Doc {
  const doc = new Doc({ text: 'x', lang: 'fr', published: null });
  doc.add('quantities', (held.quantities ?? []).map((q) => ({ start: 0, end: 1, text: 'x', value: q.value, unit: q.unit ?? null, approx: (q.approx ?? 'exact') as Approx, by: 't' })));
  doc.add('numbers', (held.numbers ?? []).map((value) => ({ start: 0, end: 1, text: 'x', value, kind: 'cardinal' as const, by: 't' })));
  doc.add('ranges', (held.ranges ?? []).map(([min, max]) => ({ start: 0, end: 1, text: 'x', min, minIncluded: true, max, maxIncluded: false, by: 't' })));
  doc.add('dates', (held.dates ?? []).map((value) => ({ start: 0, end: 1, text: 'x', value, granularity: 'day' as const, known: [], implied: [], by: 't' })));
  return doc;
}

const CASES: { name: string; kind: RecognizerKind; value: string; doc: Doc; hit: boolean }[] = [
  { name: 'decimal comma', kind: 'number', value: '0,5', doc: docWith({ numbers: [0.5] }), hit: true },
  { name: 'number absent', kind: 'number', value: '3', doc: docWith({}), hit: false },
  { name: 'a number is read from the numbers layer, not quantities', kind: 'number', value: '3', doc: docWith({ quantities: [{ value: 3 }] }), hit: false },
  { name: 'percent needs unit', kind: 'percentage', value: '25%', doc: docWith({ quantities: [{ value: 25 }] }), hit: false },
  { name: 'percent', kind: 'percentage', value: '25%', doc: docWith({ quantities: [{ value: 25, unit: 'percent' }] }), hit: true },
  { name: 'closed range: both ends, inclusion not scored', kind: 'range', value: '[20,30]', doc: docWith({ ranges: [[20, 30]] }), hit: true },
  { name: 'closed range: two separate numbers are no range', kind: 'range', value: '[20,30)', doc: docWith({ numbers: [20, 30] }), hit: false },
  { name: 'lower-only range', kind: 'range', value: '(20,)', doc: docWith({ ranges: [[20, null]] }), hit: true },
  { name: 'lower-only range needs an open top', kind: 'range', value: '(20,)', doc: docWith({ ranges: [[20, 40]] }), hit: false },
  { name: 'upper-only range, other side', kind: 'range', value: '(,20]', doc: docWith({ ranges: [[20, null]] }), hit: false },
  { name: 'currency value', kind: 'currency', value: '75000000', doc: docWith({ quantities: [{ value: 75e6, unit: 'dollar' }] }), hit: true },
];
for (const c of CASES) {
  test(`resolves: ${c.name}`, () => {
    assert.equal(resolves(c.kind, { Text: 'x', Resolution: { value: c.value } }, c.doc), c.hit);
  });
}

test('resolves: date matches the future or past resolution', () => {
  const gold = { Text: 'x', Value: { FutureResolution: { date: '2016-09-07' }, PastResolution: { date: '2016-08-31' } } };
  assert.equal(resolves('date', gold, docWith({ dates: ['2016-08-31'] })), true);
  assert.equal(resolves('date', gold, docWith({ dates: ['2016-09-01'] })), false);
});

test('the 3-case fixture: empty cases are not counted, uncovered ones are misses', () => {
  const percentage = runRecognizers(FIXTURES, run).find((score) => score.kind === 'percentage')!;
  assert.equal(percentage.cases, 2);
  assert.equal(percentage.hits, 1);
});

test('Recognizers-Text French peer set: shares in [0,1] (first 40 cases per file)', (t) => {
  if (!existsSync(PEER)) { t.skip(`peer folder ${PEER} is absent; skipping the Recognizers-Text measurement`); return; }
  const scores = runRecognizers(PEER, run, 40);
  assert.ok(scores.some((score) => score.cases > 0));
  for (const score of scores) assert.ok(score.share >= 0 && score.share <= 1);
});

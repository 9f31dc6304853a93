import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze.ts';
import { SHARED_DIR } from '../../testing/shared.ts';
import { emptyTimebankScore, readTimebank, readTml, runTimebank, scoreTimebankDoc, type Timex } from './timebank.ts';

const FIXTURE = new URL('./fixtures/petit.tml', import.meta.url);
const PEER = join(SHARED_DIR, 'peers', 'fr-timebank');

test('readTml: plain text, DCT, DATE timexes only, entities decoded', () => {
  const doc = readTml(readFileSync(FIXTURE, 'utf8'), 'petit');
  assert.equal(doc.dct, '2001-06-20');
  assert.deepEqual(doc.gold.map((g) => [g.text, g.value]), [['demain', '2001-06-21'], ['en juillet', '2001-07']]);
  for (const g of doc.gold) assert.equal(doc.text.slice(g.start, g.end), g.text);
  assert.ok(doc.text.includes(' & votera'));
});

const gold: Timex = { start: 10, end: 20, text: 'x', value: '1999-05-17' };
const CASES: { name: string; system: { start: number; end: number; value: string | null }[]; exact: number; atGranularity: number }[] = [
  { name: 'same value, overlapping', system: [{ start: 15, end: 25, value: '1999-05-17' }], exact: 1, atGranularity: 1 },
  { name: 'coarser value', system: [{ start: 10, end: 20, value: '1999-05' }], exact: 0, atGranularity: 1 },
  { name: 'other value', system: [{ start: 10, end: 20, value: '1999-05-18' }], exact: 0, atGranularity: 0 },
  { name: 'no overlap', system: [{ start: 20, end: 25, value: '1999-05-17' }], exact: 0, atGranularity: 0 },
];
for (const c of CASES) {
  test(`scoreTimebankDoc: ${c.name}`, () => {
    const score = scoreTimebankDoc(emptyTimebankScore(), 'd', [gold], c.system);
    assert.deepEqual([score.gold, score.exact, score.atGranularity], [1, c.exact, c.atGranularity]);
  });
}

const OPEN_YEAR: { name: string; gold: string; value: string; exact: number; atGranularity: number }[] = [
  { name: 'open year, same month and day', gold: 'XXXX-03-21', value: '2004-03-21', exact: 0, atGranularity: 1 },
  { name: 'open year, same month', gold: 'XXXX-03', value: '2004-03', exact: 0, atGranularity: 1 },
  { name: 'open year, other day', gold: 'XXXX-03-21', value: '2004-03-22', exact: 0, atGranularity: 0 },
  { name: 'open year, veille names a year only', gold: 'XXXX-03-21', value: '2004', exact: 0, atGranularity: 0 },
  { name: 'season stays a miss', gold: 'XXXX-WI', value: '2004', exact: 0, atGranularity: 0 },
];
for (const c of OPEN_YEAR) {
  test(`scoreTimebankDoc: ${c.name}`, () => {
    const score = scoreTimebankDoc(emptyTimebankScore(), 'd', [{ ...gold, value: c.gold }], [{ start: 10, end: 20, value: c.value }]);
    assert.deepEqual([score.exact, score.atGranularity], [c.exact, c.atGranularity]);
  });
}

test('the fixture: veille resolves both dates against the DCT', () => {
  const doc = readTml(readFileSync(FIXTURE, 'utf8'), 'petit');
  const score = runTimebank([doc], (d) => analyze({ text: d.text, lang: 'fr', published: d.dct }));
  assert.deepEqual([score.gold, score.exact], [2, 2]);
});

test('French TimeBank peer set: shares in [0,1]', (t) => {
  if (!existsSync(PEER)) { t.skip(`peer folder ${PEER} is absent; skipping the French TimeBank measurement`); return; }
  const score = runTimebank(readTimebank(PEER), (d) => analyze({ text: d.text, lang: 'fr', published: d.dct, id: d.id }));
  assert.ok(score.gold > 0);
  assert.ok(score.exact / score.gold >= 0 && score.atGranularity / score.gold <= 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyze } from '../../analyze.ts';
import { SHARED_DIR } from '../../testing/shared.ts';
import { emptyWinerScore, prf, publishedFromName, readAnn, readWiner, runWiner, scoreWinerDoc, systemSpans, type TypedSpan } from './winer.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const PEER = join(SHARED_DIR, 'peers', 'winer-fr');
const span = (type: TypedSpan['type'], start: number, end: number): TypedSpan => ({ type, start, end, text: '' });

test('readAnn keeps Person/Location/Organization text-bound lines only', () => {
  assert.deepEqual(readAnn('T1\tPerson 0 5\tAlice\nT2\tDate 6 10\thier\nT3\tLocation 1 3;4 6\tLy on\n#1\tNote T1\tx'), [
    { type: 'Person', start: 0, end: 5, text: 'Alice' },
    { type: 'Location', start: 1, end: 6, text: 'Ly on' },
  ]);
  assert.equal(publishedFromName('2016_03_31-003'), '2016-03-31');
});

const CASES: { name: string; gold: TypedSpan[]; system: TypedSpan[]; exact: [number, number, number]; lenient: [number, number, number] }[] = [
  { name: 'same span', gold: [span('Person', 0, 5)], system: [span('Person', 0, 5)], exact: [1, 0, 0], lenient: [1, 0, 0] },
  { name: 'overlap only', gold: [span('Person', 0, 12)], system: [span('Person', 7, 12)], exact: [0, 1, 1], lenient: [1, 0, 0] },
  { name: 'wrong type', gold: [span('Location', 0, 5)], system: [span('Organization', 0, 5)], exact: [0, 1, 1], lenient: [0, 1, 1] },
  { name: 'one to one', gold: [span('Location', 0, 10)], system: [span('Location', 0, 4), span('Location', 5, 10)], exact: [0, 2, 1], lenient: [1, 1, 0] },
];
for (const c of CASES) {
  test(`scoreWinerDoc: ${c.name}`, () => {
    const score = scoreWinerDoc(emptyWinerScore(), 'd', c.gold, c.system);
    assert.deepEqual([score.exact.all.tp, score.exact.all.fp, score.exact.all.fn], c.exact);
    assert.deepEqual([score.lenient.all.tp, score.lenient.all.fp, score.lenient.all.fn], c.lenient);
  });
}

test('the 2-entity fixture is found by veille', () => {
  const docs = readWiner(FIXTURES);
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.gold.length, 2);
  const score = runWiner(docs, (doc) => analyze({ text: doc.text, lang: 'fr', published: doc.published }));
  assert.deepEqual(prf(score.exact.all), { precision: 1, recall: 1, f1: 1 });
});

test('WiNER-fr peer set: figures in [0,1] (sample of 20 articles)', (t) => {
  if (!existsSync(PEER)) { t.skip(`peer folder ${PEER} is absent; skipping the WiNER-fr measurement`); return; }
  const docs = readWiner(PEER).slice(0, 20);
  assert.ok(docs.length > 0);
  const score = runWiner(docs, (doc) => analyze({ text: doc.text, lang: 'fr', published: doc.published }));
  for (const mode of [score.exact, score.lenient]) {
    for (const figure of Object.values(prf(mode.all))) assert.ok(figure >= 0 && figure <= 1);
  }
});

test('systemSpans: a person mention with an honorific is compared without it, as WiNER annotates', () => {
  const doc = analyze({ text: 'Selon Mme Lefranc, la réunion aura lieu demain à Lyon.', lang: 'fr' });
  const persons = systemSpans(doc).filter((span) => span.type === 'Person');
  assert.deepEqual(persons.map((span) => span.text), ['Lefranc']);
  assert.equal(persons[0]!.start, 'Selon Mme '.length);
});

test('systemSpans: a function title a gazetteer name form takes in is dropped too', () => {
  const doc = analyze({ text: 'Dimanche, le pape François a prié pour la paix.', lang: 'fr' });
  assert.deepEqual(systemSpans(doc).filter((span) => span.type === 'Person').map((span) => span.text), ['François']);
});

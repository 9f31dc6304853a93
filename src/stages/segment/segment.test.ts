import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { assertDoc } from '../../core/assert-doc.ts';
import { segmentText } from './segment-text.ts';
import * as stageModule from './index.ts';
import { describeDoc } from './fixtures/describe-doc.ts';
import { listFixtures } from './fixtures/regenerate.ts';

for (const fixture of listFixtures()) {
  test(`golden: ${fixture.lang}/${fixture.text.split('/').pop()}`, () => {
    const doc = segmentText(readFileSync(fixture.text, 'utf8'), fixture.lang);
    assertDoc(doc);
    assert.ok(existsSync(fixture.golden), `missing ${fixture.golden}: run src/stages/segment/fixtures/regenerate.ts`);
    const expected: unknown = JSON.parse(readFileSync(fixture.golden, 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(describeDoc(doc))), expected);
  });
}

test('fixtures cover both languages', () => {
  const langs = new Set(listFixtures().map((fixture) => fixture.lang));
  assert.deepEqual([...langs].sort(), ['en', 'fr']);
});

test('public exports of the stage', () => {
  assert.deepEqual(Object.keys(stageModule).sort(), ['SEGMENT_PASSES', 'segment']);
  assert.equal(stageModule.segment.name, 'segment');
  assert.deepEqual(stageModule.segment.needs, []);
  assert.deepEqual(stageModule.segment.adds, ['paragraphs', 'sentences', 'tokens']);
});

test('messages: empty text and a text that is all boilerplate', () => {
  const empty = segmentText('  \n\n ', 'fr');
  assertDoc(empty);
  assert.deepEqual(empty.messages.map((m) => m.rule), ['segment/empty-text']);
  assert.equal(empty.get('paragraphs').length, 0);
  const footer = segmentText('Tous droits réservés.', 'fr');
  assertDoc(footer);
  assert.deepEqual(footer.messages.map((m) => m.rule), ['segment/no-sentence']);
  const fine = segmentText('Moscou dément.', 'fr');
  assertDoc(fine);
  assert.deepEqual(fine.messages, []);
});

test('offsets stay in the original text with CRLF line ends and no-break spaces', () => {
  const text = 'Titre du jour\r\n\r\n  Les 10\u202F000 soldats sont arrivés.  \r\nIls repartent.';
  const doc = segmentText(text, 'fr');
  assertDoc(doc);
  const paragraphs = doc.get('paragraphs').map((p) => text.slice(p.start, p.end));
  assert.deepEqual(paragraphs, ['Titre du jour', 'Les 10\u202F000 soldats sont arrivés.', 'Ils repartent.']);
  const number = doc.get('tokens').find((t) => t.kind === 'number');
  assert.equal(number?.text, '10\u202F000');
  assert.equal(number?.norm, '10 000');
});

test('a long paragraph is segmented in chunks with the same result', () => {
  const sentence = 'M. Dupont a vu 10 000 soldats à 14 h 30. « Pourquoi ? » a demandé Mme Durand. ';
  const paragraph = sentence.repeat(400);
  const doc = segmentText(paragraph, 'fr');
  assertDoc(doc);
  const sentences = doc.get('sentences').map((s) => paragraph.slice(s.start, s.end));
  assert.equal(sentences.length, 800);
  assert.ok(sentences.every((s) => s.startsWith('M. Dupont') || s.startsWith('« Pourquoi')), 'every sentence starts where it should');
});

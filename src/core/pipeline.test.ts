import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from './doc.ts';
import { buildPipeline } from './pipeline.ts';
import { assertDoc } from './assert-doc.ts';
import type { Stage } from './stage.ts';
import type { Language } from '../lang/load.ts';

const noLanguage = {} as Language;

const words: Stage = {
  name: 'words',
  needs: [],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run: (doc) => ({
    layers: {
      paragraphs: [{ start: 0, end: doc.text.length, role: 'body', rule: 'whole' }],
      sentences: [{ start: 0, end: doc.text.length, paragraph: 0, rule: 'whole' }],
      tokens: [...doc.text.matchAll(/\p{L}+/gu)].map((m) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], norm: m[0].toLowerCase(), kind: 'word' as const, sentence: 0, rule: 'letters',
      })),
    },
    messages: [{ rule: 'note', level: 'info', text: 'tokenised' }],
  }),
};

test('the runner stamps every annotation with <stage>/<rule>', () => {
  const doc = buildPipeline([words]).run(new Doc({ text: 'Moscou dément', lang: 'fr' }), noLanguage);
  assert.deepEqual(doc.get('tokens').map((t) => [t.text, t.by]), [['Moscou', 'words/letters'], ['dément', 'words/letters']]);
  assert.equal(doc.messages[0]?.rule, 'words/note');
  assertDoc(doc);
});

test('building fails when a stage needs a layer no earlier stage adds', () => {
  const needy: Stage = { name: 'needy', needs: ['mentions'], adds: [], run: () => ({ layers: {} }) };
  assert.throws(() => buildPipeline([words, needy]), /needy.*mentions/);
});

test('building fails when two stages add the same layer', () => {
  assert.throws(() => buildPipeline([words, { ...words, name: 'again' }]), /added by both/);
});

test('a stage that returns an undeclared layer is refused', () => {
  const sneaky: Stage = { name: 'sneaky', needs: [], adds: [], run: () => ({ layers: { quotes: [] } }) };
  assert.throws(() => buildPipeline([sneaky]).run(new Doc({ text: 'x', lang: 'fr' }), noLanguage), /without declaring/);
});

test('assertDoc catches a span whose text field lies', () => {
  const liar: Stage = {
    name: 'liar', needs: [], adds: ['paragraphs'],
    run: () => ({ layers: { paragraphs: [{ start: 0, end: 3, role: 'body', rule: 'x', text: 'nope' } as never] } }),
  };
  const doc = buildPipeline([liar]).run(new Doc({ text: 'abcdef', lang: 'fr' }), noLanguage);
  assert.throws(() => assertDoc(doc), /differs/);
});

test('assertDoc catches a span outside the text and a dangling entity reference', () => {
  const outside = new Doc({ text: 'abc', lang: 'fr' });
  outside.add('paragraphs', [{ start: 0, end: 9, role: 'body', by: 't/x' }]);
  assert.throws(() => assertDoc(outside), /outside the text/);
  const dangling = new Doc({ text: 'Kyiv', lang: 'en' });
  dangling.add('entities', []);
  dangling.add('mentions', [{ start: 0, end: 4, text: 'Kyiv', entity: 'e9', form: 'capital', by: 't/x' }]);
  assert.throws(() => assertDoc(dangling), /unknown entity "e9"/);
});

test('layers are append-only', () => {
  const doc = new Doc({ text: 'x', lang: 'fr' });
  doc.add('dates', []);
  assert.throws(() => doc.add('dates', []), /added twice/);
  assert.throws(() => doc.get('events'), /was not added/);
});

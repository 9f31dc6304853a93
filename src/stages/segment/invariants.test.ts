/**
 * Invariants on odd input: texts built from a fixed pseudo-random sequence of
 * the characters news text trips over (quotes, apostrophes, no-break spaces,
 * ellipses, line breaks, digits, emoji). Every doc must pass assertDoc, every
 * sentence must sit in a paragraph that is not boilerplate, and no token may
 * be empty or hold a line break.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { segmentText } from './segment-text.ts';

const PIECES = [
  'M.', ' ', ' ', '\u00A0', '\u202F', '\n', '\r\n', '\n\n', '«', '»', '“', '”', '"', '’', "'", '…', '...', '.', '?', '!', ',',
  '-', '–', 'a-t-il', 'l’OTAN', 'U.S.', '10 000', '1,2', '3.5', 'Dupont', 'il', 'dit', 'Le', 'the', 'www.exemple.fr', '😀', '(', ')',
  'Abonnez-vous', 'Lire aussi', 'Par', 'Jean', '14 h 30', 'J.', 'etc.', 'x@y.org', '\t', 'É', 'été',
];

/** A small deterministic generator (mulberry32) so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const lang of ['fr', 'en']) {
  test(`invariants hold on 150 odd texts (${lang})`, () => {
    const next = random(lang === 'fr' ? 7 : 11);
    for (let n = 0; n < 150; n++) {
      const length = 1 + Math.floor(next() * 60);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)] ?? ' ').join('');
      const doc = segmentText(text, lang);
      assertDoc(doc);
      const paragraphs = doc.get('paragraphs');
      for (const sentence of doc.get('sentences')) {
        assert.notEqual(paragraphs[sentence.paragraph]?.role, 'boilerplate', `sentence in boilerplate in ${JSON.stringify(text)}`);
        assert.ok(sentence.end > sentence.start, `empty sentence in ${JSON.stringify(text)}`);
      }
      for (const token of doc.get('tokens')) {
        assert.ok(token.text.length > 0 && !/[\n\r]/.test(token.text), `bad token ${JSON.stringify(token.text)} in ${JSON.stringify(text)}`);
      }
    }
  });
}

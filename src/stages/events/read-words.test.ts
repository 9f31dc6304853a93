import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsIn } from './read-words.ts';

/** A text long enough to be split once and cut by spans, with elisions, hyphens, digits and astral letters. */
const LONG = [
  "Aujourd'hui l'ONU et qu’elle jusqu'à demain : c'est-à-dire 12-3 et 4'5.",
  'The vice-president’s aides met abcdʼe and xyʼ 𝐀𝐁𝐂ʼ𝐃 there, then left.',
  "D'après l'agence, l’envoyé s'est rendu à Oslo puis a quitté la ville.",
].join(' ').repeat(2);

test('wordsIn: a span that cuts words reads like the span\'s own text', () => {
  for (let start = 0; start < 90; start += 1) {
    for (let end = start; end <= Math.min(LONG.length, start + 70); end += 1) {
      const own = LONG.slice(start, end);
      const expected = wordsIn(own, { start: 0, end: own.length }).map((w) => `${w.start + start}-${w.end + start} ${w.norm}`);
      const got = wordsIn(LONG, { start, end }).map((w) => `${w.start}-${w.end} ${w.norm}`);
      assert.deepEqual(got, expected, JSON.stringify(own));
    }
  }
});

test('wordsIn: elided words are words of their own', () => {
  assert.deepEqual(wordsIn("l'OTAN", { start: 0, end: 6 }).map((w) => w.norm), ["l'", 'otan']);
});

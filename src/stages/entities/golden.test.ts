import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenMentions, type GoldenMention } from './fixtures/golden.ts';

// Expected mentions are written by fixtures/regenerate.ts and reviewed as diffs.
for (const lang of ['fr', 'en']) {
  test(`golden fixture ${lang}: mentions match fixtures/${lang}/golden.json`, () => {
    const dir = fileURLToPath(new URL(`./fixtures/${lang}/`, import.meta.url));
    const text = readFileSync(`${dir}golden.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${dir}golden.json`, 'utf8')) as GoldenMention[];
    assert.deepEqual(goldenMentions(text, lang), expected);
  });
}

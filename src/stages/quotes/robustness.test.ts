import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDoc } from '../../core/assert-doc.ts';
import { buildTestDoc } from './test-doc.ts';

// Odd inputs must give a valid doc (spans inside the text, sorted, stamped), never a crash.
const ODD: readonly (readonly [string, string, number])[] = [
  ['fr', '', 0],
  ['fr', '« « « »', 0],
  ['en', '"', 0],
  ['en', '” he said. “', 0],
  ['fr', '« Une citation jamais refermée qui court jusqu’à la fin du texte sans guillemet fermant', 1],
  ['en', 'He said that.', 0],
  ['fr', 'a déclaré que', 0],
  ['en', '‘Tis the season, ’twas said, of the “long war” in Donbas.', 0],
];

for (const [lang, text, count] of ODD) {
  test(`${lang}: odd input ${JSON.stringify(text.slice(0, 30))}`, () => {
    const doc = buildTestDoc(text, { lang });
    assertDoc(doc);
    assert.equal(doc.get('quotes').length, count);
  });
}

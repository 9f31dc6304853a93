import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyze } from '../analyze.ts';
import { assertDoc } from '../core/assert-doc.ts';
import { toContract } from './contract.ts';
import { formatText } from './format-text.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

// The bundled examples are what `npm start` and the README show: they must analyse cleanly.
test('every bundled example analyses into a valid doc, contract and report', () => {
  const names = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt'));
  assert.ok(names.some((name) => name === 'fr-otan-coree.txt'), 'npm start analyses examples/fr-otan-coree.txt');
  for (const name of names) {
    const lang = name.slice(0, 2);
    const doc = analyze({ text: readFileSync(join(EXAMPLES, name), 'utf8'), lang, published: '2024-11-07', id: name });
    assertDoc(doc);
    const contract = toContract(doc);
    assert.deepEqual(JSON.parse(JSON.stringify(contract)), contract, `${name}: the contract is plain JSON`);
    for (const event of contract.events) assert.equal(event.evidence.text, doc.text.slice(event.evidence.start, event.evidence.end));
    assert.match(formatText(contract, { color: false }), /^Events \(\d+\)$/m);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as veille from './index.ts';

// Pins the public runtime exports: adding or removing one is a deliberate change to this list.
test('the package entry exports exactly the public API', () => {
  assert.deepEqual(Object.keys(veille).sort(), [
    'CERTAINTIES', 'Doc', 'PLOVER_TYPES', 'STAGES', 'analyze', 'assertDoc', 'buildKeyIndex', 'detectLanguage',
    'figures', 'formatText', 'loadLanguage', 'runEval', 'scoreDocument', 'sumTallies', 'supportedLanguages', 'toContract',
  ]);
  for (const name of ['analyze', 'toContract', 'assertDoc', 'loadLanguage', 'scoreDocument', 'runEval'] as const) {
    assert.equal(typeof veille[name], 'function', name);
  }
});

test('the package entry analyses a text into the contract', () => {
  const doc = veille.analyze({ text: 'Moscou dément.', lang: 'fr', published: '2024-11-07' });
  veille.assertDoc(doc);
  const contract = veille.toContract(doc);
  assert.equal(contract.article.lang, 'fr');
  assert.equal(contract.article.published, '2024-11-07');
});

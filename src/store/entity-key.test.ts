import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey, foldName } from './entity-key.ts';

test('entityKey prefers the Wikidata id, else kind and folded name', () => {
  const cases: [Parameters<typeof entityKey>[0], string][] = [
    [{ name: 'Russia', kind: 'country', ids: { wikidata: 'Q159', iso3: 'RUS' } }, 'Q159'],
    [{ name: 'Jean Dupónt', kind: 'person', ids: {} }, 'person:jean dupont'],
    [{ name: 'Kursk Oblast', kind: 'place' }, 'place:kursk oblast'],
    [{ name: 'Kursk  Oblast', kind: 'organization', ids: {} }, 'organization:kursk oblast'],
    [{ name: 'Odd', kind: 'group', ids: { wikidata: 'not-an-id' } }, 'group:odd'],
  ];
  for (const [entity, key] of cases) assert.equal(entityKey(entity), key);
});

test('foldName ignores case, accents, typography and spacing', () => {
  assert.equal(foldName('  Corée\u00A0du   Nord '), 'coree du nord');
  assert.equal(foldName('L’ÉLYSÉE'), "l'elysee");
});

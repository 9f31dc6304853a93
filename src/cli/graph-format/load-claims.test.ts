import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFilter, EventRecord, Store } from '../../store/types.ts';
import { DE, FR, KP, RU, UA, eventRecord } from '../../graph/fixtures/event-record.ts';
import { loadClaims } from './load-claims.ts';

/** A store answering `events()` the way the SQLite one does for keys. */
function fakeStore(events: EventRecord[]): Pick<Store, 'events'> {
  return {
    events: (filter: EventFilter = {}) => events.filter((event) =>
      (filter.actor === undefined || event.actor?.key === filter.actor)
      && (filter.target === undefined || event.target?.key === filter.target)
      && (filter.type === undefined || event.type === filter.type)
      && (filter.since === undefined || (event.published ?? '') >= filter.since)),
  };
}

const store = fakeStore([
  eventRecord({ articleId: 1, type: 'AGREE', actor: DE, target: FR }),
  eventRecord({ articleId: 2, type: 'AGREE', actor: FR, target: DE }),
  eventRecord({ articleId: 3, type: 'SUPPORT', actor: DE, target: UA, certainty: 'alleged' }),
  eventRecord({ articleId: 4, type: 'AID', actor: KP, target: RU, published: '2024-12-01' }),
]);

test('loadClaims', async (t) => {
  const cases: [string, Parameters<typeof loadClaims>[1], string[]][] = [
    ['everything', {}, ['AGREE 2', 'SUPPORT 1', 'AID 1']],
    ['a symmetric claim answers for either party as actor', { actor: FR }, ['AGREE 2']],
    ['… and as target', { target: DE }, ['AGREE 2']],
    ['an asymmetric claim only the right way round', { target: DE, type: 'SUPPORT' }, []],
    ['actor and target of a symmetric claim, either order', { actor: FR, target: DE }, ['AGREE 2']],
    ['summary certainty', { certainty: ['alleged'] }, ['SUPPORT 1']],
    ['since', { since: '2024-11-15' }, ['AID 1']],
    ['a window of 0 days still joins reports of one day', { windowDays: 0, actor: DE }, ['AGREE 2', 'SUPPORT 1']],
  ];
  for (const [name, query, expected] of cases) {
    await t.test(name, () => assert.deepEqual(loadClaims(store, query).map((claim) => `${claim.type} ${claim.evidence.length}`), expected));
  }
});

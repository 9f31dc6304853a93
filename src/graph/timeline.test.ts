import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupClaims } from './group-claims.ts';
import { claimTimeline, entityTimeline, pairTimeline } from './timeline.ts';
import { KP, RU, UA, eventRecord } from './fixtures/event-record.ts';

const events = [
  eventRecord({ articleId: 3, type: 'ASSAULT', actor: RU, target: UA, published: '2024-11-10' }),
  eventRecord({ articleId: 1, type: 'AID', actor: KP, target: RU, published: '2024-10-18' }),
  eventRecord({ articleId: 2, type: 'ACCUSE', actor: UA, target: KP, published: '2024-10-25' }),
  eventRecord({ articleId: 4, type: 'CONSULT', actor: RU, target: KP, published: null }),
  eventRecord({ articleId: 5, type: 'AID', actor: KP, target: RU, date: '2024-10-02', published: '2024-11-20' }),
];

test('timelines', async (t) => {
  await t.test('an entity as actor or target, by date, undated last', () => {
    assert.deepEqual(entityTimeline(events, RU.key).map((e) => [e.day, e.event.type, e.role]), [
      ['2024-10-02', 'AID', 'target'], ['2024-10-18', 'AID', 'target'], ['2024-11-10', 'ASSAULT', 'actor'], [null, 'CONSULT', 'actor'],
    ]);
  });
  await t.test('a pair either way round', () => {
    assert.deepEqual(pairTimeline(events, KP.key, RU.key).map((e) => [e.event.articleId, e.role]), [[5, 'actor'], [1, 'actor'], [4, 'target']]);
  });
  await t.test('one article stating one event twice over the same words is listed once', () => {
    const evidence = { start: 0, end: 20, text: 'Iran aurait livré des missiles' };
    const twice = [eventRecord({ evidence }), eventRecord({ evidence }), eventRecord({ evidence, type: 'ACCUSE' })];
    assert.deepEqual(entityTimeline(twice, KP.key).map((e) => e.event.type), ['AID', 'ACCUSE']);
  });
  await t.test('an entity in no event has an empty timeline', () => assert.deepEqual(entityTimeline(events, 'Q90'), []));
  await t.test('a claim by date', () => {
    const claim = groupClaims(events).find((c) => c.type === 'AID');
    assert.ok(claim);
    assert.deepEqual(claimTimeline(claim).map((r) => r.articleId), [5, 1]);
  });
});

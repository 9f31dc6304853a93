import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../store/types.ts';
import { groupClaims } from './group-claims.ts';
import { corroborate } from './corroborate.ts';
import { DE, FR, KP, PENTAGON, UA, eventRecord } from './fixtures/event-record.ts';

const cases: { name: string; events: EventRecord[]; claims: number; sizes?: number[] }[] = [
  {
    name: 'same actor, type and target in the window: one claim',
    events: [eventRecord({ published: '2024-11-01' }), eventRecord({ articleId: 2, published: '2024-11-20' })],
    claims: 1, sizes: [2],
  },
  {
    name: 'a gap longer than the window splits the claim',
    events: [eventRecord({ published: '2024-11-01' }), eventRecord({ articleId: 2, published: '2024-12-15' })],
    claims: 2, sizes: [1, 1],
  },
  {
    name: 'a chain of reports each within the window stays one claim',
    events: ['2024-11-01', '2024-11-25', '2024-12-20', '2025-01-15'].map((published, i) => eventRecord({ articleId: i + 1, published })),
    claims: 1, sizes: [4],
  },
  {
    name: 'the event date wins over the publication date',
    events: [eventRecord({ published: '2024-11-01' }), eventRecord({ articleId: 2, published: '2024-12-20', date: '2024-11-02' })],
    claims: 1,
  },
  {
    name: 'AGREE is symmetric: France–Germany and Germany–France are one claim',
    events: [eventRecord({ type: 'AGREE', actor: FR, target: DE }), eventRecord({ type: 'AGREE', actor: DE, target: FR, articleId: 2 })],
    claims: 1, sizes: [2],
  },
  {
    name: 'SUPPORT is not symmetric',
    events: [eventRecord({ type: 'SUPPORT', actor: FR, target: DE }), eventRecord({ type: 'SUPPORT', actor: DE, target: FR, articleId: 2 })],
    claims: 2,
  },
  {
    name: 'another type or target is another claim',
    events: [eventRecord(), eventRecord({ type: 'SUPPORT' }), eventRecord({ target: UA })],
    claims: 3,
  },
  {
    name: 'undated reports join their key\'s latest claim',
    events: [eventRecord({ published: '2024-11-01' }), eventRecord({ articleId: 2, published: null })],
    claims: 1, sizes: [2],
  },
];

test('groupClaims', async (t) => {
  for (const { name, events, claims, sizes } of cases) {
    await t.test(name, () => {
      const result = groupClaims(events);
      assert.equal(result.length, claims);
      if (sizes) assert.deepEqual(result.map((claim) => claim.evidence.length), sizes);
    });
  }
  await t.test('a symmetric claim keeps both parties and a stable id', () => {
    const events = [eventRecord({ type: 'CONSULT', actor: FR, target: DE }), eventRecord({ type: 'CONSULT', actor: DE, target: FR })];
    const [claim] = groupClaims(events);
    const [again] = groupClaims([...events].reverse());
    assert.ok(claim && again);
    assert.equal(claim.id, again.id);
    assert.deepEqual(new Set([claim.actor?.key, claim.target?.key]), new Set([FR.key, DE.key]));
    assert.equal(claim.symmetric, true);
  });
  await t.test('summary certainty is the strongest report; quantities are counted', () => {
    const [claim] = groupClaims([
      eventRecord({ certainty: 'alleged', quantity: { value: 10000, unit: 'soldier' } }),
      eventRecord({ certainty: 'reported', quantity: { value: 10000, unit: 'soldier' } }),
      eventRecord({ certainty: 'denied' }),
    ]);
    assert.equal(claim?.certainty, 'reported');
    assert.deepEqual(claim?.quantities, [{ value: 10000, unit: 'soldier', approx: 'exact', count: 2 }]);
  });
  await t.test('a claim only denied is denied', () => {
    assert.equal(groupClaims([eventRecord({ certainty: 'denied' })])[0]?.certainty, 'denied');
  });
  await t.test('one stretch of one article read twice is one report', () => {
    const evidence = { start: 10, end: 40, text: 'Pyongyang a envoyé des soldats' };
    const [claim] = groupClaims([eventRecord({ evidence }), eventRecord({ evidence }), eventRecord({ articleId: 2, evidence })]);
    assert.equal(claim?.evidence.length, 2);
  });
  await t.test('first and last dates span the reports', () => {
    const [claim] = groupClaims([eventRecord({ published: '2024-11-09' }), eventRecord({ published: '2024-11-02' }), eventRecord({ published: '2024-11-05' })]);
    assert.equal(claim?.firstDate, '2024-11-02');
    assert.equal(claim?.lastDate, '2024-11-09');
    assert.deepEqual(claim?.evidence.map((report) => report.day), ['2024-11-02', '2024-11-05', '2024-11-09']);
  });
});

const voices: { name: string; events: EventRecord[]; sources: number; outlets: number; articles: number }[] = [
  {
    name: 'two outlets in their own voice: two sources',
    events: [eventRecord({ articleId: 1, outlet: 'Le Monde' }), eventRecord({ articleId: 2, outlet: 'Reuters' })],
    sources: 2, outlets: 2, articles: 2,
  },
  {
    name: 'copies of one wire story count once, under the root outlet',
    events: [
      eventRecord({ articleId: 1, outlet: 'AFP' }),
      eventRecord({ articleId: 2, outlet: 'Site B', copyOf: 1 }),
      eventRecord({ articleId: 3, outlet: 'Site C', copyOf: 1 }),
    ],
    sources: 1, outlets: 1, articles: 1,
  },
  {
    name: 'one named source quoted by two outlets is one source, two outlets',
    events: [
      eventRecord({ articleId: 1, outlet: 'Le Monde', source: { entity: PENTAGON, text: 'le Pentagone' } }),
      eventRecord({ articleId: 2, outlet: 'Reuters', source: { entity: PENTAGON, text: 'the Pentagon' } }),
    ],
    sources: 1, outlets: 2, articles: 2,
  },
  {
    name: 'described sources compare folded: "Services de renseignement" = "services de renseignement"',
    events: [
      eventRecord({ articleId: 1, source: { entity: null, text: 'Services de renseignement' } }),
      eventRecord({ articleId: 2, outlet: 'Other', source: { entity: null, text: 'services de renseignement' } }),
      eventRecord({ articleId: 3, outlet: 'Third', source: { entity: KP, text: 'Pyongyang' } }),
    ],
    sources: 2, outlets: 3, articles: 3,
  },
  {
    name: 'two articles of one outlet are one outlet',
    events: [eventRecord({ articleId: 1, outlet: 'Le Monde' }), eventRecord({ articleId: 2, outlet: 'Le Monde' })],
    sources: 1, outlets: 1, articles: 2,
  },
];

test('corroborate', async (t) => {
  for (const { name, events, sources, outlets, articles } of voices) {
    await t.test(name, () => {
      const [claim] = groupClaims(events);
      assert.ok(claim);
      const result = corroborate(claim);
      assert.deepEqual([result.sources, result.outlets, result.articles], [sources, outlets, articles]);
    });
  }
  await t.test('a denial is no voice: counted apart', () => {
    const [claim] = groupClaims([
      eventRecord({ articleId: 1, outlet: 'A', source: { entity: PENTAGON, text: 'the Pentagon' } }),
      eventRecord({ articleId: 2, outlet: 'B', certainty: 'denied', source: { entity: KP, text: 'Pyongyang' } }),
    ]);
    assert.ok(claim);
    const result = corroborate(claim);
    assert.deepEqual([result.sources, result.outlets, result.articles, result.denials], [1, 1, 1, 1]);
    assert.deepEqual(result.sourceNames, ['Pentagon']);
  });
  await t.test('a copy whose root is absent still counts as that root, once', () => {
    const [claim] = groupClaims([eventRecord({ articleId: 5, outlet: 'Site B', copyOf: 4 }), eventRecord({ articleId: 6, outlet: 'Site C', copyOf: 4 })]);
    assert.ok(claim);
    const result = corroborate(claim);
    assert.deepEqual([result.sources, result.outlets, result.copies], [1, 1, 2]);
  });
});

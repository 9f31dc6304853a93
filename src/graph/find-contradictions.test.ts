import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Approx } from '../core/layers.ts';
import type { EventRecord } from '../store/types.ts';
import { groupClaims } from './group-claims.ts';
import { boundsOverlap } from './find-quantity-conflicts.ts';
import { findContradictions } from './find-contradictions.ts';
import type { Contradiction } from './types.ts';
import { unitGroups } from './unit-groups.ts';
import { KP, PENTAGON, RU, UA, eventRecord } from './fixtures/event-record.ts';

const troops = (value: number, approx?: Approx) => ({ value, unit: 'soldier', ...(approx ? { approx } : {}) });
const contradictionsOf = (events: EventRecord[]): Contradiction[] => findContradictions(groupClaims(events));

test('quantity contradictions', async (t) => {
  await t.test('8 000 vs 10 000 vs 11 000, each with its source, outlet and day', () => {
    const found = contradictionsOf([
      eventRecord({ articleId: 1, outlet: 'A', published: '2024-10-20', quantity: troops(8000), source: { entity: null, text: 'Seoul intelligence' } }),
      eventRecord({ articleId: 2, outlet: 'B', published: '2024-10-28', quantity: troops(10000), source: { entity: PENTAGON, text: 'the Pentagon' } }),
      eventRecord({ articleId: 3, outlet: 'C', published: '2024-11-05', quantity: troops(11000) }),
      eventRecord({ articleId: 4, outlet: 'D', published: '2024-11-06', quantity: troops(10000) }),
    ]).filter((c) => c.kind === 'quantity');
    assert.equal(found.length, 1);
    const [conflict] = found;
    assert.ok(conflict?.kind === 'quantity');
    assert.equal(conflict.unit, 'soldier');
    assert.equal(conflict.compatible, false);
    assert.deepEqual(conflict.readings.map((r) => [r.value, r.reports.map((report) => report.outlet)]), [[8000, ['A']], [10000, ['B', 'D']], [11000, ['C']]]);
    assert.equal(conflict.readings[1]?.reports[0]?.source, 'Pentagon');
    assert.equal(conflict.readings[0]?.reports[0]?.day, '2024-10-20');
  });
  await t.test('a figure cites a wire story once, and one source once per article', () => {
    const [conflict] = contradictionsOf([
      eventRecord({ articleId: 1, outlet: 'Wire', quantity: troops(1500), source: { entity: KP, text: 'Séoul' } }),
      eventRecord({ articleId: 1, outlet: 'Wire', quantity: troops(1500), source: { entity: KP, text: 'Séoul' } }),
      eventRecord({ articleId: 2, outlet: 'Copy site', copyOf: 1, quantity: troops(1500), source: { entity: KP, text: 'Séoul' } }),
      eventRecord({ articleId: 3, outlet: 'Other', quantity: troops(3000) }),
    ]);
    assert.ok(conflict?.kind === 'quantity');
    assert.deepEqual(conflict.readings.map((r) => r.reports.map((report) => report.articleId)), [[1], [3]]);
  });
  await t.test('one value everywhere is no contradiction', () => {
    assert.deepEqual(contradictionsOf([eventRecord({ quantity: troops(10000) }), eventRecord({ quantity: troops(10000) })]), []);
  });
  await t.test('different units are not compared', () => {
    assert.deepEqual(contradictionsOf([eventRecord({ quantity: troops(10000) }), eventRecord({ quantity: { value: 50, unit: 'missile' } })]), []);
  });
  await t.test('units of one group are compared: 10 000 soldiers vs 11 000 troops', () => {
    const events = [eventRecord({ quantity: troops(10000) }), eventRecord({ quantity: { value: 11000, unit: 'troop' } })];
    assert.deepEqual(contradictionsOf(events), [], 'without groups, troop and soldier are apart');
    const found = findContradictions(groupClaims(events), { unitGroup: unitGroups() });
    assert.ok(found[0]?.kind === 'quantity');
    assert.equal(found[0].unit, 'soldier');
    assert.deepEqual(found[0].readings.map((r) => r.value), [10000, 11000]);
  });
  await t.test('"up to 10 000" and "8 000" are listed but compatible', () => {
    const [conflict] = contradictionsOf([eventRecord({ quantity: troops(10000, 'up_to') }), eventRecord({ quantity: troops(8000) })]);
    assert.ok(conflict?.kind === 'quantity');
    assert.equal(conflict.compatible, true);
  });
  const bounds: [string, { value: number; approx: Approx }[], boolean][] = [
    ['exact 8000 vs exact 10000', [{ value: 8000, approx: 'exact' }, { value: 10000, approx: 'exact' }], false],
    ['at least 8000 vs exact 10000', [{ value: 8000, approx: 'at_least' }, { value: 10000, approx: 'exact' }], true],
    ['more than 10000 vs exact 10000', [{ value: 10000, approx: 'more_than' }, { value: 10000, approx: 'exact' }], false],
    ['less than 8000 vs exact 10000', [{ value: 8000, approx: 'less_than' }, { value: 10000, approx: 'exact' }], false],
    ['about 10000 vs exact 10500', [{ value: 10000, approx: 'about' }, { value: 10500, approx: 'exact' }], true],
    ['about 8000 vs about 11000', [{ value: 8000, approx: 'about' }, { value: 11000, approx: 'about' }], false],
    ['up to 12000 vs more than 10000', [{ value: 12000, approx: 'up_to' }, { value: 10000, approx: 'more_than' }], true],
  ];
  for (const [name, readings, compatible] of bounds) await t.test(`bounds: ${name}`, () => assert.equal(boundsOverlap(readings), compatible));
});

test('denials', async (t) => {
  await t.test('a denial against a report of the same act', () => {
    const found = contradictionsOf([
      eventRecord({ articleId: 1, certainty: 'reported', source: { entity: UA, text: 'Kyiv' } }),
      eventRecord({ articleId: 2, certainty: 'denied', source: { entity: KP, text: 'Pyongyang' } }),
    ]).filter((c) => c.kind === 'denial');
    assert.equal(found.length, 1);
    assert.ok(found[0]?.kind === 'denial');
    assert.deepEqual(found[0].denials.map((r) => r.source), ['North Korea']);
    assert.deepEqual(found[0].against.map((r) => r.articleId), [1]);
    assert.equal(found[0].accusationClaimId, null);
  });
  await t.test('denials of one claim make one contradiction; one article denying twice is cited once, so is an affirmation repeated', () => {
    const found = contradictionsOf([
      eventRecord({ articleId: 1, certainty: 'alleged', source: { entity: UA, text: 'Kyiv' } }),
      eventRecord({ articleId: 1, certainty: 'alleged', source: { entity: UA, text: 'Kyiv' } }),
      eventRecord({ articleId: 2, certainty: 'denied' }),
      eventRecord({ articleId: 2, certainty: 'denied' }),
      eventRecord({ articleId: 3, certainty: 'denied', outlet: 'Other' }),
    ]).filter((c) => c.kind === 'denial');
    assert.equal(found.length, 1);
    assert.ok(found[0]?.kind === 'denial');
    assert.equal(found[0].against.length, 1);
    assert.deepEqual(found[0].denials.map((r) => r.articleId), [2, 3]);
  });
  await t.test('a denial with nothing affirming the act nor accusing the denier is no contradiction', () => {
    assert.deepEqual(contradictionsOf([eventRecord({ certainty: 'denied' }), eventRecord({ certainty: 'suspected' })]).filter((c) => c.kind === 'denial'), []);
  });
  await t.test('the accused denying an accusation (ACCUSE target = the denier)', () => {
    const found = contradictionsOf([
      eventRecord({ articleId: 1, type: 'ACCUSE', actor: UA, target: RU, published: '2024-11-01' }),
      eventRecord({ articleId: 2, type: 'ASSAULT', actor: RU, target: UA, certainty: 'denied', published: '2024-11-03' }),
    ]).filter((c) => c.kind === 'denial');
    assert.equal(found.length, 1);
    assert.ok(found[0]?.kind === 'denial');
    assert.notEqual(found[0].accusationClaimId, null);
  });
  await t.test('an accusation of someone else, or far outside the window, is not denied', () => {
    assert.deepEqual(contradictionsOf([
      eventRecord({ articleId: 1, type: 'ACCUSE', actor: UA, target: KP, published: '2024-11-01' }),
      eventRecord({ articleId: 2, type: 'ASSAULT', actor: RU, target: UA, certainty: 'denied', published: '2024-11-03' }),
      eventRecord({ articleId: 3, type: 'ACCUSE', actor: UA, target: RU, published: '2024-05-01' }),
    ]).filter((c) => c.kind === 'denial'), []);
  });
});

test('certainty shifts', async (t) => {
  const shifts = (certainties: [EventRecord['certainty'], string][]) => contradictionsOf(
    certainties.map(([certainty, published], i) => eventRecord({ articleId: i + 1, certainty, published })),
  ).flatMap((c) => (c.kind === 'shift' ? [`${c.from.certainty}→${c.to.certainty} ${c.direction} ${c.to.day}`] : []));
  const cases: [string, [EventRecord['certainty'], string][], string[]][] = [
    ['alleged → reported is firmer', [['alleged', '2024-10-18'], ['reported', '2024-10-25']], ['alleged→reported firmer 2024-10-25']],
    ['reported → suspected is weaker', [['reported', '2024-10-18'], ['suspected', '2024-10-25']], ['reported→suspected weaker 2024-10-25']],
    ['alleged then asserted twice: one shift', [['alleged', '2024-10-18'], ['asserted', '2024-10-20'], ['reported', '2024-10-22']], ['alleged→asserted firmer 2024-10-20']],
    ['the same day is no shift over time', [['alleged', '2024-10-18'], ['reported', '2024-10-18']], []],
    ['a steady certainty has no shift', [['alleged', '2024-10-18'], ['suspected', '2024-10-25']], []],
    ['denials are not shifts', [['reported', '2024-10-18'], ['denied', '2024-10-25']], []],
    ['"could send more" (possible) is no weakening', [['reported', '2024-10-18'], ['possible', '2024-10-25']], []],
  ];
  for (const [name, input, expected] of cases) await t.test(name, () => assert.deepEqual(shifts(input), expected));
  await t.test('reports are ordered by publication, not by the event day they give', () => {
    // A later article dating the act back ("le 5 octobre") does not make its report come first.
    const found = contradictionsOf([
      eventRecord({ articleId: 1, certainty: 'alleged', published: '2024-10-09' }),
      eventRecord({ articleId: 2, certainty: 'reported', published: '2024-11-04', date: '2024-10-05' }),
    ]).flatMap((c) => (c.kind === 'shift' ? [`${c.direction} ${c.from.published}→${c.to.published}`] : []));
    assert.deepEqual(found, ['firmer 2024-10-09→2024-11-04']);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOfEvent, daysBetween } from './day-of-event.ts';

test('dayOfEvent', async (t) => {
  const cases: [string, string | null, string | null, string | null][] = [
    ['a full event date wins', '2024-11-04', '2024-11-07', '2024-11-04'],
    ['no event date: the publication day', null, '2024-11-07', '2024-11-07'],
    ['a month holding the publication day: the publication day', '2024-11', '2024-11-07', '2024-11-07'],
    ['a month before publication ("fin octobre"): its last day', '2024-10', '2024-11-04', '2024-10-31'],
    ['February of a leap year ends on the 29th', '2024-02', '2024-03-10', '2024-02-29'],
    ['a year before publication: 31 December', '2023', '2024-01-15', '2023-12-31'],
    ['a month after publication (planned): its first day', '2024-12', '2024-11-07', '2024-12-01'],
    ['a month and no publication day: its first day', '2024-10', null, '2024-10-01'],
    ['nothing: undated', null, null, null],
  ];
  for (const [name, date, published, expected] of cases) await t.test(name, () => assert.equal(dayOfEvent({ date, published }), expected));
  await t.test('days between', () => assert.deepEqual([daysBetween('2024-11-01', '2024-11-30'), daysBetween('2024-12-31', '2025-01-01')], [29, 1]));
});

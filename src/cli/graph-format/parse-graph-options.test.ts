import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CliError } from '../usage-error.ts';
import { parseCertainties, parseCount, parseKind, parseSince, parseType } from './parse-graph-options.ts';

const usage = (fn: () => unknown) => assert.throws(fn, (error: unknown) => error instanceof CliError && error.exitCode === 2);

test('query options', async (t) => {
  const good: [string, () => unknown, unknown][] = [
    ['type in any case', () => parseType(' assault '), 'ASSAULT'],
    ['certainties, comma-separated', () => parseCertainties('Alleged, reported,'), ['alleged', 'reported']],
    ['since a real day', () => parseSince('2024-02-29'), '2024-02-29'],
    ['count', () => parseCount('--limit', '7', 20), 7],
    ['count fallback', () => parseCount('--limit', undefined, 20), 20],
    ['kind', () => parseKind('Person'), 'person'],
    ['absent options stay absent', () => [parseType(undefined), parseCertainties(undefined), parseSince(undefined), parseKind(undefined)], [undefined, undefined, undefined, undefined]],
  ];
  for (const [name, fn, expected] of good) await t.test(name, () => assert.deepEqual(fn(), expected));
  const bad: [string, () => unknown][] = [
    ['unknown type', () => parseType('HUG')],
    ['unknown certainty', () => parseCertainties('alleged,sure')],
    ['month 13', () => parseSince('2024-13-01')],
    ['February 30', () => parseSince('2023-02-30')],
    ['not a date', () => parseSince('yesterday')],
    ['negative count', () => parseCount('--limit', '-1', 20)],
    ['fractional count', () => parseCount('--limit', '2.5', 20)],
    ['unknown kind', () => parseKind('animal')],
  ];
  for (const [name, fn] of bad) await t.test(name, () => usage(fn));
});

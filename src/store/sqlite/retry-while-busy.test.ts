import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retryWhileBusy } from './retry-while-busy.ts';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

test('a statement that is busy twice succeeds on the third try, after two pauses', () => {
  let tries = 0;
  const pauses: number[] = [];
  const result = retryWhileBusy(() => {
    tries += 1;
    if (tries < 3) throw busy();
    return 'wal';
  }, 1_000, 5, (ms) => pauses.push(ms));
  assert.equal(result, 'wal');
  assert.equal(tries, 3);
  assert.deepEqual(pauses, [5, 5]);
});

test('an error other than SQLITE_BUSY is thrown at once', () => {
  let tries = 0;
  assert.throws(() => retryWhileBusy(() => {
    tries += 1;
    throw Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
  }, 1_000, 5, () => {}), /not a database/u);
  assert.equal(tries, 1);
});

test('a statement busy past the timeout throws the busy error', () => {
  let tries = 0;
  assert.throws(() => retryWhileBusy(() => {
    tries += 1;
    throw busy();
  }, 30, 10), { code: 'SQLITE_BUSY' });
  assert.ok(tries >= 2, `tried ${tries} times`);
});

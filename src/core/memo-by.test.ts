import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoBy } from './memo-by.ts';

test('MemoBy computes a value once per owner and key', () => {
  const memo = new MemoBy<object, number>();
  const first = {};
  const second = {};
  let calls = 0;
  const compute = () => { calls += 1; return calls; };
  assert.equal(memo.get(first, 'a', compute), 1);
  assert.equal(memo.get(first, 'a', compute), 1);
  assert.equal(memo.get(first, 'b', compute), 2);
  assert.equal(memo.get(second, 'a', compute), 3);
  assert.equal(calls, 3);
});

test('MemoBy starts an owner afresh past its limit', () => {
  const memo = new MemoBy<object, string>(2);
  const owner = {};
  let calls = 0;
  const compute = () => { calls += 1; return `v${calls}`; };
  memo.get(owner, 'a', compute);
  memo.get(owner, 'b', compute);
  memo.get(owner, 'c', compute); // clears a and b
  assert.equal(memo.get(owner, 'a', compute), 'v4');
  assert.equal(calls, 4);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as store from './index.ts';

test('the store module exports exactly its public helpers', () => {
  assert.deepEqual(Object.keys(store).sort(), ['StoreError', 'entityKey', 'foldName', 'openSqliteStore', 'sanitizeQuery']);
});

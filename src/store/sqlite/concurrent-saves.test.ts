import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';

const WORKER = fileURLToPath(new URL('./fixtures/save-many.ts', import.meta.url));
const PER_PROCESS = 200;

function saveMany(path: string, prefix: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, path, prefix, String(PER_PROCESS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('two processes saving 200 articles each into one new database at once: no SQLITE_BUSY, every row present', async () => {
  const { path, cleanup } = tempDb();
  try {
    const results = await Promise.all([saveMany(path, 'alpha'), saveMany(path, 'beta')]);
    for (const result of results) {
      assert.equal(result.stderr, '', result.stderr);
      assert.equal(result.code, 0);
      assert.equal(result.stdout.trim(), String(PER_PROCESS));
    }
    const store = openSqliteStore(path);
    try {
      assert.deepEqual(store.counts(), { articles: 2 * PER_PROCESS, events: 2 * PER_PROCESS, entities: 2 });
      assert.equal(store.entities({ name: 'russia' })[0]?.articles, 2 * PER_PROCESS);
      assert.equal(store.search('alpha', 1000).length, PER_PROCESS);
      assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      store.close();
    }
  } finally {
    cleanup();
  }
});

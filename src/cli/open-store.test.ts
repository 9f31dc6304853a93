import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, storePath } from './open-store.ts';
import { CliError } from './usage-error.ts';

function inTempDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'veille-open-store-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('storePath: --db, else VEILLE_DB, else ./veille.db', () => {
  assert.equal(storePath('a.db', { VEILLE_DB: 'b.db' }), 'a.db');
  assert.equal(storePath(undefined, { VEILLE_DB: 'b.db' }), 'b.db');
  assert.equal(storePath(undefined, { VEILLE_DB: '' }), 'veille.db');
  assert.equal(storePath(undefined, {}), 'veille.db');
});

test('openStore creates a store at the given path and opens it again', () => {
  inTempDir((dir) => {
    const path = join(dir, 'news.db');
    openStore(path).close();
    const store = openStore(path);
    assert.deepEqual(store.counts(), { articles: 0, events: 0, entities: 0 });
    store.close();
  });
});

test('openStore refuses a missing folder, a folder, a text file and a foreign SQLite file with one clear input error', () => {
  inTempDir((dir) => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'Ceci n’est pas une base de données.');
    const foreign = join(dir, 'other.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    const cases: [string, RegExp][] = [
      [join(dir, 'missing', 'veille.db'), /folder .* does not exist/],
      [dir, /is a folder/],
      [text, /not a veille database/],
      [foreign, /not a veille database/],
    ];
    for (const [path, message] of cases) {
      assert.throws(() => openStore(path), (error: unknown) => error instanceof CliError && error.exitCode === 1 && message.test(error.message), path);
    }
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tempDb } from './fixtures/articles.ts';
import { applyMigrations, listMigrations, schemaVersion } from './apply-migrations.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { StoreError } from './store-error.ts';

const latest = listMigrations().at(-1)?.version ?? 0;

test('migrations are numbered 1, 2, 3… without gaps', () => {
  assert.ok(latest >= 2);
  assert.deepEqual(listMigrations().map((migration) => migration.version), Array.from({ length: latest }, (_, i) => i + 1));
});

test('a fresh database and a database at migration 1 both end at the latest schema', () => {
  const { path, cleanup } = tempDb();
  try {
    const old = new Database(path);
    assert.equal(applyMigrations(old, 1), 1);
    old.prepare("INSERT INTO articles (lang, text, content_hash, simhash, band0, band1, band2, band3, ingested_at, analysis) VALUES ('fr', 'Texte ancien sur Koursk.', 'h', '0000000000000000', 0, 0, 0, 0, 'now', '{}')").run();
    old.close();

    const store = openSqliteStore(path);
    assert.equal(schemaVersion(store.db), latest);
    assert.deepEqual(store.search('koursk').map((hit) => hit.articleId), [1], 'migration 2 indexes the articles already there');
    store.enqueue(['a.txt']);
    store.close();

    const fresh = tempDb();
    const freshStore = openSqliteStore(fresh.path);
    assert.equal(schemaVersion(freshStore.db), latest);
    const tables = (db: Database.Database) => db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    const upgraded = new Database(path, { readonly: true });
    assert.deepEqual(tables(upgraded), tables(freshStore.db));
    upgraded.close();
    freshStore.close();
    fresh.cleanup();
  } finally {
    cleanup();
  }
});

test('opening twice applies nothing twice', () => {
  const { path, cleanup } = tempDb();
  try {
    openSqliteStore(path).close();
    const store = openSqliteStore(path);
    assert.equal(store.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), latest);
    store.close();
  } finally {
    cleanup();
  }
});

test('a database with other tables, or a newer schema, is refused', () => {
  const { path, cleanup } = tempDb();
  try {
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    assert.throws(() => openSqliteStore(path), (error: unknown) => error instanceof StoreError && /not a veille database/.test(error.message));

    writeFileSync(path, '');
    const newer = openSqliteStore(path);
    newer.db.prepare("INSERT INTO schema_migrations VALUES (999, '999_future', 'now')").run();
    newer.close();
    assert.throws(() => openSqliteStore(path), /newer than this veille/);
  } finally {
    cleanup();
  }
});

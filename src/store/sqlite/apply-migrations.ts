/**
 * Brings a database to the latest schema: the numbered `.sql` files of
 * `migrations/` are applied in order, each in its own transaction, and
 * recorded in `schema_migrations`. Two processes opening one fresh database
 * at once both succeed: the version is read again inside the write lock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { StoreError } from './store-error.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The migrations shipped in the repository, in order (`001_name.sql` → version 1).
 *
 * @example
 * listMigrations().at(-1)?.version; // the latest schema version
 */
export function listMigrations(): readonly Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(join(MIGRATIONS_DIR, file), 'utf8'),
    }));
}

/** The schema version a database is at: 0 for an empty file. */
export function schemaVersion(db: Database.Database): number {
  if (!hasTable(db, 'schema_migrations')) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies every migration above the database's version, up to `upTo` (tests
 * stop early to build an old database). Throws a {@link StoreError} for a file
 * that holds other tables (not a veille database) or a newer schema.
 *
 * @example
 * applyMigrations(db); // fresh or old database → latest schema
 */
export function applyMigrations(db: Database.Database, upTo = Number.POSITIVE_INFINITY): number {
  const migrations = listMigrations();
  const latest = migrations.at(-1)?.version ?? 0;
  // Up to date (the usual open): no write lock taken, so a query command never waits on an ingest.
  const current = schemaVersion(db);
  if (current > latest) throw newerSchema(current, latest);
  if (current >= Math.min(latest, upTo)) return current;
  db.transaction(() => {
    if (!hasTable(db, 'schema_migrations')) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
      if (tables.n > 0) throw new StoreError('not a veille database (it has tables but no schema_migrations)');
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    }
  }).immediate();
  for (const migration of migrations) {
    if (migration.version > upTo) break;
    db.transaction(() => {
      // Read again under the write lock: another process may have applied it meanwhile.
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  const version = schemaVersion(db);
  if (version > latest) throw newerSchema(version, latest);
  return version;
}

function newerSchema(version: number, latest: number): StoreError {
  return new StoreError(`database schema version ${version} is newer than this veille (${latest}); upgrade veille`);
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

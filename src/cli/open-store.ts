/**
 * Opens the store every store command works on: `--db PATH`, else the
 * `VEILLE_DB` environment variable, else `./veille.db`. A missing folder or a
 * file that is not a veille database is an input error, said in one line.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { inputError } from './usage-error.ts';

export const DEFAULT_DB = 'veille.db';
const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Where the store lives, from the option, the environment, or the default.
 *
 * @example
 * storePath(undefined); // process.env.VEILLE_DB ?? "veille.db"
 */
export function storePath(dbOption?: string, env: NodeJS.ProcessEnv = process.env): string {
  return dbOption ?? (env['VEILLE_DB'] || DEFAULT_DB);
}

/**
 * @example
 * const store = openStore(options.db);
 * try { … store.claims … } finally { store.close(); }
 */
export function openStore(dbOption?: string): SqliteStore {
  const path = storePath(dbOption);
  if (path !== ':memory:') checkPath(path);
  try {
    return openSqliteStore(path);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^veille: /, '') : String(error);
    throw inputError(`cannot open the store "${path}": ${message}`);
  }
}

function checkPath(path: string): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) {
    throw inputError(`the folder "${folder}" of the store "${path}" does not exist; create it or give another --db`);
  }
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) throw inputError(`the store "${path}" is a folder; give a database file with --db`);
  if (stat.size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw inputError(`"${path}" is not a veille database (not an SQLite file); give another --db or set VEILLE_DB`);
  }
}

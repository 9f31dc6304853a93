/**
 * Runs a query command's work on the store named by `--db` (or VEILLE_DB, or
 * ./veille.db) and closes it whatever happens. A missing store is an input
 * error, not a new empty file.
 */
import { existsSync } from 'node:fs';
import type { Store } from '../../store/types.ts';
import { inputError } from '../usage-error.ts';

/**
 * Opens the store, runs `work`, closes the store. SQLite loads only here, so
 * usage errors and other commands start fast.
 *
 * @example
 * await withStore(options.db, (store) => store.articles());
 */
export async function withStore<T>(db: string | undefined, work: (store: Store) => T): Promise<T> {
  const { openStore, storePath } = await import('../open-store.ts');
  const path = storePath(db);
  // A query never creates a store: an empty new file would hide a mistyped path.
  if (path !== ':memory:' && !existsSync(path)) {
    throw inputError(`no store at "${path}"; ingest articles first (veille ingest … --db ${path}) or give another --db / VEILLE_DB`);
  }
  const store = openStore(db);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/**
 * Writes JSON (`--json`) or the readable text.
 *
 * @example
 * printResult(options.json, () => claims, () => formatClaims(…));
 */
export function printResult(json: boolean | undefined, data: () => unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(data(), null, 2)}\n` : text());
}

/**
 * Runs a query command's work on the store named by `--db` (or VEILLE_DB, or
 * ./veille.db) and closes it whatever happens.
 */
import type { Store } from '../../store/types.ts';

/**
 * Opens the store, runs `work`, closes the store. SQLite loads only here, so
 * usage errors and other commands start fast.
 *
 * @example
 * await withStore(options.db, (store) => store.articles());
 */
export async function withStore<T>(db: string | undefined, work: (store: Store) => T): Promise<T> {
  const { openStore } = await import('../open-store.ts');
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

/**
 * The store: what it keeps (types.ts), the embedded SQLite implementation,
 * and the helpers the graph and the CLI share with it.
 */
export type * from './types.ts';
export { entityKey, foldName } from './entity-key.ts';
export { sanitizeQuery } from './sanitize-query.ts';
export { openSqliteStore, type SqliteStore } from './sqlite/open-sqlite-store.ts';
export { StoreError } from './sqlite/store-error.ts';

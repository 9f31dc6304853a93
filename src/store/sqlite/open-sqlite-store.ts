/**
 * The embedded store: one SQLite file (better-sqlite3) in WAL mode, so readers
 * never block the writer; writes are IMMEDIATE transactions that wait up to
 * `busy_timeout` for the write lock, so two ingests into one file queue
 * instead of failing with SQLITE_BUSY.
 */
import Database from 'better-sqlite3';
import type { Store } from '../types.ts';
import { applyMigrations } from './apply-migrations.ts';
import { findSimilar } from './find-similar.ts';
import { enqueueJobs, finishJob, pendingJobs } from './manage-jobs.ts';
import { findEntity, listEntities } from './query-entities.ts';
import { queryEvents } from './query-events.ts';
import { readArticle, readArticles, readCopies } from './read-articles.ts';
import { retryWhileBusy } from './retry-while-busy.ts';
import { saveArticle } from './save-article.ts';
import { searchArticles } from './search-articles.ts';
import { statementCache } from './statement-cache.ts';

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 10_000;

export interface SqliteStore extends Store {
  /** The connection, for tests and benchmarks that run several saves in one transaction. */
  readonly db: Database.Database;
  /** Runs `work` in one IMMEDIATE transaction (nested saves join it). */
  transaction<T>(work: () => T): T;
}

/**
 * Opens (creating if needed) a store and brings its schema to the latest
 * migration. Throws {@link StoreError} for a file that is not a veille database.
 *
 * @example
 * const store = openSqliteStore('veille.db');
 * store.saveArticle(article, toContract(doc));
 * store.close();
 */
export function openSqliteStore(path: string): SqliteStore {
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    retryWhileBusy(() => db.pragma('journal_mode = WAL'), BUSY_TIMEOUT_MS);
    // In WAL mode NORMAL survives a killed process (only a power cut may lose the last commits).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Each migration re-reads the version under its lock, so trying again after a busy refusal is safe.
    retryWhileBusy(() => applyMigrations(db), BUSY_TIMEOUT_MS);
  } catch (error) {
    db.close();
    throw error;
  }
  const sql = statementCache(db);
  const transaction = <T>(work: () => T): T => (db.inTransaction ? work() : db.transaction(work).immediate());
  return {
    db,
    transaction,
    saveArticle: (article, analysis, copyOf = null) => transaction(() => saveArticle(sql, article, analysis, copyOf)),
    similarArticles: (simhash, maxDistance) => findSimilar(sql, simhash, maxDistance),
    article: (id) => readArticle(sql, id),
    articles: (filter) => readArticles(sql, filter),
    copies: (id) => readCopies(sql, id),
    search: (query, limit) => searchArticles(sql, query, limit),
    entities: (filter) => listEntities(sql, filter),
    entity: (keyOrName) => findEntity(sql, keyOrName),
    events: (filter) => queryEvents(sql, filter),
    enqueue: (sources) => transaction(() => enqueueJobs(sql, sources)),
    pendingJobs: () => pendingJobs(sql),
    finishJob: (source, outcome) => transaction(() => finishJob(sql, source, outcome)),
    counts: () => sql(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
         (SELECT count(*) FROM entities) AS entities`,
    ).get() as { articles: number; events: number; entities: number },
    close: () => {
      // Lets SQLite refresh its planner statistics after a bulk load (cheap when nothing changed);
      // best effort: a read-only file or a busy writer must not make closing fail.
      try {
        if (db.open) db.pragma('optimize');
      } catch {
        // Statistics stay as they were.
      }
      db.close();
    },
  };
}

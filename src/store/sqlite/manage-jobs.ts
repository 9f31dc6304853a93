/**
 * Ingestion jobs, one per source: recorded before the work, marked done or
 * failed after, so a killed run knows what is left.
 */
import type { JobRecord } from '../types.ts';
import type { Sql } from './statement-cache.ts';

/**
 * Records sources as pending; a source already known keeps its status.
 *
 * @example
 * enqueueJobs(sql, ['feed.xml', 'https://example.org/a']);
 */
export function enqueueJobs(sql: Sql, sources: readonly string[]): void {
  const now = new Date().toISOString();
  const insert = sql("INSERT INTO jobs (source, status, attempts, updated_at) VALUES (?, 'pending', 0, ?) ON CONFLICT (source) DO NOTHING");
  for (const source of sources) insert.run(source, now);
}

/** @example pendingJobs(sql).map((job) => job.source); */
export function pendingJobs(sql: Sql): readonly JobRecord[] {
  return sql("SELECT id, source, status, attempts, error FROM jobs WHERE status = 'pending' ORDER BY id").all() as JobRecord[];
}

/**
 * Marks a source done or failed (recording it if it was never enqueued).
 *
 * @example
 * finishJob(sql, 'feed.xml', { ok: false, error: 'HTTP 404' });
 */
export function finishJob(sql: Sql, source: string, outcome: { readonly ok: true } | { readonly ok: false; readonly error: string }): void {
  sql(
    `INSERT INTO jobs (source, status, attempts, error, updated_at) VALUES (@source, @status, 1, @error, @now)
     ON CONFLICT (source) DO UPDATE SET status = @status, attempts = attempts + 1, error = @error, updated_at = @now`,
  ).run({ source, status: outcome.ok ? 'done' : 'failed', error: outcome.ok ? null : outcome.error, now: new Date().toISOString() });
}

/**
 * Runs a statement again while SQLite answers SQLITE_BUSY. Switching a new
 * file to WAL takes a lock that SQLite does not always wait for through its
 * busy handler (it refuses at once where waiting could deadlock), so two
 * processes creating one database at the same moment can see SQLITE_BUSY
 * although `busy_timeout` is set.
 */

/** A pause between tries, without leaving the synchronous call (the store's API is synchronous). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * `work()`, tried again every `intervalMs` while it throws SQLITE_BUSY, until
 * `timeoutMs` have passed; any other error, or the last busy one, is thrown.
 *
 * @example
 * retryWhileBusy(() => db.pragma('journal_mode = WAL'), 10_000);
 */
export function retryWhileBusy<T>(work: () => T, timeoutMs: number, intervalMs = 25, wait: (ms: number) => void = pause): T {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return work();
    } catch (error) {
      const busy = (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
      if (!busy || Date.now() >= deadline) throw error;
      wait(intervalMs);
    }
  }
}

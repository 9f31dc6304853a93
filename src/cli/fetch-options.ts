/**
 * The fetch options `veille ingest` and `veille watch` share, checked.
 */
import type { FetchOptions } from '../ingest/fetch-safely.ts';
import { usageError } from './usage-error.ts';

/**
 * `--timeout`, `--max-bytes` and `--allow-private` as fetch options; bad values are usage errors.
 *
 * @example
 * fetchOptions({ timeout: '30', maxBytes: '1000000', allowPrivate: false }); // { timeoutMs: 30000, maxBytes: 1000000, allowPrivate: false }
 */
export function fetchOptions(options: { readonly timeout: string; readonly maxBytes: string; readonly allowPrivate?: boolean }): FetchOptions {
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usageError(`--timeout must be a number of seconds > 0, not "${options.timeout}"`);
  const maxBytes = Number(options.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) throw usageError(`--max-bytes must be a whole number of bytes, not "${options.maxBytes}"`);
  return { timeoutMs: seconds * 1000, connectTimeoutMs: Math.min(10_000, seconds * 1000), maxBytes, allowPrivate: options.allowPrivate ?? false };
}

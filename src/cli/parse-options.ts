/**
 * Checks the options of `veille analyze`; each bad value is a usage error
 * that says what is expected.
 */
import { supportedLanguages } from '../lang/load.ts';
import { DEFAULT_MAX_BYTES } from './read-input.ts';
import { usageError } from './usage-error.ts';

/**
 * `fr`, `en` (any folder of lang/) or `auto`.
 *
 * @example
 * parseLang('FR'); // "fr"
 */
export function parseLang(value: string): string {
  const code = value.trim().toLowerCase();
  const supported = supportedLanguages();
  if (code === 'auto' || supported.includes(code)) return code;
  throw usageError(`unknown --lang "${value}"; use ${[...supported, 'auto'].join(', ')}`);
}

/**
 * A real calendar day written `YYYY-MM-DD`, or null when not given.
 *
 * @example
 * parsePublished('2024-02-30'); // throws: not a day of the calendar
 */
export function parsePublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value.trim()) {
    throw usageError(`invalid --published "${value}"; write the publication day as YYYY-MM-DD, e.g. 2024-11-07`);
  }
  return value.trim();
}

/**
 * `--max-bytes`, else `VEILLE_MAX_BYTES`, else 10 MB.
 *
 * @example
 * parseMaxBytes(undefined, '2048'); // 2048
 */
export function parseMaxBytes(option: string | undefined, env: string | undefined = process.env.VEILLE_MAX_BYTES): number {
  const raw = option ?? env;
  if (raw === undefined || raw === '') return DEFAULT_MAX_BYTES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw usageError(`invalid ${option !== undefined ? '--max-bytes' : 'VEILLE_MAX_BYTES'} "${raw}"; give a positive number of bytes`);
  }
  return value;
}

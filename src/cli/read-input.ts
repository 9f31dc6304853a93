/**
 * Reads the text to analyse from a file or stdin, refusing what is not text:
 * over the size limit, empty, binary, or not in the given encoding.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { inputError, usageError } from './usage-error.ts';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes: number;
  readonly encoding: string;
}

/**
 * The bytes of a file, or of stdin for `-` or no file.
 *
 * @example
 * const bytes = await readBytes('examples/fr-otan-coree.txt', DEFAULT_MAX_BYTES);
 */
export async function readBytes(file: string | undefined, maxBytes: number): Promise<Buffer> {
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) throw usageError('no input; give a FILE, or pipe text into `veille analyze -`');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > maxBytes) throw inputError(`stdin is over the limit of ${maxBytes} bytes; raise it with --max-bytes or VEILLE_MAX_BYTES`);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }
  if (!existsSync(file)) throw inputError(`file "${file}" does not exist; check the path`);
  const stat = statSync(file);
  if (!stat.isFile()) throw inputError(`"${file}" is not a file; give the path of a text file`);
  if (stat.size > maxBytes) throw inputError(`file "${file}" is ${stat.size} bytes, over the limit of ${maxBytes}; raise it with --max-bytes or VEILLE_MAX_BYTES`);
  return readFileSync(file);
}

/**
 * Decodes bytes as text, strictly: binary data and bytes invalid in the
 * encoding are errors that say what to do.
 *
 * @example
 * decodeText(Buffer.from('Moscou dément.'), 'utf-8', 'stdin'); // "Moscou dément."
 */
export function decodeText(bytes: Uint8Array, encoding: string, where: string): string {
  if (bytes.length === 0) throw inputError(`${where} is empty; give a news text to analyse`);
  if (bytes.includes(0)) throw inputError(`${where} looks binary (it holds NUL bytes); give a plain text file`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw usageError(`unknown --encoding "${encoding}"; use utf-8, windows-1252, iso-8859-15…`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw inputError(`${where} is not valid ${encoding}; if it comes from an old Windows or Latin-1 source, add --encoding windows-1252`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw inputError(`${where} holds only blank space; give a news text to analyse`);
  // Control characters other than tab, line feed, carriage return and form feed mark binary data.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/gu)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) throw inputError(`${where} looks binary (control characters); give a plain text file`);
  return text;
}

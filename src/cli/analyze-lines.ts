/**
 * `veille analyze --ndjson`: one JSON object `{id, text, lang?, published?}`
 * per line in, one analysis per line out with the same `id`. A bad line is
 * answered `{id?, line, error}` and the others still run.
 */
import { analyze } from '../analyze.ts';
import { supportedLanguages } from '../lang/load.ts';
import { detectOrFail } from './detect-or-fail.ts';
import { toContract } from '../output/contract.ts';
import { parsePublished } from './parse-options.ts';

export interface LineDefaults {
  /** `auto` or a language code, used when a line has no `lang`. */
  readonly lang: string;
  readonly published: string | null;
}

/**
 * Analyses every non-blank line; returns how many failed.
 *
 * @example
 * await analyzeLines('{"id":"a","text":"…","lang":"fr"}\n', { lang: 'auto', published: null }, console.log); // 0
 */
export async function analyzeLines(input: string, defaults: LineDefaults, write: (line: string) => void): Promise<number> {
  let failed = 0;
  const lines = input.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const line = index + 1;
    let id: unknown;
    try {
      const record = parseRecord(raw);
      id = record.id;
      const lang = await chooseLang(record.lang, defaults.lang, record.text);
      const published = record.published !== undefined ? parsePublishedField(record.published) : defaults.published;
      const doc = analyze({ text: record.text, lang, published, ...(typeof id === 'string' ? { id } : {}) });
      write(JSON.stringify({ id: id ?? null, ...toContract(doc, { id: id == null ? null : String(id) }) }));
    } catch (error) {
      failed += 1;
      const message = (error instanceof Error ? error.message : String(error)).replace(/^veille: /, '');
      write(JSON.stringify({ ...(id !== undefined ? { id } : {}), line, error: message }));
    }
  }
  return failed;
}

interface LineRecord {
  readonly id?: unknown;
  readonly text: string;
  readonly lang?: unknown;
  readonly published?: unknown;
}

function parseRecord(raw: string): LineRecord {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error('malformed JSON; each line must be one object {"id", "text", "lang"?, "published"?}');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('a line must be a JSON object {"id", "text", …}');
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') throw new Error('the line has no "text" string to analyse');
  return record as unknown as LineRecord;
}

async function chooseLang(lineLang: unknown, fallback: string, text: string): Promise<string> {
  if (lineLang === undefined || lineLang === null || lineLang === 'auto') return fallback === 'auto' ? detectOrFail(text) : fallback;
  if (typeof lineLang !== 'string' || !supportedLanguages().includes(lineLang)) {
    throw new Error(`unknown "lang" ${JSON.stringify(lineLang)}; use ${supportedLanguages().join(', ')} or leave it out`);
  }
  return lineLang;
}

function parsePublishedField(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw new Error('"published" must be "YYYY-MM-DD" or null');
  return parsePublished(value);
}

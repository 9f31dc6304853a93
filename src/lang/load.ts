/**
 * Turns the data files of `lang/<code>/` (and the language-independent
 * `lang/world/`) into a Language object. Files are read once and cached;
 * stages compile what they need from them through `memo`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** One row of a TSV data file, by column name. */
export type Row = Readonly<Record<string, string>>;

export interface Language {
  /** ISO 639-1 code: `fr`, `en`. */
  readonly code: string;
  /** Rows of `lang/<code>/<name>.tsv`. A missing file is an error. */
  table(name: string): readonly Row[];
  /** Rows of `lang/world/<name>.tsv`, data shared by every language (ISO codes, Wikidata ids). */
  world(name: string): readonly Row[];
  /** Builds a value once per language and keeps it (compiled regexes, lookup maps). */
  memo<T>(key: string, build: () => T): T;
}

export const LANG_ROOT = fileURLToPath(new URL('../../lang/', import.meta.url));

const WORLD = 'world';
const cache = new Map<string, Language>();
const tableCache = new Map<string, readonly Row[]>();

/** Language codes that have a data folder. */
export function supportedLanguages(): string[] {
  return readdirSync(LANG_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== WORLD)
    .map((entry) => entry.name)
    .sort();
}

/**
 * The Language for a code.
 *
 * @example
 * loadLanguage('fr').table('reporting-verbs'); // rows of lang/fr/reporting-verbs.tsv
 */
export function loadLanguage(code: string): Language {
  const known = cache.get(code);
  if (known) return known;
  if (!supportedLanguages().includes(code)) {
    throw new Error(`veille: no language data for "${code}"; supported: ${supportedLanguages().join(', ')}`);
  }
  const memos = new Map<string, unknown>();
  const language: Language = Object.freeze({
    code,
    table: (name: string) => readTable(join(LANG_ROOT, code, `${name}.tsv`)),
    world: (name: string) => readTable(join(LANG_ROOT, WORLD, `${name}.tsv`)),
    memo<T>(key: string, build: () => T): T {
      // Hot path (stages ask per sentence or word): one map read when the value is known.
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const built = build();
      memos.set(key, built);
      return built;
    },
  });
  cache.set(code, language);
  return language;
}

/**
 * Reads a TSV file: lines starting with `#` are comments, the first other line
 * names the columns, empty cells are empty strings.
 */
export function readTable(path: string): readonly Row[] {
  const cached = tableCache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) throw new Error(`veille: language data file ${path} is missing`);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t').map((name) => name.trim());
  const rows = lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length > header.length) {
      throw new Error(`veille: ${path} row ${index + 2} has ${cells.length} cells for ${header.length} columns`);
    }
    return Object.freeze(Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()])));
  });
  const frozen = Object.freeze(rows);
  tableCache.set(path, frozen);
  return frozen;
}

/**
 * Reading the curated TSV files of scripts/gazetteer/ and writing the lang/ tables.
 * Same format as lang/: `#` comment lines, a header line, `|`-separated list cells.
 */
import { readFileSync } from 'node:fs';

/** One curated row, by column name. */
export type Cells = Readonly<Record<string, string>>;

/**
 * Rows of a TSV file with `#` comments and a header line.
 *
 * @example
 * readCurated('scripts/gazetteer/places.tsv')[0]?.key; // "Europe"
 */
export function readCurated(path: string): Cells[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${path} row ${index + 2}: ${cells.length} cells for ${header.length} columns`);
    }
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]));
  });
}

/**
 * The values of a `|` list cell, trimmed, empty ones and `-` dropped.
 *
 * @example
 * splitList('Kiev|Kyiv'); // ["Kiev", "Kyiv"]
 */
export function splitList(cell: string | undefined): string[] {
  if (!cell || cell === '-') return [];
  return cell.split('|').map((value) => value.trim()).filter((value) => value !== '');
}

/**
 * Values in first-seen order, duplicates removed.
 *
 * @example
 * unique(['Kiev', 'Kyiv', 'Kiev']); // ["Kiev", "Kyiv"]
 */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * A TSV file text: comment lines, then the header, then rows.
 *
 * @example
 * tsvText(['# demo'], ['key', 'kind'], [['Russia', 'country']]); // "# demo\nkey\tkind\nRussia\tcountry\n"
 */
export function tsvText(comments: readonly string[], header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const row of rows) {
    if (row.some((cell) => cell.includes('\t') || cell.includes('\n'))) throw new Error(`tab or newline in ${row.join(' / ')}`);
  }
  const lines = [...comments, header.join('\t'), ...rows.map((row) => row.join('\t'))];
  return `${lines.join('\n')}\n`;
}

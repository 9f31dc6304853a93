/**
 * Golden fixtures of the quantities and dates stages: each
 * `fixtures/<lang>/<name>.txt` has a `<name>.json` beside it holding the
 * expected items with the text of each span, so a change shows as a diff.
 * Run the tests with `UPDATE_GOLDEN=1` to rewrite the JSON after a reviewed
 * change.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenCase {
  readonly lang: string;
  readonly name: string;
  readonly text: string;
  readonly jsonPath: string;
}

/**
 * The fixtures of a stage folder, one per `.txt` file.
 *
 * @example
 * goldenCases(new URL('./fixtures/', import.meta.url).pathname); // [{ lang: 'fr', name: 'calendrier-sommet', … }]
 */
export function goldenCases(fixtures: string): GoldenCase[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(fixtures, dir.name))
        .filter((file) => file.endsWith('.txt'))
        .map((file) => ({
          lang: dir.name,
          name: file.slice(0, -4),
          text: readFileSync(join(fixtures, dir.name, file), 'utf8'),
          jsonPath: join(fixtures, dir.name, `${file.slice(0, -4)}.json`),
        })),
    );
}

/**
 * The expected items, rewritten first from `actual` when UPDATE_GOLDEN=1.
 *
 * @example
 * assert.deepEqual(actual, expectedFor(golden, actual));
 */
export function expectedFor(golden: GoldenCase, actual: unknown): unknown {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden.jsonPath, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(golden.jsonPath)) {
    throw new Error(`veille: ${golden.jsonPath} is missing; review the output and run the tests with UPDATE_GOLDEN=1`);
  }
  return JSON.parse(readFileSync(golden.jsonPath, 'utf8'));
}

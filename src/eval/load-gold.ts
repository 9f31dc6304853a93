/**
 * Reads a gold folder: every `*.json` but `keys.json`, and `keys.json` from
 * the folder itself or its parent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc, KeysFile } from './gold.ts';

export interface GoldSet {
  readonly docs: readonly GoldDoc[];
  readonly keys: KeysFile;
  readonly keysPath: string | null;
}

/**
 * Loads the gold documents of a folder, sorted by file name.
 *
 * @example
 * loadGold('../shared/gold/dev').docs.length; // 41
 */
export function loadGold(dir: string): GoldSet {
  if (!existsSync(dir)) throw new Error(`veille: gold folder ${dir} does not exist`);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'keys.json').sort();
  if (files.length === 0) throw new Error(`veille: no gold *.json files in ${dir}`);
  const docs = files.map((name) => {
    const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<GoldDoc>;
    if (typeof parsed.text !== 'string' || typeof parsed.lang !== 'string') {
      throw new Error(`veille: gold file ${join(dir, name)} has no "text" or "lang"`);
    }
    return { ...parsed, id: parsed.id ?? name.replace(/\.json$/, ''), published: parsed.published ?? null } as GoldDoc;
  });
  const keysPath = [join(dir, 'keys.json'), join(dir, '..', 'keys.json')].find((path) => existsSync(path)) ?? null;
  const keys = keysPath ? (JSON.parse(readFileSync(keysPath, 'utf8')) as KeysFile) : {};
  return { docs, keys, keysPath };
}

/**
 * Resolves names to gold keys: a name matches a key when it equals the key or
 * one of its aliases (Wikidata ids and ISO codes included), compared
 * case-insensitively without accents.
 */
import { lookupKey } from '../core/words.ts';
import type { KeysFile } from './gold.ts';

export interface KeyIndex {
  /** Every key a name stands for; a name no key knows stands for itself. */
  resolve(name: string): readonly string[];
  /** The key of the state a body belongs to (`part_of`), or null. */
  partOf(key: string): string | null;
  /** The key and its aliases, for text containment checks. */
  namesOf(key: string): readonly string[];
}

/**
 * The comparison form of a name: accents, case and typography folded.
 *
 * @example
 * normalizeName('Pékin'); // "pekin"
 */
export function normalizeName(name: string): string {
  return lookupKey(name);
}

/**
 * Builds the index of a keys file.
 *
 * @example
 * buildKeyIndex({ Russia: { aliases: ['Q159', 'Moscou'] } }).resolve('moscou'); // ["Russia"]
 */
export function buildKeyIndex(keys: KeysFile): KeyIndex {
  const byName = new Map<string, string[]>();
  const add = (name: string, key: string) => {
    const norm = normalizeName(name);
    if (norm === '') return;
    const list = byName.get(norm) ?? [];
    if (!list.includes(key)) list.push(key);
    byName.set(norm, list);
  };
  for (const [key, entry] of Object.entries(keys)) {
    add(key, key);
    for (const alias of entry.aliases ?? []) add(alias, key);
  }
  // A key named exactly (White House) wins over keys that list it as an alias (United States).
  for (const [norm, list] of byName) {
    const exact = list.find((key) => normalizeName(key) === norm);
    if (exact) byName.set(norm, [exact, ...list.filter((key) => key !== exact)]);
  }
  return {
    resolve(name) {
      const norm = normalizeName(name);
      return byName.get(norm) ?? [name];
    },
    partOf(key) {
      return keys[key]?.part_of ?? null;
    },
    namesOf(key) {
      return [key, ...(keys[key]?.aliases ?? [])];
    },
  };
}

/**
 * True when a system key set names the gold key, a state body standing for
 * its state and the reverse (`part_of`). Used for actors, targets, speakers
 * and sources, never for the entity list.
 *
 * @example
 * sameActor(index, ['United States'], 'United States Department of State'); // true when keys.json says part_of
 */
export function sameActor(index: KeyIndex, systemKeys: readonly string[], goldKey: string): boolean {
  const resolved = index.resolve(goldKey);
  const gold = new Set(resolved.map(normalizeName));
  const goldStates = new Set(resolved.flatMap((key) => index.partOf(key) ?? []).map(normalizeName));
  return systemKeys.some((key) => {
    if (gold.has(normalizeName(key))) return true;
    const state = index.partOf(key);
    if (state !== null && gold.has(normalizeName(state))) return true;
    return goldStates.has(normalizeName(key));
  });
}

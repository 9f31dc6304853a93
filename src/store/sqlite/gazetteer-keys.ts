/**
 * Maps a name a user types to store keys through the gazetteer: the names and
 * surnames of lang/<xx>/names.tsv (every language) and the keys of
 * lang/world/entities.tsv, so "Russie", "Russia" and "Q159" meet. Capitals,
 * seats and demonyms are left out: "Moscou" may be the city itself.
 */
import { loadLanguage, supportedLanguages } from '../../lang/load.ts';
import { entityKey, foldName } from '../entity-key.ts';
import type { EntityKind } from '../../core/layers.ts';

const FORMS = new Set(['name', 'short']);
let aliases: ReadonlyMap<string, readonly string[]> | null = null;

/**
 * Store keys a folded name may stand for, most likely first.
 *
 * @example
 * gazetteerKeys('russie'); // ["Q159"]
 */
export function gazetteerKeys(folded: string): readonly string[] {
  aliases ??= buildAliases();
  return aliases.get(folded) ?? [];
}

function buildAliases(): ReadonlyMap<string, readonly string[]> {
  const languages = supportedLanguages().map(loadLanguage);
  const first = languages[0];
  if (!first) return new Map();
  const storeKey = new Map<string, string>();
  const map = new Map<string, string[]>();
  const add = (name: string, key: string) => {
    const folded = foldName(name);
    const keys = map.get(folded) ?? [];
    if (!keys.includes(key)) keys.push(key);
    map.set(folded, keys);
  };
  for (const row of first.world('entities')) {
    const name = row['key'] ?? '';
    const key = entityKey({ name, kind: (row['kind'] ?? 'place') as EntityKind, ids: row['wikidata'] ? { wikidata: row['wikidata'] } : {} });
    storeKey.set(name, key);
    add(name, key);
  }
  for (const language of languages) {
    for (const row of language.table('names')) {
      const key = storeKey.get(row['key'] ?? '');
      if (key === undefined || !FORMS.has(row['form'] ?? '')) continue;
      for (const name of (row['names'] ?? '').split('|')) if (name.trim() !== '') add(name, key);
    }
  }
  return map;
}

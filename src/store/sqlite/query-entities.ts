/**
 * Entities across articles: a summary list with article and mention counts,
 * and one entity found from whatever a user types (key, name, alias).
 */
import type { EntityKind } from '../../core/layers.ts';
import { foldName } from '../entity-key.ts';
import type { EntityRef, EntitySummary } from '../types.ts';
import { gazetteerKeys } from './gazetteer-keys.ts';
import type { Sql } from './statement-cache.ts';

export interface EntityListFilter {
  readonly kind?: EntityKind;
  readonly name?: string;
  readonly limit?: number;
}

/**
 * Entities by number of articles naming them; `name` matches any part of the
 * stored (English) name, ignoring case and accents ("kore" finds "North
 * Korea"), or a whole name the gazetteer knows ("Russie" finds Russia).
 *
 * @example
 * listEntities(sql, { kind: 'person', name: 'rutte' }); // [{ key: 'Q57792', name: 'Mark Rutte', articles: 3, … }]
 */
export function listEntities(sql: Sql, filter: EntityListFilter = {}): readonly EntitySummary[] {
  const folded = filter.name === undefined ? null : foldName(filter.name);
  const pattern = folded === null ? null : `%${folded.replace(/[\\%_]/g, '\\$&')}%`;
  const aliases = JSON.stringify(folded === null ? [] : gazetteerKeys(folded));
  return sql(
    `SELECT e.key, e.name, e.kind, count(ae.article_id) AS articles, coalesce(sum(ae.mentions), 0) AS mentions
     FROM entities e LEFT JOIN article_entities ae ON ae.entity_key = e.key
     WHERE (@kind IS NULL OR e.kind = @kind) AND (@pattern IS NULL OR e.name_folded LIKE @pattern ESCAPE '\\' OR e.key IN (SELECT value FROM json_each(@aliases)))
     GROUP BY e.key
     ORDER BY articles DESC, mentions DESC, e.name
     LIMIT @limit`,
  ).all({ kind: filter.kind ?? null, pattern, aliases, limit: filter.limit ?? -1 }) as EntitySummary[];
}

/**
 * The stored entity a user means: its key ("Q159", "person:jean dupont"), its
 * stored name in any case or accents ("russia"), or a name the gazetteer
 * knows in French or English ("Russie", "Fédération de Russie"). Null when
 * the store holds no such entity.
 *
 * @example
 * findEntity(sql, 'Russie'); // { key: 'Q159', name: 'Russia', kind: 'country' }
 */
export function findEntity(sql: Sql, keyOrName: string): EntityRef | null {
  const byKey = sql('SELECT key, name, kind FROM entities WHERE key = ?');
  const trimmed = keyOrName.trim();
  const direct = (byKey.get(trimmed) ?? byKey.get(trimmed.replace(/^q(?=\d+$)/, 'Q'))) as EntityRef | undefined;
  if (direct) return direct;
  const folded = foldName(trimmed);
  // Several kinds may share a name (person:x, place:x): the one most written about wins.
  const byName = sql(
    `SELECT e.key, e.name, e.kind FROM entities e LEFT JOIN article_entities ae ON ae.entity_key = e.key
     WHERE e.name_folded = ? GROUP BY e.key ORDER BY count(ae.article_id) DESC, e.key LIMIT 1`,
  ).get(folded) as EntityRef | undefined;
  if (byName) return byName;
  for (const key of gazetteerKeys(folded)) {
    const known = byKey.get(key) as EntityRef | undefined;
    if (known) return known;
  }
  return null;
}

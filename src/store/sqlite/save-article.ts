/**
 * Writes one article and its analysis: the article row, its entities (merged
 * across articles by key), mention counts, events with resolved entity keys,
 * and the search row. The caller runs it inside one IMMEDIATE transaction, so
 * a bad analysis (an event naming an entity id the analysis lacks) leaves
 * nothing behind.
 */
import type { Approx } from '../../core/layers.ts';
import type { Contract, ContractEvent } from '../../output/contract.ts';
import { entityKey, foldName } from '../entity-key.ts';
import type { NewArticle, SaveResult } from '../types.ts';
import { simhashBands } from './simhash-bands.ts';
import type { Sql } from './statement-cache.ts';
import { StoreError } from './store-error.ts';

/**
 * Saves unless the canonical URL or the content hash is already stored.
 *
 * @example
 * db.transaction(() => saveArticle(sql, article, toContract(doc), null)).immediate();
 */
export function saveArticle(sql: Sql, article: NewArticle, analysis: Contract, copyOf: number | null): SaveResult {
  const duplicate = findDuplicate(sql, article);
  if (duplicate) return duplicate;
  const [band0, band1, band2, band3] = simhashBands(article.simhash);
  const { lastInsertRowid } = sql(
    `INSERT INTO articles (url, canonical_url, title, section, byline, published, lang, outlet, text,
       content_hash, simhash, band0, band1, band2, band3, copy_of, ingested_at, analysis)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    article.url, article.canonicalUrl, article.title, article.section, article.byline, article.published,
    article.lang, article.outlet, article.text, article.contentHash, article.simhash.toLowerCase(),
    band0, band1, band2, band3, copyOf, new Date().toISOString(), JSON.stringify(analysis),
  );
  const id = Number(lastInsertRowid);
  sql('INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)').run(id, article.title ?? '', article.text);
  const keys = saveEntities(sql, id, analysis);
  analysis.events.forEach((event, index) => saveEvent(sql, id, index, event, keys, analysis));
  return copyOf === null ? { status: 'new', id } : { status: 'copy', id, copyOf };
}

function findDuplicate(sql: Sql, article: NewArticle): SaveResult | null {
  if (article.canonicalUrl !== null) {
    const row = sql('SELECT id FROM articles WHERE canonical_url = ?').get(article.canonicalUrl) as { id: number } | undefined;
    if (row) return { status: 'duplicate', id: row.id, reason: 'url' };
  }
  const row = sql('SELECT id FROM articles WHERE content_hash = ?').get(article.contentHash) as { id: number } | undefined;
  return row ? { status: 'duplicate', id: row.id, reason: 'content' } : null;
}

/** Upserts the article's entities; returns analysis id (`e1`) → store key. */
function saveEntities(sql: Sql, articleId: number, analysis: Contract): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const entity of analysis.entities) {
    const key = entityKey(entity);
    keys.set(entity.id, key);
    // The first name an entity is stored under stays; later articles fill in missing ids.
    sql(
      `INSERT INTO entities (key, name, name_folded, kind, wikidata, iso3) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET wikidata = coalesce(wikidata, excluded.wikidata), iso3 = coalesce(iso3, excluded.iso3)`,
    ).run(key, entity.name, foldName(entity.name), entity.kind, entity.ids.wikidata ?? null, entity.ids.iso3 ?? null);
    // Two analysis entities may share a key (same Wikidata id): their mentions add up.
    sql(
      `INSERT INTO article_entities (article_id, entity_key, mentions) VALUES (?, ?, ?)
       ON CONFLICT (article_id, entity_key) DO UPDATE SET mentions = mentions + excluded.mentions`,
    ).run(articleId, key, entity.mentions.length);
  }
  return keys;
}

function saveEvent(sql: Sql, articleId: number, index: number, event: ContractEvent, keys: ReadonlyMap<string, string>, analysis: Contract): void {
  const resolve = (id: string | null, role: string): string | null => {
    if (id === null) return null;
    const key = keys.get(id);
    if (key === undefined) throw new StoreError(`event ${index} of the analysis names ${role} "${id}", which is not one of its entities`);
    return key;
  };
  sql(
    `INSERT INTO events (article_id, idx, type, actor_key, target_key, certainty, source_key, source_text, has_source,
       quantity_value, quantity_unit, quantity_approx, date, evidence_start, evidence_end, evidence_text, by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    articleId, index, event.type, resolve(event.actor, 'actor'), resolve(event.target, 'target'), event.certainty,
    resolve(event.source?.entity ?? null, 'source'), event.source?.text ?? null, event.source ? 1 : 0,
    event.quantity?.value ?? null, event.quantity?.unit ?? null, event.quantity ? approxOf(event, analysis) : null,
    event.date, event.evidence.start, event.evidence.end, event.evidence.text, event.by,
  );
}

/** The event's quantity as the quantities layer read it ("jusqu'à 8 000" → up_to), found inside its evidence. */
function approxOf(event: ContractEvent, analysis: Contract): Approx {
  const quantity = analysis.quantities.find((candidate) =>
    candidate.value === event.quantity?.value
    && candidate.start < event.evidence.end && candidate.end > event.evidence.start);
  return quantity?.approx ?? 'exact';
}

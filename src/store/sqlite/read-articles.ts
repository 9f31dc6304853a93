/**
 * Reads articles back: one with its analysis, lists filtered by language and
 * date, and the copies of a wire story.
 */
import type { Contract } from '../../output/contract.ts';
import type { ArticleFilter, ArticleRecord } from '../types.ts';
import type { Sql } from './statement-cache.ts';

const COLUMNS = `id, url, canonical_url, title, section, byline, published, lang, outlet, text,
  content_hash, simhash, copy_of, ingested_at`;

interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  section: string | null;
  byline: string | null;
  published: string | null;
  lang: string;
  outlet: string | null;
  text: string;
  content_hash: string;
  simhash: string;
  copy_of: number | null;
  ingested_at: string;
}

/**
 * One article with its parsed analysis, or null.
 *
 * @example
 * readArticle(sql, 1)?.analysis.events.length;
 */
export function readArticle(sql: Sql, id: number): (ArticleRecord & { readonly analysis: Contract }) | null {
  const row = sql(`SELECT ${COLUMNS}, analysis FROM articles WHERE id = ?`).get(id) as (ArticleRow & { analysis: string }) | undefined;
  return row ? { ...toRecord(row), analysis: JSON.parse(row.analysis) as Contract } : null;
}

/**
 * Articles, newest published first (undated last), then newest stored first.
 *
 * @example
 * readArticles(sql, { lang: 'fr', since: '2024-11-01', limit: 20 });
 */
export function readArticles(sql: Sql, filter: ArticleFilter = {}): readonly ArticleRecord[] {
  const rows = sql(
    `SELECT ${COLUMNS} FROM articles
     WHERE (@lang IS NULL OR lang = @lang) AND (@since IS NULL OR published >= @since)
     ORDER BY published DESC NULLS LAST, id DESC
     LIMIT @limit OFFSET @offset`,
  ).all({ lang: filter.lang ?? null, since: filter.since ?? null, limit: filter.limit ?? -1, offset: filter.offset ?? 0 }) as ArticleRow[];
  return rows.map(toRecord);
}

/**
 * The near-duplicates stored as copies of an article, oldest first.
 *
 * @example
 * readCopies(sql, 1).map((copy) => copy.outlet);
 */
export function readCopies(sql: Sql, id: number): readonly ArticleRecord[] {
  return (sql(`SELECT ${COLUMNS} FROM articles WHERE copy_of = ? ORDER BY id`).all(id) as ArticleRow[]).map(toRecord);
}

function toRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    section: row.section,
    byline: row.byline,
    published: row.published,
    lang: row.lang,
    outlet: row.outlet,
    text: row.text,
    contentHash: row.content_hash,
    simhash: row.simhash,
    copyOf: row.copy_of,
    ingestedAt: row.ingested_at,
  };
}

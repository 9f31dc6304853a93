/**
 * Full-text search over article titles and texts, accent- and
 * case-insensitive, best match first (bm25, the title weighing more). Every
 * user string goes through {@link sanitizeQuery} first: none can throw or
 * reach FTS5 syntax.
 */
import { sanitizeQuery } from '../sanitize-query.ts';
import type { SearchHit } from '../types.ts';
import type { Sql } from './statement-cache.ts';

/** Most hits one search returns, whatever limit is asked. */
export const MAX_HITS = 1000;

/**
 * @example
 * searchArticles(sql, 'soldats nord-coreens', 10); // [{ articleId: 3, snippet: '…des soldats nord-coréens…', … }]
 */
export function searchArticles(sql: Sql, query: string, limit = 20): readonly SearchHit[] {
  const match = sanitizeQuery(query);
  const count = Math.min(Math.max(Math.trunc(Number.isFinite(limit) ? limit : 20), 0), MAX_HITS);
  if (match === null || count === 0) return [];
  const hits = sql(
    `SELECT a.id AS articleId, a.title, a.published,
       snippet(article_search, 1, '', '', '…', 16) AS snippet,
       bm25(article_search, 2.0, 1.0) AS rank
     FROM article_search JOIN articles a ON a.id = article_search.rowid
     WHERE article_search MATCH ?
     ORDER BY rank, a.id
     LIMIT ?`,
  ).all(match, count) as SearchHit[];
  // Snippets are one line of plain text: paragraph breaks become spaces.
  return hits.map((hit) => ({ ...hit, snippet: hit.snippet.replace(/\s+/g, ' ').trim() }));
}

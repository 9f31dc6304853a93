/**
 * What the store keeps and hands back. The store, ingestion and the graph
 * across articles all speak these types; the SQL behind them is the store's
 * business (src/store/sqlite/).
 */
import type { Approx, Certainty, EntityKind, PloverType } from '../core/layers.ts';
import type { Contract } from '../output/contract.ts';

/** An article as ingestion hands it to the store, text already clean. */
export interface NewArticle {
  /** Where it was read from (URL or file path), null for stdin. */
  readonly url: string | null;
  /** The URL without tracking parameters, fragments or default ports; null when not a URL. */
  readonly canonicalUrl: string | null;
  readonly title: string | null;
  readonly section: string | null;
  readonly byline: string | null;
  /** `YYYY-MM-DD` or null. */
  readonly published: string | null;
  readonly lang: string;
  /** The outlet (site name or host, "Le Monde", "reuters.com"); copies of one wire story keep theirs. */
  readonly outlet: string | null;
  readonly text: string;
  /** SHA-256 hex of the normalised text: the same text twice is stored once. */
  readonly contentHash: string;
  /** 64-bit simhash of the text's word shingles, as 16 hex digits: near-duplicates differ in few bits. */
  readonly simhash: string;
}

export interface ArticleRecord extends NewArticle {
  readonly id: number;
  /** Set when this article is a near-duplicate (another outlet's copy of one wire story). */
  readonly copyOf: number | null;
  readonly ingestedAt: string;
}

/** Outcome of saving one article. */
export type SaveResult =
  | { readonly status: 'new'; readonly id: number }
  | { readonly status: 'duplicate'; readonly id: number; readonly reason: 'url' | 'content' }
  | { readonly status: 'copy'; readonly id: number; readonly copyOf: number };

/**
 * An entity across articles. `key` is stable across articles: the Wikidata id
 * when known, else `kind:folded name` (e.g. `person:jean dupont`).
 */
export interface EntityRef {
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
}

export interface EntitySummary extends EntityRef {
  readonly articles: number;
  readonly mentions: number;
}

/** One stored event with its provenance: the unit claims are made of. */
export interface EventRecord {
  readonly articleId: number;
  /** Index of the event in its article's analysis. */
  readonly index: number;
  readonly type: PloverType;
  readonly actor: EntityRef | null;
  readonly target: EntityRef | null;
  readonly certainty: Certainty;
  readonly source: { readonly entity: EntityRef | null; readonly text: string | null } | null;
  readonly quantity: { readonly value: number; readonly unit: string | null; readonly approx?: Approx } | null;
  /** Date the event is said to have happened (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when the text says. */
  readonly date: string | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly by: string;
  /** Article fields, copied for the graph. */
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly copyOf: number | null;
}

export interface EventFilter {
  /** Entity key or name (case- and accent-insensitive). */
  readonly actor?: string;
  readonly target?: string;
  readonly type?: PloverType;
  readonly certainty?: readonly Certainty[];
  /** `YYYY-MM-DD`: events of articles published on or after. */
  readonly since?: string;
  readonly articleId?: number;
}

export interface ArticleFilter {
  readonly lang?: string;
  readonly since?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly articleId: number;
  readonly title: string | null;
  readonly published: string | null;
  /** A short excerpt around the match, plain text. */
  readonly snippet: string;
  readonly rank: number;
}

/** A unit of work (a source to ingest), kept so a killed run can resume. */
export interface JobRecord {
  readonly id: number;
  readonly source: string;
  readonly status: 'pending' | 'done' | 'failed';
  readonly attempts: number;
  readonly error: string | null;
}

/**
 * The store. Every method is synchronous on SQLite; a PostgreSQL store will
 * implement the same contract behind promises later.
 */
export interface Store {
  /**
   * Saves an article and its analysis in one transaction: either all of it is
   * stored or nothing. An article whose canonical URL or content hash is known
   * is a duplicate and writes nothing.
   */
  saveArticle(article: NewArticle, analysis: Contract, copyOf?: number | null): SaveResult;
  /** Articles whose simhash is within `maxDistance` bits (candidate near-duplicates). */
  similarArticles(simhash: string, maxDistance: number): readonly { readonly id: number; readonly distance: number }[];
  article(id: number): (ArticleRecord & { readonly analysis: Contract }) | null;
  articles(filter?: ArticleFilter): readonly ArticleRecord[];
  /** Copies of an article (near-duplicates stored with `copyOf` = id). */
  copies(id: number): readonly ArticleRecord[];
  /** Full-text search; any user string is safe (quoted, never raw FTS syntax). */
  search(query: string, limit?: number): readonly SearchHit[];
  entities(filter?: { readonly kind?: EntityKind; readonly name?: string; readonly limit?: number }): readonly EntitySummary[];
  entity(keyOrName: string): EntityRef | null;
  events(filter?: EventFilter): readonly EventRecord[];
  /** Jobs: record a source before working on it, mark it done or failed after. */
  enqueue(sources: readonly string[]): void;
  pendingJobs(): readonly JobRecord[];
  finishJob(source: string, outcome: { readonly ok: true } | { readonly ok: false; readonly error: string }): void;
  counts(): { readonly articles: number; readonly events: number; readonly entities: number };
  close(): void;
}

/**
 * The unit of ingestion: one article to read, from a file, a URL, a feed item
 * or stdin. Items are listed up front (folders walked, feeds read) in a fixed
 * order so two runs over the same input store the same articles in the same
 * order; their content loads lazily (a page is fetched only when its turn
 * comes near).
 */

/** What an item holds once loaded: a page to extract, or text with known fields. */
export type Loaded =
  | { readonly kind: 'html'; readonly html: string; readonly url: string | null; readonly hints: ItemHints }
  | { readonly kind: 'text'; readonly text: string; readonly url: string | null; readonly hints: ItemHints };

/** Fields known before extraction (from a feed item or a JSON record); extraction fills the rest. */
export interface ItemHints {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly lang?: string | null;
  readonly outlet?: string | null;
  /** Used when the page cannot be fetched: a feed item's own content. */
  readonly fallback?: string | null;
}

export interface SourceItem {
  /** Stable name of the item, recorded as its job: a path, a URL, `file.jsonl#3`, `stdin#1`. */
  readonly key: string;
  load(): Promise<Loaded>;
}

/**
 * The ingest pipeline: items load ahead (pages fetched a few at a time) but
 * are analysed and saved one by one in list order, each in its own
 * transaction. A killed run leaves only whole articles; running the same input
 * again skips what is stored (canonical URL, content hash) and picks up the
 * rest, so the store ends exactly as after an uninterrupted run. A failing
 * item is counted with its reason and never stops the run.
 */
import { analyze } from '../analyze.ts';
import { detectLanguage } from '../lang/detect.ts';
import { supportedLanguages } from '../lang/load.ts';
import { toContract } from '../output/contract.ts';
import type { Store } from '../store/types.ts';
import { NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_OVERLAP, shingleOverlap } from './dedupe.ts';
import type { Loaded, SourceItem } from './source-item.ts';
import { toArticle, type Draft } from './to-article.ts';

export type Outcome = 'new' | 'duplicate' | 'copy' | 'failed';

export interface IngestOptions {
  /** `fr`, `en`, or `auto` (the item's declared language, else detection). */
  readonly lang: string;
  /** Items loading ahead at once (fetches); saving stays sequential. Default 4. */
  readonly concurrency?: number;
  /** Stops before the next item when aborted (`veille watch` on SIGINT). */
  readonly signal?: AbortSignal;
  /** Items to pass over without loading (keys a watcher already ingested). */
  readonly skip?: (key: string) => boolean;
  /** Called after each item. */
  readonly onItem?: (event: { readonly key: string; readonly outcome: Outcome; readonly done: number; readonly total: number; readonly reason?: string }) => void;
}

export interface IngestSummary {
  readonly total: number;
  readonly new: number;
  readonly duplicate: number;
  readonly copies: number;
  readonly failed: number;
  readonly failures: readonly { readonly source: string; readonly reason: string }[];
}

/** A store that can run several calls in one transaction (the SQLite store can). */
type MaybeTransactional = Store & { readonly transaction?: <T>(work: () => T) => T };

type Settled = { ok: true; value: Loaded } | { ok: false; error: unknown };

/**
 * Ingests items into the store.
 *
 * @example
 * const summary = await ingest(store, await readSources(['demo/'], { fetch: {} }), { lang: 'auto' });
 * summary.new; // 30
 */
export async function ingest(store: MaybeTransactional, allItems: readonly SourceItem[], options: IngestOptions): Promise<IngestSummary> {
  const items = options.skip ? allItems.filter((item) => !options.skip?.(item.key)) : allItems;
  const enqueue = () => store.enqueue(items.map((item) => item.key));
  if (store.transaction) store.transaction(enqueue);
  else enqueue();
  const ahead = Math.max(1, options.concurrency ?? 4);
  const loading = new Map<number, Promise<Settled>>();
  const start = (i: number): void => {
    const item = items[i];
    if (item && !loading.has(i)) loading.set(i, item.load().then((value): Settled => ({ ok: true, value }), (error: unknown): Settled => ({ ok: false, error })));
  };
  const counts = { new: 0, duplicate: 0, copy: 0, failed: 0 };
  const failures: { source: string; reason: string }[] = [];
  let i = 0;
  for (; i < items.length && !options.signal?.aborted; i += 1) {
    for (let j = i; j < i + ahead; j += 1) start(j);
    const item = items[i] as SourceItem;
    const settled = await (loading.get(i) as Promise<Settled>);
    loading.delete(i);
    let outcome: Outcome;
    let reason: string | undefined;
    try {
      if (!settled.ok) throw settled.error;
      outcome = await saveOne(store, toArticle(settled.value), options.lang);
      store.finishJob(item.key, { ok: true });
    } catch (error) {
      outcome = 'failed';
      reason = (error instanceof Error ? error.message : String(error)).replace(/^veille: /u, '');
      failures.push({ source: item.key, reason });
      store.finishJob(item.key, { ok: false, error: reason });
    }
    counts[outcome] += 1;
    options.onItem?.({ key: item.key, outcome, done: i + 1, total: items.length, ...(reason === undefined ? {} : { reason }) });
  }
  // Loads started ahead of an abort settle unobserved; nothing is saved from them.
  return { total: i, new: counts.new, duplicate: counts.duplicate, copies: counts.copy, failed: counts.failed, failures };
}

async function saveOne(store: MaybeTransactional, draft: Draft, langOption: string): Promise<Outcome> {
  // A re-run after a kill meets what is stored: recognise the same text before paying for its analysis.
  if (isStoredText(store, draft)) return 'duplicate';
  const lang = await chooseLanguage(draft, langOption);
  const { declaredLang: _declared, pageLang: _page, ...fields } = draft;
  const article = { ...fields, lang };
  const contract = toContract(analyze({ text: article.text, lang, published: article.published }));
  // The near-duplicate check and the save share one transaction, so two processes cannot both store one story as an original.
  const save = () => store.saveArticle(article, contract, nearDuplicateOf(store, article.text, article.simhash));
  const result = store.transaction ? store.transaction(save) : save();
  return result.status;
}

/** True when an article with the same text (same simhash, same content hash) is stored. */
function isStoredText(store: Store, draft: Draft): boolean {
  return store.similarArticles(draft.simhash, 0).some((candidate) => store.article(candidate.id)?.contentHash === draft.contentHash);
}

/** The original an article copies, when a stored article is the same story lightly edited. */
function nearDuplicateOf(store: Store, text: string, hash: string): number | null {
  for (const candidate of store.similarArticles(hash, NEAR_DUPLICATE_BITS)) {
    const stored = store.article(candidate.id);
    if (stored && shingleOverlap(text, stored.text) >= NEAR_DUPLICATE_OVERLAP) return stored.copyOf ?? stored.id;
  }
  return null;
}

async function chooseLanguage(draft: Draft, option: string): Promise<string> {
  const supported = supportedLanguages();
  if (option !== 'auto') return option;
  const code = (tag: string | null): string | null => {
    const primary = tag?.toLowerCase().slice(0, 2) ?? null;
    return primary !== null && supported.includes(primary) ? primary : null;
  };
  const declared = code(draft.declaredLang);
  if (declared !== null) return declared;
  const detection = await detectLanguage(draft.text, supported);
  if (detection.code !== 'und') return detection.code;
  // <html lang="fr"> settles a text too short to tell.
  const page = code(draft.pageLang);
  if (page !== null && detection.reason === 'too-short') return page;
  throw new Error(detection.reason === 'unsupported' ? `the text looks like "${detection.guess}", which veille does not read; pass --lang to force one` : 'cannot tell the language of the text; pass --lang fr or --lang en');
}

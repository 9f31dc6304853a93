/**
 * `veille ingest SOURCE...` arguments → the list of items to ingest: files by
 * extension, folders walked recursively in sorted order, URLs fetched (a feed
 * becomes its items), feed files, and `-` for stdin (sniffed: feed, HTML,
 * JSON, JSON lines or plain text).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes } from './decode.ts';
import { isFeed, parseFeed } from './feed/index.ts';
import { fetchSafely, type FetchOptions } from './fetch-safely.ts';
import { failing, readRecords } from './read-records.ts';
import type { Loaded, SourceItem } from './source-item.ts';

export interface ReadOptions {
  readonly fetch: FetchOptions;
  /** Reads stdin's bytes; injectable for tests. */
  readonly stdin?: () => Promise<Uint8Array>;
}

const EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt', '.text', '.md', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);

/**
 * The items of every source, in argument order, folders sorted by path.
 *
 * @example
 * const items = await readSources(['demo/', 'https://example.org/rss'], { fetch: {} });
 */
export async function readSources(sources: readonly string[], options: ReadOptions): Promise<SourceItem[]> {
  // Sources are read side by side (URLs fetched at once, at most 2 per host); the list keeps argument order.
  const lists = await Promise.all(sources.map((source) => readSource(source, options).catch((error: unknown) => [failing(source, (error as Error).message)])));
  return lists.flat();
}

async function readSource(source: string, options: ReadOptions): Promise<SourceItem[]> {
  if (source === '-') return itemsOfContent(await (options.stdin ?? readStdin)(), 'stdin', null, options);
  if (/^https?:\/\//iu.test(source)) return readUrl(source, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(source)) throw new Error(`unsupported scheme in "${source}"; give an http(s) URL, a file, a folder or -`);
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new Error(`"${source}" does not exist`);
  }
  if (stat.isDirectory()) return walk(source).flatMap((file) => fileItems(file, options));
  return fileItems(source, options);
}

/** Files under a folder with a known extension, sorted, hidden entries skipped. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
    });
}

function fileItems(path: string, options: ReadOptions): SourceItem[] {
  const extension = extname(path).toLowerCase();
  // Text files are small; reading them now keeps the order and the errors simple.
  const bytes = readFileSync(path);
  if (extension === '.json') return readRecords(decodeBytes(bytes).text, path, false);
  if (extension === '.jsonl' || extension === '.ndjson') return readRecords(decodeBytes(bytes).text, path, true);
  const text = decodeBytes(bytes).text;
  if (isFeed(text)) return feedItems(text, path, null, options);
  if (extension === '.txt' || extension === '.text' || extension === '.md') return [textItem(path, text, null)];
  return [{ key: path, load: () => Promise.resolve({ kind: 'html', html: text, url: null, hints: {} }) }];
}

function textItem(key: string, text: string, url: string | null): SourceItem {
  // A plain text's first line is its title ("Moscou dément…\n\nLe Kremlin a…").
  const title = text.trim().split(/\r?\n/u)[0]?.trim() ?? null;
  return { key, load: () => Promise.resolve({ kind: 'text', text, url, hints: { title } }) };
}

/** Stdin or any content of unknown type, sniffed. */
function itemsOfContent(bytes: Uint8Array, where: string, url: string | null, options: ReadOptions): SourceItem[] {
  const text = decodeBytes(bytes).text;
  const head = text.trimStart();
  if (isFeed(text)) return feedItems(text, where, url, options);
  if (head.startsWith('<')) return [{ key: url ?? where, load: () => Promise.resolve({ kind: 'html', html: text, url, hints: {} }) }];
  if (head.startsWith('[')) return readRecords(text, where, false);
  if (head.startsWith('{')) {
    const lines = text.trim().split(/\r?\n/u).filter((line) => line.trim() !== '');
    return readRecords(text, where, lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{')));
  }
  return [textItem(url ?? where, text, url)];
}

async function readUrl(url: string, options: ReadOptions): Promise<SourceItem[]> {
  const page = await fetchSafely(url, options.fetch);
  const decoded = decodeBytes(page.bytes, page.contentType === null ? {} : { contentType: page.contentType });
  if (isFeed(decoded.text)) return feedItems(decoded.text, url, page.url, options);
  if (/^text\/plain/iu.test(page.contentType ?? '')) return [textItem(url, decoded.text, page.url)];
  return [{ key: url, load: () => Promise.resolve({ kind: 'html', html: decoded.text, url: page.url, hints: {} }) }];
}

/** A feed's items: each linked page is fetched when its turn comes; without a link (or when the fetch fails) the item's own content stands. */
function feedItems(xml: string, where: string, feedUrl: string | null, options: ReadOptions): SourceItem[] {
  const feed = parseFeed(xml, feedUrl);
  return feed.items.map((item, i): SourceItem => {
    const hints = { title: item.title, published: item.published, fallback: item.content ?? item.summary };
    const key = item.link ?? item.guid ?? `${where}#${i + 1}`;
    const own = (): Loaded => {
      const content = item.content ?? item.summary ?? '';
      if (content.trim() === '') throw new Error('the feed item has no link and no content');
      const html = /<[a-z][^>]*>/iu.test(content) ? content : null;
      return html !== null ? { kind: 'html', html: `<html><body><article><h1>${escapeHtml(item.title ?? '')}</h1>${html}</article></body></html>`, url: item.link, hints } : { kind: 'text', text: [item.title, content].filter(Boolean).join('\n\n'), url: item.link, hints };
    };
    return {
      key,
      load: async () => {
        if (item.link === null) return own();
        try {
          const page = await fetchSafely(item.link, options.fetch);
          const text = decodeBytes(page.bytes, page.contentType === null ? {} : { contentType: page.contentType }).text;
          return { kind: 'html', html: text, url: page.url, hints };
        } catch (error) {
          if ((item.content ?? item.summary ?? '').trim() === '') throw error;
          return own();
        }
      },
    };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return new Uint8Array(Buffer.concat(chunks));
}

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import { ingest } from './ingest.ts';
import { readSources } from './read-sources.ts';
import { setHostPause } from './limit-per-host.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const source = (name: string): string => join(FIXTURES, 'sources', name);
const dedupe = (name: string): string => readFileSync(join(FIXTURES, 'dedupe', name), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'veille-ingest-'));
let dbCount = 0;
const freshStore = (): SqliteStore => openSqliteStore(join(scratch, `store-${(dbCount += 1)}.db`));

// A page in Windows-1252: "é" is 0xE9, "€" 0x80, "’" 0x92.
const CP1252_PAGE = Buffer.concat([
  Buffer.from('<html><head><title>Budget</title></head><body><article><h1>Le budget de la ville</h1><p>Le conseil municipal a vot', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from(' lundi une enveloppe de 12 millions d', 'latin1'),
  Buffer.from([0x80]),
  Buffer.from(' pour r', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from('nover les ', 'latin1'),
  Buffer.from([0xe9]),
  Buffer.from('coles, l', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('opposition s', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('est abstenue.</p></article></body></html>', 'latin1'),
]);

let server: Server;
let base = '';
before(async () => {
  setHostPause(0);
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/cp1252-header') {
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      return response.end(CP1252_PAGE);
    }
    if (path === '/cp1252-sniffed') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(CP1252_PAGE);
    }
    if (path === '/rss') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      return response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>
<item><title>Copenhague livre des F-16</title><link>${base}/page-fr</link><pubDate>ven., 02 août 2024 09:30:00 +0200</pubDate></item>
<item><title>Page disparue</title><link>${base}/gone</link><description>Un résumé écrit pour le test remplace la page qui ne répond plus, avec assez de mots pour être lu.</description></item>
</channel></rss>`);
    }
    if (path === '/page-fr') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(readFileSync(source('page-fr.html')));
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('every file type: html, txt, json, jsonl (bad lines counted with reasons), a folder walked in order, a feed file', async () => {
  const store = freshStore();
  const items = await readSources([source('page-fr.html'), source('note.txt'), source('records.json'), source('records.jsonl'), source('folder'), source('feed.xml')], { fetch: {} });
  assert.deepEqual(items.filter((item) => item.key.includes('folder')).map((item) => item.key.slice(item.key.indexOf('folder'))), ['folder/a-first.txt', 'folder/sub/b-second.txt']);
  const summary = await ingest(store, items, { lang: 'auto' });
  assert.equal(summary.new, 10, JSON.stringify(summary.failures));
  assert.equal(summary.failed, 2);
  assert.match(summary.failures[0]?.reason ?? '', /malformed JSON line/);
  assert.match(summary.failures[1]?.reason ?? '', /neither "text" nor "html"/);
  const articles = store.articles({ limit: 100 });
  const byTitle = new Map(articles.map((article) => [article.title, article]));
  const page = byTitle.get("Le Danemark livre des avions de chasse à l'Ukraine");
  assert.ok(page, [...byTitle.keys()].join(' | '));
  assert.equal(page.lang, 'fr');
  assert.equal(page.published, '2024-08-02');
  assert.equal(page.canonicalUrl, 'https://quotidien-nord.example/monde/2024/08/02/danemark-avions');
  const finland = byTitle.get('Finland keeps its eastern border closed');
  assert.equal(finland?.canonicalUrl, 'https://wire.example/en/2024/03/12/finland-border');
  assert.equal(finland?.outlet, 'Wire Example');
  assert.equal(byTitle.get('Les agriculteurs bloquent plusieurs routes autour de Lyon')?.lang, 'fr');
  assert.equal(byTitle.get('Heavy rain floods parts of Valencia')?.lang, 'en');
  assert.equal(byTitle.get('Tempête sur la Bretagne')?.published, '2024-02-12');
  assert.equal(byTitle.get('Le Parlement adopte le budget de la Défense')?.published, '2024-11-07');
  assert.ok(store.counts().events >= 1);
  assert.equal(store.pendingJobs().length, 0, 'every job finished');
  store.close();
});

test('stdin: JSON lines, HTML and plain text are sniffed', async () => {
  const store = freshStore();
  const stdin = (text: string) => () => Promise.resolve(new Uint8Array(Buffer.from(text)));
  const lines = readFileSync(source('records.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n');
  const fromLines = await ingest(store, await readSources(['-'], { fetch: {}, stdin: stdin(lines) }), { lang: 'auto' });
  assert.equal(fromLines.new, 2);
  const timestamped = await ingest(store, await readSources(['-'], { fetch: {}, stdin: stdin('{"text": "Le port de Marseille a accueilli un nombre record de croisiéristes cette année, selon sa direction.", "published": "2024-06-30T18:45:00+02:00"}') }), { lang: 'auto' });
  assert.equal(timestamped.new, 1);
  const fromHtml = await ingest(store, await readSources(['-'], { fetch: {}, stdin: stdin(readFileSync(source('page-fr.html'), 'utf8')) }), { lang: 'auto' });
  assert.equal(fromHtml.new, 1);
  const fromText = await ingest(store, await readSources(['-'], { fetch: {}, stdin: stdin(readFileSync(source('note.txt'), 'utf8')) }), { lang: 'fr' });
  assert.equal(fromText.new, 1);
  assert.equal(store.counts().articles, 5);
  assert.ok(store.articles({ limit: 10 }).some((article) => article.published === '2024-06-30'), 'a timestamp is cut to its day');
  store.close();
});

test('the same input twice stores nothing twice; a lightly edited wire copy is stored as a copy; a same-topic story is not', async () => {
  const store = freshStore();
  const first = await ingest(store, await readSources([source('folder'), source('note.txt')], { fetch: {} }), { lang: 'auto' });
  assert.equal(first.new, 3);
  const again = await ingest(store, await readSources([source('folder'), source('note.txt')], { fetch: {} }), { lang: 'auto' });
  assert.deepEqual({ new: again.new, duplicate: again.duplicate }, { new: 0, duplicate: 3 });
  const stdin = (text: string) => ({ fetch: {}, stdin: () => Promise.resolve(new Uint8Array(Buffer.from(text))) });
  const wire = await ingest(store, await readSources(['-'], stdin(dedupe('wire-a.txt'))), { lang: 'fr' });
  const copy = await ingest(store, await readSources(['-'], stdin(dedupe('wire-a-copy.txt'))), { lang: 'fr' });
  const topic = await ingest(store, await readSources(['-'], stdin(dedupe('same-topic.txt'))), { lang: 'fr' });
  assert.deepEqual([wire.new, copy.copies, topic.new], [1, 1, 1]);
  // 11 bits apart: found only because the store probes bands within the bound, then confirmed by shingle overlap.
  const wireEn = await ingest(store, await readSources(['-'], stdin(dedupe('wire-en.txt'))), { lang: 'en' });
  const copyEn = await ingest(store, await readSources(['-'], stdin(dedupe('wire-en-copy.txt'))), { lang: 'en' });
  assert.deepEqual([wireEn.new, copyEn.copies], [1, 1]);
  const original = store.articles({ limit: 100 }).find((article) => article.text.startsWith("Les chefs de la diplomatie de l'Union européenne se sont réunis"));
  assert.ok(original);
  assert.equal(store.copies(original.id).length, 1);
  store.close();
});

test('URLs: a Windows-1252 page with and without a charset header, a feed whose items link pages (a dead link falls back to the item text)', async () => {
  const store = freshStore();
  const items = await readSources([`${base}/cp1252-header`, `${base}/rss`], { fetch: { allowPrivate: true } });
  const summary = await ingest(store, items, { lang: 'fr' });
  assert.equal(summary.new, 3, JSON.stringify(summary.failures));
  const texts = store.articles({ limit: 10 }).map((article) => article.text);
  assert.ok(texts.some((text) => text.includes('voté lundi une enveloppe de 12 millions d€ pour rénover les écoles, l’opposition s’est abstenue.')), texts.join('\n---\n'));
  assert.ok(texts.some((text) => text.includes('livraison d\'un premier lot')));
  assert.ok(texts.some((text) => text.includes('Un résumé écrit pour le test')));
  // The sniffed page has the same text: a duplicate by content.
  const sniffed = await ingest(store, await readSources([`${base}/cp1252-sniffed`], { fetch: { allowPrivate: true } }), { lang: 'fr' });
  assert.equal(sniffed.duplicate, 1, JSON.stringify(sniffed.failures));
  store.close();
});

test('a URL on a private address is refused without allowPrivate and counted as failed', async () => {
  const store = freshStore();
  const summary = await ingest(store, await readSources([`${base}/cp1252-header`, join(scratch, 'missing.txt')], { fetch: {} }), { lang: 'fr' });
  assert.equal(summary.failed, 2);
  assert.match(summary.failures[0]?.reason ?? '', /refused .*loopback/);
  assert.match(summary.failures[1]?.reason ?? '', /does not exist/);
  assert.equal(store.counts().articles, 0);
  store.close();
});

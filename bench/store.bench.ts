/**
 * `npm run bench` (after the analysis bench): the store.
 * 1. Ingest rate: the demo corpus written as local JSON files (variants with
 *    distinct URLs and one varying sentence), read and ingested by `ingest()`
 *    into a fresh temp store, analysis included: articles/s.
 * 2. Query latency on a store of 20 000 articles generated from the demo
 *    corpus: each distinct text analysed once, then variants saved in large
 *    transactions; p50/p95 of events(), claims (events() + grouping +
 *    corroboration), claims for one actor, contradictions, and search().
 *    So that the store holds many claims of a few reports each, as a real
 *    one does, rather than 33 claims of 600 reports, the variants are spread
 *    over WORLDS copies of the corpus whose entities are renamed ("Russia 7",
 *    no Wikidata id); world 0 keeps the real entities.
 * Not a test: numbers depend on the machine. `VEILLE_BENCH_ARTICLES` changes
 * the store size, `VEILLE_BENCH_INGEST` the number of files ingested.
 * Falls back to examples/*.txt when demo/articles/ is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/analyze.ts';
import { toContract, type Contract } from '../src/output/contract.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { contentHash, simhash } from '../src/ingest/dedupe.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { readSources } from '../src/ingest/read-sources.ts';
import { corroborate } from '../src/graph/corroborate.ts';
import { findContradictions } from '../src/graph/find-contradictions.ts';
import { loadClaims } from '../src/cli/graph-format/load-claims.ts';

interface BaseArticle {
  readonly url: string;
  readonly outlet: string;
  readonly title: string | null;
  readonly published: string;
  readonly lang: string;
  readonly text: string;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ARTICLES = Number(process.env.VEILLE_BENCH_ARTICLES ?? 20_000);
const INGEST = Number(process.env.VEILLE_BENCH_INGEST ?? 200);
const BATCH = 1000;
const WORLDS = Number(process.env.VEILLE_BENCH_WORLDS ?? 100);

function baseArticles(): BaseArticle[] {
  const demo = join(ROOT, 'demo', 'articles');
  if (existsSync(demo) && readdirSync(demo).some((name) => name.endsWith('.json'))) {
    return readdirSync(demo).filter((name) => name.endsWith('.json')).sort().map((name) => {
      const record = JSON.parse(readFileSync(join(demo, name), 'utf8')) as Partial<BaseArticle>;
      return {
        url: record.url ?? `https://demo.example/${name}`,
        outlet: record.outlet ?? 'Demo',
        title: record.title ?? null,
        published: record.published ?? '2024-11-07',
        lang: record.lang ?? (name.startsWith('en') ? 'en' : 'fr'),
        text: record.text ?? '',
      };
    }).filter((article) => article.text.trim() !== '');
  }
  console.log('(no demo/articles/*.json; the store repeats examples/*.txt)');
  return readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.txt')).sort().map((name) => {
    const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
    return { url: `https://examples.example/${name}`, outlet: 'Examples', title: text.split('\n', 1)[0] ?? null, published: '2024-11-07', lang: name.slice(0, 2), text };
  });
}

/** Variant `i` of an article: its own URL, outlet and date, and one sentence of its own at the end. */
function variant(base: BaseArticle, i: number, round: number): BaseArticle {
  const note = base.lang === 'fr'
    ? `Mise à jour numéro ${i} de la rédaction, le bureau ${round % 97} a relu cet article.`
    : `Newsroom update number ${i}: desk ${round % 97} reviewed this story.`;
  return {
    url: `https://bench${round % 50}.example/${i}/${base.url.split('/').pop() ?? 'article'}`,
    outlet: `${base.outlet} ${round % 50}`,
    title: base.title,
    published: shiftDays(base.published, round % 180),
    lang: base.lang,
    text: `${base.text.trimEnd()}\n\n${note}`,
  };
}

/** The analysis of a text in world `world`: every entity renamed and without ids, so its key is the world's own. */
function inWorld(analysis: Contract, world: number): Contract {
  if (world === 0) return analysis;
  return { ...analysis, entities: analysis.entities.map((entity) => ({ ...entity, name: `${entity.name} ${world}`, ids: {} })) };
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function percentiles(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

const base = baseArticles();
if (base.length === 0) throw new Error('veille: no texts to benchmark; add demo/articles/*.json or examples/*.txt');
const work = mkdtempSync(join(tmpdir(), 'veille-store-bench-'));

try {
  // 1. Ingest rate from local files, analysis included.
  const files = join(work, 'files');
  mkdirSync(files);
  for (let i = 0; i < INGEST; i += 1) {
    const article = variant(base[i % base.length] as BaseArticle, i, Math.floor(i / base.length));
    writeFileSync(join(files, `${String(i).padStart(6, '0')}.json`), JSON.stringify(article));
  }
  // Each distinct text analysed once, before any clock: the engine and every
  // language's data are loaded and compiled; part 2 stores these analyses.
  const analyses = new Map<BaseArticle, Contract>();
  const analyseStart = performance.now();
  for (const article of base) analyses.set(article, toContract(analyze({ text: article.text, lang: article.lang, published: article.published })));
  const analyseMs = performance.now() - analyseStart;

  const ingestStore = openSqliteStore(join(work, 'ingest.db'));
  const ingestStart = performance.now();
  const summary = await ingest(ingestStore, await readSources([files], { fetch: {} }), { lang: 'auto' });
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  ingestStore.close();
  console.log(`ingest        ${(summary.total / ingestSeconds).toPrecision(3)} articles/s from local JSON files, analysis included (${summary.total} files in ${ingestSeconds.toFixed(1)} s: ${summary.new} new, ${summary.copies} copies, ${summary.duplicate} duplicates, ${summary.failed} failed)`);

  // 2. A large store: each distinct text analysed once, variants saved in large transactions.
  const path = join(work, 'large.db');
  const writer = openSqliteStore(path);
  const lastOriginal = new Map<string, number>();
  const worldAnalyses = new Map<string, Contract>();
  const fillStart = performance.now();
  for (let from = 0; from < ARTICLES; from += BATCH) {
    writer.transaction(() => {
      for (let i = from; i < Math.min(ARTICLES, from + BATCH); i += 1) {
        const round = Math.floor(i / base.length);
        const source = base[i % base.length] as BaseArticle;
        const article = variant(source, i, round);
        const world = round % WORLDS;
        const story = `${world}/${i % base.length}`;
        if (!worldAnalyses.has(story)) worldAnalyses.set(story, inWorld(analyses.get(source) as Contract, world));
        // One round in three of a world is another outlet's copy of that world's previous story.
        const copyOf = Math.floor(round / WORLDS) % 3 === 2 ? lastOriginal.get(story) ?? null : null;
        const result = writer.saveArticle({
          url: article.url, canonicalUrl: article.url, title: article.title, section: null, byline: null,
          published: article.published, lang: article.lang, outlet: article.outlet, text: article.text,
          contentHash: contentHash(article.text), simhash: simhash(article.text),
        }, worldAnalyses.get(story) as Contract, copyOf);
        if (result.status === 'new') lastOriginal.set(story, result.id);
      }
    });
    if ((from / BATCH) % 5 === 4) process.stderr.write(`  stored ${from + BATCH} articles (${((performance.now() - fillStart) / 1000).toFixed(0)} s)\n`);
  }
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const counts = writer.counts();
  writer.db.pragma('wal_checkpoint(TRUNCATE)');
  // Queries run on a new connection, as a CLI command after an ingest does (close() left planner statistics).
  writer.close();
  const store = openSqliteStore(path);
  console.log(`store         ${counts.articles} articles, ${counts.events} events, ${counts.entities} entities, ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB; ${base.length} texts analysed (cold) in ${(analyseMs / 1000).toFixed(1)} s, saved at ${(counts.articles / fillSeconds).toFixed(0)} articles/s (${fillSeconds.toFixed(1)} s, transactions of ${BATCH})`);

  const russia = store.entity('Russia');
  const queries = ['soldats nord-coréens', 'Koursk', 'missiles balistiques', 'sanctions', 'Pyongyang', 'Rutte', 'ballistic missiles', 'casualties', 'dément', '10 000'];
  const measures: [string, number, () => number][] = [
    ['events()', 5, () => store.events().length],
    ['claims', 5, () => loadClaims(store, {}).map((claim) => corroborate(claim)).length],
    ['claims --actor Russia', 10, () => (russia ? loadClaims(store, { actor: russia }).map((claim) => corroborate(claim)).length : 0)],
    ['contradictions', 5, () => findContradictions(loadClaims(store, {})).length],
    ['search', 5 * queries.length, (() => { let i = 0; return () => store.search(queries[i++ % queries.length] ?? '', 20).length; })()],
  ];
  for (const [name, runs, run] of measures) {
    run(); // warm: statements compiled, pages cached
    const samples: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, value } = time(run);
      samples.push(ms);
      size = value;
    }
    const { p50, p95 } = percentiles(samples);
    console.log(`${name.padEnd(22)}p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${runs} runs, last gave ${size} results)`);
  }
  store.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}

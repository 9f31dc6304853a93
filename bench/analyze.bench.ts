/**
 * `npm run bench`: throughput and memory of the analysis on one core.
 * Builds a corpus of at least 5 MB by repeating the bundled examples and the
 * dev gold texts (when ../shared/gold/dev is present), analyses it doc by
 * doc, and prints the cold first analysis, MB/s, documents/s and peak memory.
 * Not a test: numbers depend on the machine. `VEILLE_BENCH_BYTES` changes the
 * corpus size, `VEILLE_GOLD_DEV` the folder of dev texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { GOLD_DEV_DIR } from '../src/testing/shared.ts';

interface BenchDoc {
  readonly text: string;
  readonly lang: string;
  readonly published: string | null;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GOLD_DEV = process.env.VEILLE_GOLD_DEV ?? GOLD_DEV_DIR;
const TARGET_BYTES = Number(process.env.VEILLE_BENCH_BYTES ?? 5 * 1024 * 1024);

function sources(): BenchDoc[] {
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ text: readFileSync(join(ROOT, 'examples', name), 'utf8'), lang: name.slice(0, 2), published: '2024-11-07' }));
  const gold = existsSync(GOLD_DEV)
    ? readdirSync(GOLD_DEV)
      .filter((name) => name.endsWith('.json') && name !== 'keys.json')
      .map((name) => JSON.parse(readFileSync(join(GOLD_DEV, name), 'utf8')) as BenchDoc)
      .map((doc) => ({ text: doc.text, lang: doc.lang, published: doc.published ?? null }))
    : [];
  if (gold.length === 0) console.log(`(no gold texts at ${GOLD_DEV}; the corpus repeats the bundled examples only)`);
  return [...examples, ...gold];
}

function corpus(base: readonly BenchDoc[]): BenchDoc[] {
  const docs: BenchDoc[] = [];
  let bytes = 0;
  for (let round = 0; bytes < TARGET_BYTES; round += 1) {
    for (const doc of base) {
      docs.push(doc);
      bytes += Buffer.byteLength(doc.text);
    }
  }
  return docs;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const base = sources();
const docs = corpus(base);
const totalBytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);

// Cold: the first analysis pays for loading the engine and the language data.
const coldStart = performance.now();
const { analyze } = await import('../src/analyze.ts');
const first = base[0];
if (!first) throw new Error('veille: no texts to benchmark; add examples/*.txt');
analyze(first);
const coldMs = performance.now() - coldStart;
for (const lang of new Set(base.map((doc) => doc.lang))) {
  const warm = base.find((doc) => doc.lang === lang);
  if (warm) analyze(warm);
}

let peakHeap = process.memoryUsage().heapUsed;
let failures = 0;
const progressEvery = Math.max(1, Math.ceil(docs.length / 10));
const start = performance.now();
docs.forEach((doc, index) => {
  try {
    analyze(doc);
  } catch {
    failures += 1;
  }
  if (index % 50 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  // A slow stage makes the 5 MB run long: show it is alive, on stderr so stdout stays the result.
  if (index > 0 && index % progressEvery === 0) process.stderr.write(`  ${Math.round((index / docs.length) * 100)}% (${((performance.now() - start) / 1000).toFixed(0)} s)\n`);
});
const seconds = (performance.now() - start) / 1000;
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
const peakRss = process.resourceUsage().maxRSS * 1024;

console.log(`corpus        ${docs.length} documents, ${mb(totalBytes)} MB (${base.length} distinct texts repeated)`);
console.log(`cold start    ${coldMs.toFixed(0)} ms (engine and language data loaded, first text analysed)`);
console.log(`throughput    ${(totalBytes / 1024 / 1024 / seconds).toPrecision(3)} MB/s, ${(docs.length / seconds).toPrecision(3)} documents/s (${seconds.toFixed(1)} s)`);
console.log(`peak memory   RSS ${mb(peakRss)} MB, heap ${mb(peakHeap)} MB`);
if (failures > 0) console.log(`failures      ${failures} documents threw (run veille eval to see which)`);

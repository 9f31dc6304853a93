/**
 * `veille ingest SOURCE...`: reads files, folders, URLs, feeds or stdin into
 * the store, analysing each article. Crash-safe: each article commits on its
 * own, and running the same input again after a kill stores the rest.
 */
import { Command } from 'commander';
import { supportedLanguages } from '../lang/load.ts';
import type { IngestSummary, Outcome } from '../ingest/ingest.ts';
import { parseLang } from './parse-options.ts';
import { fetchOptions } from './fetch-options.ts';
import { usageError } from './usage-error.ts';

interface IngestOptions {
  db?: string;
  lang: string;
  allowPrivate?: boolean;
  timeout: string;
  maxBytes: string;
  concurrency: string;
  json?: boolean;
  resume?: boolean;
}

/** On a non-terminal, a plain progress line every this many items. */
const PLAIN_EVERY = 25;

/**
 * The `ingest` command.
 *
 * @example
 * program.addCommand(ingestCommand());
 */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read articles (files, folders, URLs, RSS/Atom feeds, stdin) into the store, analysed and deduplicated')
    .argument('[SOURCE...]', '.html, .txt, .json, .jsonl files or folders, http(s) URLs of pages or feeds, feed files, or "-" for stdin')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--lang <code>', `language of the articles: ${supportedLanguages().join(', ')} or auto`, 'auto')
    .option('--allow-private', 'allow fetching loopback, private and link-local addresses')
    .option('--timeout <SECONDS>', 'longest wait for one page, redirects included', '30')
    .option('--max-bytes <N>', 'largest page accepted, in bytes', String(10 * 1024 * 1024))
    .option('--concurrency <N>', 'pages fetched ahead at once (at most 2 per host)', '4')
    .option('--json', 'print the summary as JSON')
    .option('--resume', 'also ingest what a killed run left pending in the store (files and URLs)')
    .addHelpText('after', `
Examples:
  veille ingest demo/articles
  veille ingest https://example.org/rss.xml --db news.db
  cat articles.jsonl | veille ingest - --json
  veille ingest --resume            # after a crash: finish what was pending

Exit codes: 0 done (some items may have failed, see the summary), 1 every item failed, 2 bad usage.`)
    .action(async (sources: string[], options: IngestOptions) => {
      const lang = parseLang(options.lang);
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw usageError(`--concurrency must be a whole number from 1 to 64, not "${options.concurrency}"`);
      if (sources.length === 0 && !options.resume) throw usageError('no SOURCE; give files, folders, URLs or -, or --resume to finish a killed run');
      const fetch = fetchOptions(options);
      const { openStore } = await import('./open-store.ts');
      const { readSources } = await import('../ingest/read-sources.ts');
      const { ingest } = await import('../ingest/ingest.ts');
      const store = openStore(options.db);
      const progress = await progressReporter();
      let summary: IngestSummary;
      try {
        const pending = options.resume ? resumableSources(store.pendingJobs().map((job) => job.source)) : [];
        const items = await readSources([...new Set([...sources, ...pending])], { fetch });
        progress.start(items.length);
        summary = await ingest(store, items, { lang, concurrency, onItem: (event) => progress.update(event.done, event.total, event.outcome) });
      } finally {
        progress.stop();
        store.close();
      }
      process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.total === 0 || summary.failed === summary.total) process.exitCode = 1;
    });
}

/**
 * The sources to read again for pending jobs: an item `file.jsonl#3` is found
 * by reading its file again (what is stored is skipped as a duplicate); stdin
 * cannot be read twice.
 *
 * @example
 * resumableSources(['a.jsonl#3', 'a.jsonl#4', 'https://example.org/a', 'stdin']); // ['a.jsonl', 'https://example.org/a']
 */
export function resumableSources(keys: readonly string[]): string[] {
  const sources = keys
    .filter((key) => !/^stdin(?:#\d+)?$/u.test(key))
    .map((key) => (/^https?:\/\//iu.test(key) ? key : key.replace(/#\d+$/u, '')));
  return [...new Set(sources)];
}

interface Reporter {
  start(total: number): void;
  update(done: number, total: number, outcome: Outcome): void;
  stop(): void;
}

/** A progress bar on a terminal; plain periodic lines on stderr otherwise (logs, CI). */
async function progressReporter(): Promise<Reporter> {
  const tally = { new: 0, duplicate: 0, copy: 0, failed: 0 };
  const line = () => `new ${tally.new}, duplicate ${tally.duplicate}, copies ${tally.copy}, failed ${tally.failed}`;
  if (process.stderr.isTTY) {
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const bar = new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} · {counts}', hideCursor: true, noTTYOutput: !process.stderr.isTTY }, Presets.shades_classic);
    return {
      start: (total) => bar.start(total, 0, { counts: line() }),
      update: (done, _total, outcome) => {
        tally[outcome] += 1;
        bar.update(done, { counts: line() });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    start: (total) => process.stderr.write(`veille: ingesting ${total} item(s)\n`),
    update: (done, total, outcome) => {
      tally[outcome] += 1;
      if (done % PLAIN_EVERY === 0 && done < total) process.stderr.write(`veille: ${done}/${total} · ${line()}\n`);
    },
    stop: () => undefined,
  };
}

/**
 * The summary as readable lines.
 *
 * @example
 * formatSummary({ total: 2, new: 1, duplicate: 0, copies: 0, failed: 1, failures: [{ source: 'a.json', reason: 'malformed JSON' }] });
 */
export function formatSummary(summary: IngestSummary): string {
  const lines = [`${summary.total} item(s): ${summary.new} new, ${summary.duplicate} duplicate, ${summary.copies} copies of stored stories, ${summary.failed} failed`];
  for (const failure of summary.failures) lines.push(`  failed ${failure.source}: ${failure.reason}`);
  return `${lines.join('\n')}\n`;
}

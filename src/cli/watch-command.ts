/**
 * `veille watch FEED...`: polls feeds on an interval and ingests their new
 * items. Items already ingested by this watcher are not fetched again, and
 * the store's deduplication makes a restart cheap too. SIGINT or SIGTERM
 * stop it after the article in progress.
 */
import { Command } from 'commander';
import { supportedLanguages } from '../lang/load.ts';
import { parseLang } from './parse-options.ts';
import { fetchOptions } from './fetch-options.ts';
import { usageError } from './usage-error.ts';

interface WatchOptions {
  db?: string;
  lang: string;
  interval: string;
  once?: boolean;
  allowPrivate?: boolean;
  timeout: string;
  maxBytes: string;
  json?: boolean;
}

/**
 * The `watch` command.
 *
 * @example
 * program.addCommand(watchCommand());
 */
export function watchCommand(): Command {
  return new Command('watch')
    .description('poll RSS/Atom feeds on an interval and ingest their new items')
    .argument('<FEED...>', 'feed URLs or feed files')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--interval <SECONDS>', 'seconds between two polls', '300')
    .option('--once', 'poll once and exit')
    .option('--lang <code>', `language of the articles: ${supportedLanguages().join(', ')} or auto`, 'auto')
    .option('--allow-private', 'allow fetching loopback, private and link-local addresses')
    .option('--timeout <SECONDS>', 'longest wait for one page, redirects included', '30')
    .option('--max-bytes <N>', 'largest page accepted, in bytes', String(10 * 1024 * 1024))
    .option('--json', 'print each poll summary as one JSON line')
    .addHelpText('after', `
Examples:
  veille watch https://example.org/rss.xml --interval 600
  veille watch feeds/monde.xml --once --json`)
    .action(async (feeds: string[], options: WatchOptions) => {
      const lang = parseLang(options.lang);
      const interval = Number(options.interval);
      if (!Number.isFinite(interval) || interval < 1) throw usageError(`--interval must be a number of seconds ≥ 1, not "${options.interval}"`);
      const fetch = fetchOptions(options);
      const { openStore } = await import('./open-store.ts');
      const { readSources } = await import('../ingest/read-sources.ts');
      const { ingest } = await import('../ingest/ingest.ts');
      const store = openStore(options.db);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const seen = new Set<string>();
      try {
        while (!stop.signal.aborted) {
          const items = await readSources(feeds, { fetch });
          const summary = await ingest(store, items, {
            lang,
            signal: stop.signal,
            skip: (key) => seen.has(key),
            onItem: (event) => {
              if (event.outcome !== 'failed') seen.add(event.key);
            },
          });
          const at = new Date().toISOString();
          process.stdout.write(options.json
            ? `${JSON.stringify({ at, ...summary })}\n`
            : `${at} ${summary.total} item(s) read: ${summary.new} new, ${summary.duplicate} duplicate, ${summary.copies} copies, ${summary.failed} failed${summary.failures.map((failure) => `\n  failed ${failure.source}: ${failure.reason}`).join('')}\n`);
          if (options.once) break;
          await sleep(interval * 1000, stop.signal);
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        store.close();
      }
    });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * `veille search QUERY`: full-text search over the stored articles, accents
 * and case ignored; any string is safe (it is never read as query syntax).
 */
import { Command } from 'commander';
import { clip, painter, useColor } from './graph-format/paint.ts';
import { parseCount } from './graph-format/parse-graph-options.ts';
import { printResult, withStore } from './graph-format/with-store.ts';

interface SearchOptions {
  db?: string;
  json?: boolean;
  limit?: string;
}

/**
 * The `search` command.
 *
 * @example
 * program.addCommand(searchCommand());
 */
export function searchCommand(): Command {
  return new Command('search')
    .description('search the text of stored articles (accents and case ignored), best matches first')
    .argument('<QUERY...>', 'words to find; every word must appear')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--limit <N>', 'at most N articles (default 20)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille search soldats nord-coreens
  veille search "Koursk" --json`)
    .action(async (words: string[], options: SearchOptions) => {
      const limit = parseCount('--limit', options.limit, 20);
      const query = words.join(' ');
      await withStore(options.db, (store) => {
        const hits = store.search(query, limit > 0 ? limit : undefined);
        const paint = painter(useColor());
        printResult(options.json, () => hits, () => {
          if (hits.length === 0) return `No article matches ${JSON.stringify(clip(query, 60))}.\n`;
          const lines = [paint('bold', `Search ${JSON.stringify(clip(query, 60))} (${hits.length})`)];
          for (const hit of hits) {
            lines.push(`  #${String(hit.articleId).padEnd(5)} ${hit.published ?? 'undated   '}  ${paint('cyan', clip(hit.title ?? '(untitled)', 80))}`);
            lines.push(`    ${paint('dim', clip(hit.snippet, 160))}`);
          }
          return `${lines.join('\n')}\n`;
        });
      });
    });
}

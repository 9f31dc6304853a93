/**
 * `veille articles`: the stored articles, newest first, with outlet, language
 * and wire copies.
 */
import { Command } from 'commander';
import { parseLang } from './parse-options.ts';
import { parseCount, parseSince } from './graph-format/parse-graph-options.ts';
import { clip, painter, useColor } from './graph-format/paint.ts';
import { printResult, withStore } from './graph-format/with-store.ts';

interface ArticlesOptions {
  db?: string;
  json?: boolean;
  lang?: string;
  since?: string;
  limit?: string;
}

/**
 * The `articles` command.
 *
 * @example
 * program.addCommand(articlesCommand());
 */
export function articlesCommand(): Command {
  return new Command('articles')
    .description('list stored articles: id, day, outlet, language, title')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--lang <code>', 'only articles in this language')
    .option('--since <YYYY-MM-DD>', 'only articles published on or after this day')
    .option('--limit <N>', 'at most N articles (default 50)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille articles --lang fr --since 2024-11-01
  veille articles --json --limit 500`)
    .action(async (options: ArticlesOptions) => {
      const lang = options.lang === undefined ? undefined : parseLang(options.lang);
      const since = parseSince(options.since);
      const limit = parseCount('--limit', options.limit, 50);
      await withStore(options.db, (store) => {
        const articles = store.articles({ ...(lang && lang !== 'auto' ? { lang } : {}), ...(since ? { since } : {}), limit });
        const paint = painter(useColor());
        printResult(options.json, () => articles.map(({ text: _text, ...rest }) => rest), () => {
          const lines = [paint('bold', `Articles (${articles.length})`)];
          for (const article of articles) {
            const copy = article.copyOf !== null ? paint('dim', `  (copy of #${article.copyOf})`) : '';
            lines.push(`  #${String(article.id).padEnd(5)} ${article.published ?? 'undated   '}  ${article.lang}  ${paint('cyan', article.outlet ?? '?')}  ${clip(article.title ?? article.text, 80)}${copy}`);
          }
          return `${lines.join('\n')}\n`;
        });
      });
    });
}

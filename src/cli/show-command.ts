/**
 * `veille show ARTICLE_ID`: one stored article: its metadata, its wire copies
 * and its analysis report (the same report as `veille analyze`).
 */
import { Command } from 'commander';
import { formatText } from '../output/format-text.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { printResult, withStore } from './graph-format/with-store.ts';
import { inputError, usageError } from './usage-error.ts';

interface ShowOptions {
  db?: string;
  json?: boolean;
  text?: boolean;
}

/**
 * The `show` command.
 *
 * @example
 * program.addCommand(showCommand());
 */
export function showCommand(): Command {
  return new Command('show')
    .description('one stored article: metadata, wire copies and its analysis')
    .argument('<ARTICLE_ID>', 'the article number (see veille articles)')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--text', 'print the article text too')
    .option('--json', 'print JSON (metadata, copies, text and the analysis contract)')
    .addHelpText('after', `
Examples:
  veille show 12
  veille show 12 --json > article-12.json`)
    .action(async (value: string, options: ShowOptions) => {
      const id = Number(value.replace(/^#/, ''));
      if (!Number.isInteger(id) || id <= 0) throw usageError(`invalid ARTICLE_ID "${value}"; give an article number, e.g. veille show 12`);
      await withStore(options.db, (store) => {
        const article = store.article(id);
        if (!article) throw inputError(`no article #${id} in this store; list them with \`veille articles\``);
        const copies = store.copies(id);
        const color = useColor();
        const paint = painter(color);
        printResult(options.json, () => ({ ...article, copies: copies.map(({ text: _text, ...rest }) => rest) }), () => {
          const lines = [
            paint('bold', `#${article.id} ${article.title ?? '(untitled)'}`),
            ...([
              ['outlet', article.outlet], ['published', article.published], ['lang', article.lang], ['section', article.section],
              ['byline', article.byline], ['url', article.url], ['ingested', article.ingestedAt],
              ['copy of', article.copyOf !== null ? `#${article.copyOf}` : null],
            ] as const).filter(([, field]) => field !== null && field !== '').map(([name, field]) => `  ${paint('dim', name.padEnd(10))}${field}`),
          ];
          if (copies.length > 0) {
            lines.push(`  ${paint('dim', 'copies'.padEnd(10))}${copies.map((copy) => `#${copy.id} ${copy.outlet ?? copy.url ?? '?'}`).join(', ')}`);
          }
          if (options.text) lines.push('', article.text);
          return `${lines.join('\n')}\n\n${formatText(article.analysis, { color })}`;
        });
      });
    });
}

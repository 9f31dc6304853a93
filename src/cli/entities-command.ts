/**
 * `veille entities`: entities across articles, most written about first.
 */
import { Command } from 'commander';
import { parseCount, parseKind } from './graph-format/parse-graph-options.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { printResult, withStore } from './graph-format/with-store.ts';

interface EntitiesOptions {
  db?: string;
  json?: boolean;
  kind?: string;
  name?: string;
  limit?: string;
}

/**
 * The `entities` command.
 *
 * @example
 * program.addCommand(entitiesCommand());
 */
export function entitiesCommand(): Command {
  return new Command('entities')
    .description('list entities across articles with their key, kind, articles and mentions')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--kind <kind>', 'country, organization, person, place or group')
    .option('--name <text>', 'names containing this text (case and accents ignored), or a French or English alias')
    .option('--limit <N>', 'at most N entities (default 50)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille entities --kind person
  veille entities --name coree --json`)
    .action(async (options: EntitiesOptions) => {
      const kind = parseKind(options.kind);
      const limit = parseCount('--limit', options.limit, 50);
      await withStore(options.db, (store) => {
        let entities = store.entities({ ...(kind ? { kind } : {}), ...(options.name !== undefined ? { name: options.name } : {}), limit });
        // Stored names are English: "Corée du Nord" finds nothing by substring, but the store knows it as an alias.
        const alias = entities.length === 0 && options.name !== undefined ? store.entity(options.name) : null;
        if (alias) entities = store.entities({ ...(kind ? { kind } : {}), name: alias.name, limit }).filter((entity) => entity.key === alias.key);
        const paint = painter(useColor());
        printResult(options.json, () => entities, () => {
          const lines = [paint('bold', `Entities (${entities.length})`)];
          for (const entity of entities) {
            lines.push(`  ${paint('cyan', entity.name)}  ${entity.kind}  ${paint('dim', entity.key)}  ${entity.articles} article(s), ${entity.mentions} mention(s)`);
          }
          return `${lines.join('\n')}\n`;
        });
      });
    });
}

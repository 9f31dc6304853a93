/**
 * `veille claims`: events across articles grouped into claims, each with its
 * independent sources and outlets and its reports.
 */
import { compareText } from '../graph/day-of-event.ts';
import { Command } from 'commander';
import { corroborate } from '../graph/corroborate.ts';
import { formatClaims } from './graph-format/format-claims.ts';
import { loadClaims } from './graph-format/load-claims.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { parseCertainties, parseCount, parseSince, parseType } from './graph-format/parse-graph-options.ts';
import { resolveEntity } from './graph-format/resolve-entity.ts';
import { printResult, withStore } from './graph-format/with-store.ts';

interface ClaimsOptions {
  db?: string;
  json?: boolean;
  actor?: string;
  target?: string;
  type?: string;
  certainty?: string;
  since?: string;
  window?: string;
  minSources?: string;
  limit?: string;
}

/**
 * The `claims` command.
 *
 * @example
 * program.addCommand(claimsCommand());
 */
export function claimsCommand(): Command {
  return new Command('claims')
    .description('claims across articles (same actor, type and target within 30 days) with their independent sources')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--actor <entity>', 'actor: a key, a Wikidata id or a French or English name')
    .option('--target <entity>', 'target: a key, a Wikidata id or a French or English name')
    .option('--type <TYPE>', 'a PLOVER type (AID, ASSAULT, ACCUSE…)')
    .option('--certainty <list>', 'summary certainty, comma-separated (asserted,reported,alleged…)')
    .option('--window <days>', 'largest gap in days between reports of one claim (default 30)')
    .option('--since <YYYY-MM-DD>', 'only reports from articles published on or after this day')
    .option('--min-sources <N>', 'only claims backed by at least N independent sources')
    .option('--limit <N>', 'at most N claims, best corroborated first (default 20)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille claims --actor "Corée du Nord" --target Russia
  veille claims --type ASSAULT --certainty alleged,reported --min-sources 2
  veille claims --since 2024-11-01 --json

Claims are ordered by independent sources, then outlets, then latest report.`)
    .action(async (options: ClaimsOptions) => {
      const type = parseType(options.type);
      const certainty = parseCertainties(options.certainty);
      const since = parseSince(options.since);
      const windowDays = parseCount('--window', options.window, 30);
      const minSources = parseCount('--min-sources', options.minSources, 0);
      const limit = parseCount('--limit', options.limit, 20);
      await withStore(options.db, (store) => {
        const actor = options.actor === undefined ? undefined : resolveEntity(store, options.actor, '--actor');
        const target = options.target === undefined ? undefined : resolveEntity(store, options.target, '--target');
        const ranked = loadClaims(store, { ...(actor ? { actor } : {}), ...(target ? { target } : {}), ...(type ? { type } : {}), ...(since ? { since } : {}), windowDays, ...(certainty ? { certainty } : {}) })
          .map((claim) => ({ claim, corroboration: corroborate(claim) }))
          .filter(({ corroboration }) => corroboration.sources >= minSources)
          .sort((a, b) => b.corroboration.sources - a.corroboration.sources || b.corroboration.outlets - a.corroboration.outlets
            || compareText(b.claim.lastDate ?? '', a.claim.lastDate ?? '') || compareText(a.claim.id, b.claim.id));
        const shown = limit > 0 ? ranked.slice(0, limit) : ranked;
        printResult(options.json, () => shown.map(({ claim, corroboration }) => ({ ...claim, corroboration })), () => {
          if (shown.length === 0) return `No claims${actor || target || type ? ' match' : ' in this store; ingest articles first (veille ingest)'}.\n`;
          return formatClaims(shown, painter(useColor()), ranked.length);
        });
      });
    });
}

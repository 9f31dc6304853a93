/**
 * `veille timeline ENTITY [--with OTHER]`: what an entity did and underwent,
 * or what passed between two entities, day by day; `--claim ID`: the reports
 * of one claim (see `veille claims`) in date order.
 */
import { Command } from 'commander';
import { groupClaims } from '../graph/group-claims.ts';
import { claimTimeline, entityTimeline, pairTimeline } from '../graph/timeline.ts';
import type { EntityRef, Store } from '../store/types.ts';
import { claimTitle, reportLine } from './graph-format/format-claims.ts';
import { formatTimeline } from './graph-format/format-timeline.ts';
import { loadEvents } from './graph-format/load-claims.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { parseCount, parseSince, parseType } from './graph-format/parse-graph-options.ts';
import { resolveEntity } from './graph-format/resolve-entity.ts';
import { printResult, withStore } from './graph-format/with-store.ts';
import { inputError, usageError } from './usage-error.ts';

interface TimelineOptions {
  db?: string;
  json?: boolean;
  with?: string;
  claim?: string;
  type?: string;
  since?: string;
  limit?: string;
}

/**
 * The `timeline` command.
 *
 * @example
 * program.addCommand(timelineCommand());
 */
export function timelineCommand(): Command {
  return new Command('timeline')
    .description('events of an entity (as actor or target), between two entities, or of one claim, by date')
    .argument('[ENTITY...]', 'a key, a Wikidata id or a French or English name (quotes optional)')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--with <entity>', 'only events between ENTITY and this one, either way round')
    .option('--claim <ID>', 'the reports of one claim (its id in `veille claims`), ENTITY optional')
    .option('--type <TYPE>', 'only events of this PLOVER type')
    .option('--since <YYYY-MM-DD>', 'only events of articles published on or after this day')
    .option('--limit <N>', 'at most N events, the latest kept (default 100)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille timeline "Corée du Nord"
  veille timeline Q159 --with Ukraine --json
  veille timeline --claim 5a3e7c22a4d1`)
    .action(async (words: string[], options: TimelineOptions) => {
      const value = words.join(' ');
      const type = parseType(options.type);
      const since = parseSince(options.since);
      const limit = parseCount('--limit', options.limit, 100);
      if (value === '' && options.claim === undefined) throw usageError('give an ENTITY (e.g. veille timeline Russie) or --claim ID');
      await withStore(options.db, (store) => {
        if (options.claim !== undefined) {
          printClaim(store, options.claim.trim(), value === '' ? undefined : resolveEntity(store, value, 'ENTITY'), options.json);
          return;
        }
        const entity = resolveEntity(store, value, 'ENTITY');
        const other = options.with === undefined ? undefined : resolveEntity(store, options.with, '--with');
        const events = loadEvents(store, { actor: entity, ...(other ? { target: other } : {}), ...(type ? { type } : {}), ...(since ? { since } : {}) });
        const entries = other ? pairTimeline(events, entity.key, other.key) : entityTimeline(events, entity.key);
        const dated = entries.filter((entry) => entry.day !== null);
        // The latest events matter most: keep the tail of the dated ones, undated ones only if room remains.
        const shown = limit > 0 && entries.length > limit
          ? (dated.length >= limit ? dated.slice(-limit) : [...dated, ...entries.filter((entry) => entry.day === null).slice(0, limit - dated.length)])
          : entries;
        const heading = other ? `${entity.name} ↔ ${other.name}` : entity.name;
        printResult(options.json, () => ({ entity, with: other ?? null, events: shown.map(({ day, role, event }) => ({ day, role, ...event })) }),
          () => formatTimeline(heading, shown, painter(useColor()), entries.length));
      });
    });
}

/** The reports of one claim, found among the claims of ENTITY when given (faster), else of the whole store. */
function printClaim(store: Store, id: string, entity: EntityRef | undefined, json: boolean | undefined): void {
  const claim = groupClaims(loadEvents(store, entity ? { actor: entity } : {})).find((candidate) => candidate.id === id);
  if (!claim) throw inputError(`no claim "${id}"${entity ? ` involving ${entity.name}` : ''} in this store; list claim ids with \`veille claims\``);
  const reports = claimTimeline(claim);
  const paint = painter(useColor());
  printResult(json, () => ({ ...claim, evidence: reports }), () => [
    `${claimTitle(claim, paint)}  ${paint('dim', claim.id)}  (${reports.length} reports)`,
    ...reports.map((report) => `  ${reportLine(report, paint)}`),
    '',
  ].join('\n'));
}

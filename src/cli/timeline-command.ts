/**
 * `veille timeline ENTITY [--with OTHER]`: what an entity did and underwent,
 * or what passed between two entities, day by day.
 */
import { Command } from 'commander';
import { entityTimeline, pairTimeline } from '../graph/timeline.ts';
import { formatTimeline } from './graph-format/format-timeline.ts';
import { loadEvents } from './graph-format/load-claims.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { parseCount, parseSince, parseType } from './graph-format/parse-graph-options.ts';
import { resolveEntity } from './graph-format/resolve-entity.ts';
import { printResult, withStore } from './graph-format/with-store.ts';

interface TimelineOptions {
  db?: string;
  json?: boolean;
  with?: string;
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
    .description('events of an entity (as actor or target), or between two entities, by date')
    .argument('<ENTITY...>', 'a key, a Wikidata id or a French or English name (quotes optional)')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--with <entity>', 'only events between ENTITY and this one, either way round')
    .option('--type <TYPE>', 'only events of this PLOVER type')
    .option('--since <YYYY-MM-DD>', 'only events of articles published on or after this day')
    .option('--limit <N>', 'at most N events, the latest kept (default 100)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille timeline "Corée du Nord"
  veille timeline Q159 --with Ukraine --json`)
    .action(async (words: string[], options: TimelineOptions) => {
      const value = words.join(' ');
      const type = parseType(options.type);
      const since = parseSince(options.since);
      const limit = parseCount('--limit', options.limit, 100);
      await withStore(options.db, (store) => {
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

/**
 * `veille contradictions`: where reports disagree: differing figures for one
 * claim, denials, certainty shifts over time.
 */
import { Command } from 'commander';
import { findContradictions } from '../graph/find-contradictions.ts';
import { unitGroups } from '../graph/unit-groups.ts';
import { formatContradictions } from './graph-format/format-contradictions.ts';
import { loadClaims } from './graph-format/load-claims.ts';
import { painter, useColor } from './graph-format/paint.ts';
import { parseCount, parseSince, parseType } from './graph-format/parse-graph-options.ts';
import { resolveEntity } from './graph-format/resolve-entity.ts';
import { printResult, withStore } from './graph-format/with-store.ts';
import { usageError } from './usage-error.ts';

interface ContradictionsOptions {
  db?: string;
  json?: boolean;
  actor?: string;
  target?: string;
  type?: string;
  since?: string;
  window?: string;
  kind?: string;
  limit?: string;
}

const KINDS = ['quantity', 'denial', 'shift'] as const;

/**
 * The `contradictions` command.
 *
 * @example
 * program.addCommand(contradictionsCommand());
 */
export function contradictionsCommand(): Command {
  return new Command('contradictions')
    .description('differing figures, denials and certainty shifts across articles, each with its sources, outlets and days')
    .option('--db <PATH>', 'the store (default VEILLE_DB or ./veille.db)')
    .option('--actor <entity>', 'only claims with this actor (key, Wikidata id or name)')
    .option('--target <entity>', 'only claims with this target (key, Wikidata id or name)')
    .option('--type <TYPE>', 'only claims of this PLOVER type')
    .option('--window <days>', 'largest gap in days between reports of one claim (default 30)')
    .option('--since <YYYY-MM-DD>', 'only reports from articles published on or after this day')
    .option('--kind <kind>', 'only quantity, denial or shift')
    .option('--limit <N>', 'at most N contradictions (default 50)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  veille contradictions
  veille contradictions --actor Russie --kind quantity --json

Differing figures that bounds explain ("up to 10 000" and "8 000") are listed
and marked compatible.`)
    .action(async (options: ContradictionsOptions) => {
      const type = parseType(options.type);
      const since = parseSince(options.since);
      const windowDays = parseCount('--window', options.window, 30);
      const limit = parseCount('--limit', options.limit, 50);
      const kind = options.kind === undefined ? undefined : KINDS.find((known) => known === options.kind?.trim().toLowerCase());
      if (options.kind !== undefined && kind === undefined) throw usage(options.kind);
      await withStore(options.db, (store) => {
        const actor = options.actor === undefined ? undefined : resolveEntity(store, options.actor, '--actor');
        const target = options.target === undefined ? undefined : resolveEntity(store, options.target, '--target');
        const claims = loadClaims(store, { ...(actor ? { actor } : {}), ...(target ? { target } : {}), ...(type ? { type } : {}), ...(since ? { since } : {}), windowDays });
        const found = findContradictions(claims, { unitGroup: unitGroups(), windowDays }).filter((c) => kind === undefined || c.kind === kind);
        const shown = limit > 0 ? found.slice(0, limit) : found;
        const byId = new Map(claims.map((claim) => [claim.id, claim]));
        printResult(options.json, () => shown.map((c) => ({ ...c, claim: claimHead(byId.get(c.claimId)) })), () => {
          if (shown.length === 0) return 'No contradictions found.\n';
          return formatContradictions(shown, byId, painter(useColor()));
        });
      });
    });
}

function claimHead(claim: { readonly type: string; readonly actor: unknown; readonly target: unknown; readonly firstDate: string | null; readonly lastDate: string | null } | undefined) {
  return claim ? { type: claim.type, actor: claim.actor, target: claim.target, firstDate: claim.firstDate, lastDate: claim.lastDate } : null;
}

function usage(value: string): Error {
  return usageError(`unknown --kind "${value}"; use ${KINDS.join(', ')}`);
}

/**
 * `veille eval GOLD_DIR [--errors] [--json]`: analyses every gold document
 * and prints the scores of the gold README. `--peer winer|recognizers|timebank DIR`
 * measures veille against a third-party peer set instead (src/eval/peers/).
 */
import { existsSync, statSync } from 'node:fs';
import { Command } from 'commander';
import { usageError } from './usage-error.ts';

/**
 * The `eval` command.
 *
 * @example
 * program.addCommand(evalCommand());
 */
export function evalCommand(): Command {
  return new Command('eval')
    .description('score veille against a folder of gold documents (see the gold README for the rules)')
    .argument('<GOLD_DIR>', 'folder of gold *.json files; keys.json is read from it or its parent')
    .option('--errors', 'list every miss and false positive per document')
    .option('--json', 'print the figures as JSON')
    .option('--peer <name>', 'score against a peer set in GOLD_DIR instead: winer, recognizers or timebank')
    .addHelpText('after', `
Examples:
  veille eval ../shared/gold/dev
  veille eval ../shared/gold/dev --errors | less
  npm run eval -- ../shared/gold/dev --json
  veille eval --peer winer ../shared/peers/winer-fr
  veille eval --peer recognizers ../shared/peers/recognizers-text-fr --errors
  veille eval --peer timebank ../shared/peers/fr-timebank --json`)
    .action(async (dir: string, options: { errors?: boolean; json?: boolean; peer?: string }) => {
      if (options.peer !== undefined) {
        const { PEERS, runPeer } = await import('../eval/peers/run-peer.ts');
        const peer = PEERS.find((name) => name === options.peer);
        if (!peer) throw usageError(`unknown peer "${options.peer}"; use one of ${PEERS.join(', ')}`);
        if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(`peer folder "${dir}" does not exist`);
        const report = runPeer(peer, dir);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ peer, dir, figures: report.figures, ...(options.errors ? { errors: report.errors } : {}) }, null, 2)}\n`);
        } else {
          process.stdout.write(`${[...report.table, ...(options.errors ? ['', ...report.errors] : [])].join('\n')}\n`);
        }
        return;
      }
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw usageError(`gold folder "${dir}" does not exist; pass the folder holding the gold *.json files`);
      const { runEval } = await import('../eval/run-eval.ts');
      const { formatReport } = await import('../eval/format-report.ts');
      const result = runEval(dir);
      if (options.json) {
        const json = {
          dir: result.dir,
          documents: result.documents.length,
          figures: result.figures,
          byLang: result.byLang,
          failures: result.failures,
          ...(options.errors ? { errors: result.documents.map((doc) => ({ id: doc.id, errors: doc.errors })) } : {}),
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        process.stdout.write(`${formatReport(result, { errors: options.errors === true })}\n`);
      }
      // A document whose analysis threw is a bug: the figures stand, but the run is not clean.
      if (result.failures.length > 0) {
        process.stderr.write(`veille: analysis failed on ${result.failures.length} document(s): ${result.failures.map((failure) => failure.id).join(', ')}\n`);
        process.exitCode = 1;
      }
    });
}

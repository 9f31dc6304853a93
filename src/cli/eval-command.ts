/**
 * `veille eval GOLD_DIR [--errors] [--json]`: analyses every gold document
 * and prints the scores of the gold README.
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
    .addHelpText('after', `
Examples:
  veille eval ../shared/gold/dev
  veille eval ../shared/gold/dev --errors | less
  npm run eval -- ../shared/gold/dev --json`)
    .action(async (dir: string, options: { errors?: boolean; json?: boolean }) => {
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

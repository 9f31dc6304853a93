/**
 * The `veille` command line: one subcommand per file of this folder.
 * Errors print one line `veille: …` on stderr; exit 2 for usage, 1 for input.
 */
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze-command.ts';
import { evalCommand } from './eval-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { watchCommand } from './watch-command.ts';
import { articlesCommand } from './articles-command.ts';
import { entitiesCommand } from './entities-command.ts';
import { claimsCommand } from './claims-command.ts';
import { contradictionsCommand } from './contradictions-command.ts';
import { timelineCommand } from './timeline-command.ts';
import { searchCommand } from './search-command.ts';
import { showCommand } from './show-command.ts';
import { CliError } from './usage-error.ts';

const program = new Command('veille')
  .description('Reads the news (French, English) and extracts who does what to whom, with certainty, source and evidence.')
  .version('0.1.0')
  .showHelpAfterError(false)
  .addCommand(analyzeCommand())
  .addCommand(evalCommand())
  .addCommand(ingestCommand())
  .addCommand(watchCommand())
  .addCommand(articlesCommand())
  .addCommand(entitiesCommand())
  .addCommand(claimsCommand())
  .addCommand(contradictionsCommand())
  .addCommand(timelineCommand())
  .addCommand(searchCommand())
  .addCommand(showCommand())
  .addHelpText('after', `
Examples:
  veille analyze examples/fr-otan-coree.txt --published 2024-11-07
  veille analyze article.txt --json
  veille eval ../shared/gold/dev --errors`);

for (const command of [program, ...program.commands]) {
  command.exitOverride();
  const name = command === program ? 'veille' : `veille ${command.name()}`;
  command.configureOutput({ outputError: (text, write) => write(`veille: ${text.trim().replace(/^error: /, '')}; see \`${name} --help\`\n`) });
}

// `veille analyze … | head` closes the pipe early: stop quietly instead of printing a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeOf(error);
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof CliError) {
    process.stderr.write(`veille: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message.replace(/^veille: /, '') : String(error);
  process.stderr.write(`veille: ${message}\n`);
  return 1;
}

/**
 * `veille analyze [FILE|-]`: analyses one text (a readable report, or the
 * JSON contract with --json) or, with --ndjson, one JSON object per line.
 */
import { Command } from 'commander';
import { supportedLanguages } from '../lang/load.ts';
import { parseLang, parseMaxBytes, parsePublished } from './parse-options.ts';
import { decodeText, readBytes } from './read-input.ts';
import { detectOrFail } from './detect-or-fail.ts';

interface AnalyzeOptions {
  lang: string;
  published?: string;
  json?: boolean;
  ndjson?: boolean;
  maxBytes?: string;
  encoding: string;
}

/**
 * The `analyze` command.
 *
 * @example
 * program.addCommand(analyzeCommand());
 */
export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('analyse a news text: entities, quotes, quantities, dates and events with certainty, source and evidence')
    .argument('[FILE]', 'text file to analyse; "-" or nothing reads stdin')
    .option('--lang <code>', `language of the text: ${supportedLanguages().join(', ')} or auto`, 'auto')
    .option('--published <YYYY-MM-DD>', 'publication day, to resolve "jeudi", "yesterday"…')
    .option('--json', 'print the JSON contract instead of the report')
    .option('--ndjson', 'read one JSON object per line {id, text, lang?, published?}; write one JSON analysis per line')
    .option('--max-bytes <N>', 'refuse inputs larger than N bytes (default 10 MB, or VEILLE_MAX_BYTES)')
    .option('--encoding <name>', 'encoding of the input', 'utf-8')
    .addHelpText('after', `
Examples:
  veille analyze examples/fr-otan-coree.txt --published 2024-11-07
  veille analyze examples/en-kursk-troops.txt --json > analysis.json
  cat article.txt | veille analyze - --lang fr
  veille analyze --ndjson articles.ndjson > analyses.ndjson
  veille analyze old-latin1.txt --encoding windows-1252

Exit codes: 0 done, 1 bad input (or an ndjson line failed), 2 bad usage.`)
    .action(async (file: string | undefined, options: AnalyzeOptions) => {
      const lang = parseLang(options.lang);
      const published = parsePublished(options.published);
      const maxBytes = parseMaxBytes(options.maxBytes);
      const where = file === undefined || file === '-' ? 'stdin' : `file "${file}"`;
      const text = decodeText(await readBytes(file, maxBytes), options.encoding, where);
      if (options.ndjson) {
        const { analyzeLines } = await import('./analyze-lines.ts');
        const failed = await analyzeLines(text, { lang, published }, (line) => process.stdout.write(`${line}\n`));
        if (failed > 0) {
          process.stderr.write(`veille: ${failed} line(s) failed; see their "error" field\n`);
          process.exitCode = 1;
        }
        return;
      }
      const code = lang === 'auto' ? await detectOrFail(text) : lang;
      // The engine loads only once the options and the input are known good, so usage errors answer fast.
      const { analyze } = await import('../analyze.ts');
      const { toContract } = await import('../output/contract.ts');
      const contract = toContract(analyze({ text, lang: code, published }));
      if (options.json) process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
      else process.stdout.write((await import('../output/format-text.ts')).formatText(contract, { color: useColor() }));
    });
}

function useColor(): boolean {
  return process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

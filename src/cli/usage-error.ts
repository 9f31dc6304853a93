/**
 * Errors the CLI reports as one line `veille: …` with an exit code: 2 for
 * usage errors (bad options), 1 for input errors (bad file, bad text).
 */
/** @example throw new CliError('file "a.txt" does not exist', 1); */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * A usage error (exit 2).
 *
 * @example
 * throw usageError('unknown --lang "de"; use fr, en or auto');
 */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/**
 * An input error (exit 1).
 *
 * @example
 * throw inputError('file "a.txt" is empty; give a news text to analyse');
 */
export function inputError(message: string): CliError {
  return new CliError(message, 1);
}

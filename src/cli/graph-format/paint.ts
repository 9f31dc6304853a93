/**
 * Colours for the readable output of the query commands: only on a terminal,
 * never when NO_COLOR is set.
 */
const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m', yellow: '\u001b[33m', red: '\u001b[31m', green: '\u001b[32m', reset: '\u001b[0m' } as const;

export type Paint = (code: keyof typeof ANSI, text: string) => string;

/**
 * A painter that colours or leaves text as is.
 *
 * @example
 * const paint = painter(useColor());
 * paint('bold', 'Claims (3)');
 */
export function painter(color: boolean): Paint {
  return (code, text) => (color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
}

/** True on a terminal without NO_COLOR. */
export function useColor(): boolean {
  return process.stdout.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

/**
 * Text on one line, cut to `max` characters with an ellipsis.
 *
 * @example
 * clip('a long\nsentence', 8); // 'a long …'
 */
export function clip(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

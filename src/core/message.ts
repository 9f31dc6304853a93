import type { Span } from './span.ts';

/**
 * A content problem found while analysing a text (no date, an unresolved
 * pronoun, a language we do not know). Messages never stop the pipeline.
 *
 * @example
 * { rule: 'dates/no-publication-date', level: 'info', text: 'relative dates left unresolved' }
 */
export interface Message {
  readonly rule: string;
  readonly level: 'info' | 'warning';
  readonly text: string;
  readonly span?: Span;
}

/**
 * What the passes of the segment stage hand each other: the text and the
 * three layers built so far. Every pass takes a state and returns a new one.
 */
import type { Message } from '../../core/message.ts';
import type { Paragraph, Sentence, Token } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { SegmentData } from './load-segment-data.ts';

/**
 * The layers built so far, as drafts (`rule` instead of `by`).
 *
 * @example
 * const state: SegmentState = { text: 'Oui.', paragraphs: [], sentences: [], tokens: [], messages: [] };
 */
export interface SegmentState {
  readonly text: string;
  readonly paragraphs: readonly Draft<Paragraph>[];
  readonly sentences: readonly Draft<Sentence>[];
  readonly tokens: readonly Draft<Token>[];
  readonly messages: readonly Message[];
}

/**
 * One pass of the stage.
 *
 * @example
 * const noop: SegmentPass = (state) => state;
 */
export type SegmentPass = (state: SegmentState, data: SegmentData) => SegmentState;

/**
 * The state before any pass ran.
 *
 * @example
 * emptyState('Moscou dément.').paragraphs; // []
 */
export function emptyState(text: string): SegmentState {
  return { text, paragraphs: [], sentences: [], tokens: [], messages: [] };
}

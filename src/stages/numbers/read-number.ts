/**
 * Reads one number at a piece: a cardinal ("dix-sept", "1,5 million"), a
 * decimal said in words ("deux virgule cinq"), a fraction ("trois quarts",
 * "un sur trois", "3/4", "½"), a mixed number ("un et demi", "trois millions
 * et demi"), an ordinal ("le dixième", "21e") or an approximate noun ("une
 * quarantaine de"), with its sign ("-4", "négatif cinq").
 */
import type { NumberKind } from '../../core/layers.ts';
import { hasRole, wordOf, type Lexicon } from './lexicon.ts';
import { isVulgarFraction, type Piece } from './pieces.ts';
import { readRun, wordAt } from './read-run.ts';

/** A number read over pieces `[start, end)`. */
export interface Reading {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: NumberKind;
  readonly rule: string;
  /** The scale word the number ended on ("trois millions" → 1e6), 1 when none: "et demi" halves it. */
  readonly scale: number;
}

/**
 * The longest number starting at piece `p`, or null.
 *
 * @example
 * readNumber(pieces('trois quarts'), 0, french)?.value; // 0.75
 */
export function readNumber(pieces: readonly Piece[], p: number, lexicon: Lexicon): Reading | null {
  const first = pieces[p];
  const signed = first !== undefined && (first.type === 'minus' || (first.type === 'word' && wordOf(lexicon, first.key, ['sign']) !== undefined));
  const base = readBase(pieces, signed ? p + 1 : p, lexicon, signed);
  if (!base) return null;
  const reading = extend(pieces, base, lexicon);
  return signed ? { ...reading, start: p, value: -reading.value, rule: `${reading.rule}.negative` } : reading;
}

/**
 * The reading that reaches further, `best` on a tie unless `onTie` (a module function, not a closure made per
 * call: the build names every closure each time one is made).
 */
function furthest(best: Reading | null, reading: Reading, onTie = false): Reading {
  return !best || reading.end > best.end || (onTie && reading.end === best.end) ? reading : best;
}

function readBase(pieces: readonly Piece[], q: number, lexicon: Lexicon, signed: boolean): Reading | null {
  const states = readRun(pieces, q, lexicon);
  const first = pieces[q];
  let best: Reading | null = null;
  const slashed = digitFraction(pieces, q);
  if (slashed) best = furthest(best, slashed);
  for (const state of states) {
    const reading = { start: q, end: state.end, value: state.value, scale: state.scale };
    if (state.ordinal) {
      if (state.ordinal.alone || state.end - q > 1) best = furthest(best, { ...reading, kind: 'ordinal', rule: 'ordinal' });
    } else if (state.alone || signed) {
      const vulgar = state.end === q + 1 && first !== undefined && isVulgarFraction(first.key);
      best = furthest(best, { ...reading, kind: vulgar ? 'fraction' : state.integer ? 'cardinal' : 'decimal', rule: first?.type === 'digits' ? 'digits' : 'words' });
    } else {
      // "un et demi", "un sur trois": the article "un" counts when a fraction follows
      const article: Reading = { ...reading, kind: 'cardinal', rule: 'words' };
      const fraction = mixedFraction(pieces, article, lexicon) ?? perFraction(pieces, article, lexicon);
      if (fraction) best = furthest(best, fraction);
    }
  }
  // "trois cinquièmes", "un demi", "cent trente cinquièmes": the longest numerator that leaves a denominator;
  // inside one token only when nothing else reads ("cinq-huitièmes")
  const numerators = states.length > 0 && best !== null ? states : readRun(pieces, q, lexicon, true);
  for (const state of [...numerators].reverse()) {
    if (state.ordinal) continue;
    const denominator = readDenominator(pieces, state.end, lexicon);
    if (!denominator) continue;
    // "un troisième mandat" is a rank; "un cinquième de la population" a fraction
    if (state.value === 1 && denominator.rank && nounFollows(pieces, denominator.end, lexicon)) continue;
    best = furthest(best, { start: q, end: denominator.end, value: state.value / denominator.value, kind: 'fraction', rule: 'fraction', scale: 1 }, true);
    break;
  }
  // "la moitié", "demi"; "quart" only of a scale ("quart de million")
  const bare = wordAt(pieces, q, lexicon, ['fraction']);
  if (bare) {
    const fraction: Reading = { start: q, end: q + bare.width, value: 1 / bare.word.value, kind: 'fraction', rule: 'fraction-word', scale: 1 };
    const scaled = bare.word.alone ? fraction : scaledFraction(pieces, fraction, lexicon);
    if (scaled) best = furthest(best, scaled);
  }
  const approx = approxNoun(pieces, q, lexicon);
  if (approx) best = furthest(best, approx);
  return best;
}

/** "3/4": two whole numbers around a slash, the top smaller, not a date ("17/05/2018", "05/11"). */
function digitFraction(pieces: readonly Piece[], q: number): Reading | null {
  const [top, slash, bottom, after] = [pieces[q], pieces[q + 1], pieces[q + 2], pieces[q + 3]];
  if (top?.type !== 'digits' || slash?.type !== 'slash' || bottom?.type !== 'digits') return null;
  if (slash.gap || bottom.gap || after?.type === 'slash' || pieces[q - 1]?.type === 'slash') return null;
  if (!top.integer || !bottom.integer || top.leadingZero || bottom.leadingZero || top.value >= bottom.value) return null;
  return { start: q, end: q + 3, value: top.value / bottom.value, kind: 'fraction', rule: 'digit-fraction', scale: 1 };
}

/** A denominator at piece `i`: a fraction word ("quarts", "half") or a run closed by an ordinal ("vingt-cinquième"). */
function readDenominator(pieces: readonly Piece[], i: number, lexicon: Lexicon): { value: number; end: number; rank: boolean } | null {
  const word = wordAt(pieces, i, lexicon, ['fraction']);
  if (word) return { value: word.word.value, end: i + word.width, rank: false };
  const last = readRun(pieces, i, lexicon).at(-1);
  return last?.ordinal?.kind === 'ordinal-fraction' ? { value: last.value, end: last.end, rank: true } : null;
}

/** True when a word that is neither a number nor a link ("de", "of") follows: "un troisième mandat". */
function nounFollows(pieces: readonly Piece[], i: number, lexicon: Lexicon): boolean {
  const next = pieces[i];
  return next?.type === 'word' && !hasRole(lexicon, 'link', next.key) && !lexicon.words.has(next.key);
}

/** "une quarantaine de", "un millier de", "des centaines de": an approximate noun, followed by its link or nothing. */
function approxNoun(pieces: readonly Piece[], q: number, lexicon: Lexicon): Reading | null {
  const article = pieces[q];
  const opened = article !== undefined && (hasRole(lexicon, 'approx-article', article.key) || hasRole(lexicon, 'plural-article', article.key));
  const at = opened ? q + 1 : q;
  const noun = wordAt(pieces, at, lexicon, ['approx', 'approx-plural']);
  if (!noun) return null;
  const next = pieces[at + noun.width];
  if (next?.type === 'word' && !hasRole(lexicon, 'link', next.key)) return null;
  return { start: q, end: at + noun.width, value: noun.word.value, kind: 'approx', rule: 'approx-noun', scale: noun.word.value };
}

/** Stretches a reading over a spoken decimal part, "sur", "et demi" and a scale after a fraction. */
function extend(pieces: readonly Piece[], reading: Reading, lexicon: Lexicon): Reading {
  let current = reading;
  for (;;) {
    const next = pieces[current.end];
    if (!next) return current;
    const longer = decimalPart(pieces, current, lexicon) ?? perFraction(pieces, current, lexicon) ?? mixedFraction(pieces, current, lexicon)
      ?? scaledFraction(pieces, current, lexicon) ?? mixedDigits(pieces, current);
    if (!longer) return current;
    current = longer;
  }
}

/** "deux cent virgule cinquante deux" → 200.52, "cinq virgule zéro trois" → 5.03. */
function decimalPart(pieces: readonly Piece[], reading: Reading, lexicon: Lexicon): Reading | null {
  const point = pieces[reading.end];
  if (reading.kind !== 'cardinal' || point?.type !== 'word' || !wordOf(lexicon, point.key, ['point'])) return null;
  let i = reading.end + 1;
  let zeros = 0;
  while (pieces[i] !== undefined && wordOf(lexicon, pieces[i]!.key, ['unit'])?.value === 0) {
    zeros += 1;
    i += 1;
  }
  const digits = pieces[i];
  const run = readRun(pieces, i, lexicon).filter((state) => !state.ordinal && state.integer).at(-1);
  if (!run) return null;
  const written = digits?.type === 'digits' ? digits.key.replace(/\D/g, '') : String(run.value);
  const value = reading.value + run.value / 10 ** (zeros + written.length);
  return { ...reading, end: run.end, value, kind: 'decimal', rule: `${reading.rule}.point` };
}

/** "un sur trois", "1 out of 3": a smaller number over a larger one. */
function perFraction(pieces: readonly Piece[], reading: Reading, lexicon: Lexicon): Reading | null {
  if (reading.kind !== 'cardinal') return null;
  const one = pieces[reading.end];
  const two = pieces[reading.end + 1];
  const width = one && hasRole(lexicon, 'per', one.key) ? 1 : one && two && hasRole(lexicon, 'per', `${one.key} ${two.key}`) ? 2 : 0;
  if (width === 0) return null;
  const run = readRun(pieces, reading.end + width, lexicon).filter((state) => !state.ordinal && state.integer).at(-1);
  if (!run || run.value <= reading.value) return null;
  return { ...reading, end: run.end, value: reading.value / run.value, kind: 'fraction', rule: `${reading.rule}.per` };
}

/** "un et demi" → 1.5, "trois millions et demi" → 3.5e6, "cent et trois quarts" → 100.75. */
function mixedFraction(pieces: readonly Piece[], reading: Reading, lexicon: Lexicon): Reading | null {
  const and = pieces[reading.end];
  if (reading.kind !== 'cardinal' || !and || !hasRole(lexicon, 'and', and.key)) return null;
  const base = readBase(pieces, reading.end + 1, lexicon, false);
  if (base?.kind !== 'fraction') return null;
  const part = extend(pieces, base, lexicon);
  // "un milliard et demi million": the fraction brought its own scale
  const scaled = part.scale > 1;
  return { ...reading, end: part.end, value: reading.value + part.value * (scaled ? 1 : reading.scale), kind: 'decimal', rule: `${reading.rule}.and-fraction` };
}

/** "un demi-million", "quart de million", "half a million", "une demi-douzaine": a fraction of a scale. */
function scaledFraction(pieces: readonly Piece[], reading: Reading, lexicon: Lexicon): Reading | null {
  if (reading.kind !== 'fraction' || reading.scale > 1) return null;
  let i = reading.end;
  const between = pieces[i];
  if (between && (hasRole(lexicon, 'link', between.key) || wordOf(lexicon, between.key, ['unit'])?.value === 1)) i += 1;
  const scale = wordAt(pieces, i, lexicon, ['scale', 'dozen', 'approx', 'hundred']);
  if (!scale?.word.alone) return null;
  const value = reading.value * scale.word.value;
  return { ...reading, end: i + scale.width, value, kind: Number.isInteger(value) ? 'cardinal' : 'decimal', rule: `${reading.rule}.scale`, scale: scale.word.value };
}

/** "2 1/4" → 2.25: whole digits, then a fraction in digits. */
function mixedDigits(pieces: readonly Piece[], reading: Reading): Reading | null {
  const whole = pieces[reading.start];
  if (reading.kind !== 'cardinal' || reading.end !== reading.start + 1 || whole?.type !== 'digits') return null;
  const fraction = digitFraction(pieces, reading.end);
  if (!fraction) return null;
  return { ...reading, end: fraction.end, value: reading.value + fraction.value, kind: 'fraction', rule: `${reading.rule}.and-fraction` };
}

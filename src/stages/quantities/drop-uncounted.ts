/**
 * Marks what is still no quantity once units are known: durations ("30
 * jours", "three years"), times ("14 h"), years ("en 2022"), proportions ("un
 * enfant sur trois") and numbers that count nothing said.
 */
import type { Candidate, Context } from './candidate.ts';
import { keyOf } from './compile-grammar.ts';
import { isYearLike } from './inherit-units.ts';

/**
 * Sets `drop` on durations, times, years and numbers without a unit.
 *
 * @example
 * dropUncounted(candidates, context); // "30 jours" → drop "duration"
 */
export function dropUncounted(candidates: readonly Candidate[], context: Context): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of candidates) result.push(dropOne(candidate, result.at(-1), context));
  return result;
}

function dropOne(candidate: Candidate, previous: Candidate | undefined, context: Context): Candidate {
  if (candidate.drop) return candidate;
  if (isProportion(candidate, context)) return { ...candidate, drop: 'proportion' };
  // "one in five adults": the whole the proportion is taken from
  if (previous?.drop === 'proportion' && isPer(context, context.folded.slice(previous.end, candidate.start))) return { ...candidate, drop: 'proportion' };
  if (candidate.unitKind === 'duration' || candidate.unitKind === 'time') return { ...candidate, drop: candidate.unitKind };
  if (candidate.unit === null) return { ...candidate, drop: isYearLike(candidate) ? 'year' : 'no-unit' };
  return candidate;
}

/** "un enfant sur trois", "one in five adults": one of a number is a proportion, not a count. */
function isProportion(candidate: Candidate, context: Context): boolean {
  if (candidate.value !== 1) return false;
  const after = context.folded.slice(candidate.end, Math.min(context.sentence.end, candidate.end + 40));
  const match = /^[ ]+([\p{L}' ]+?)[ ]+(?=[\p{L}\p{N}])/u.exec(after);
  if (!match) return false;
  const rest = after.slice(match[0].length);
  return isPer(context, match[1] ?? '') &&
    (/^\p{N}/u.test(rest) || context.grammar.words.has(keyOf(rest.split(/[^\p{L}-]/u)[0] ?? '')));
}

function isPer(context: Context, words: string): boolean {
  return context.grammar.roles.get('per')?.has(keyOf(words)) ?? false;
}

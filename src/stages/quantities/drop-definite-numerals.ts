/**
 * Drops small spelled numbers that refer back to things already named rather
 * than count them: "les deux pays", "ces trois hommes", "des deux dirigeants",
 * "the two leaders", "all three countries". The text is not measuring
 * anything there; the number stands for "each of them".
 */
import type { Candidate, Context } from './candidate.ts';
import { endsWithRole } from './drop-non-numbers.ts';

/** Above this a definite number still measures: "les 10 000 soldats", "the 300 delegates". */
const SMALL = 10;
const OTHER = /^[ ]+(?:autres|other|others)(?![\p{L}\p{N}])/iu;

/**
 * Sets `drop: 'definite'` on a small spelled number right after a definite
 * determiner of quantity-links.tsv (role `definite`).
 *
 * @example
 * dropDefiniteNumerals(candidates, context); // "les deux pays" → "deux" dropped; "deux pays" kept
 */
export function dropDefiniteNumerals(candidates: readonly Candidate[], context: Context): Candidate[] {
  const { folded, sentence } = context;
  return candidates.map((candidate) => {
    if (candidate.drop || !candidate.spelled || candidate.rule !== 'spelled') return candidate;
    if (candidate.scale !== 1 || candidate.value < 2 || candidate.value > SMALL) return candidate;
    const before = folded.slice(Math.max(sentence.start, candidate.start - 24), candidate.start);
    // the determiner stands right before the number: "les deux", not "les dirigeants ont désigné deux"
    if (!/[ ]$/u.test(before)) return candidate;
    // "les huit autres candidats", "the two other ships" count the rest, which the text has not named
    if (OTHER.test(folded.slice(candidate.end, Math.min(sentence.end, candidate.end + 8)))) return candidate;
    return endsWithRole(context, before, 'definite') ? { ...candidate, drop: 'definite' } : candidate;
  });
}

/**
 * Gives a bare number the unit of its neighbour in the sentence: "sur les
 * 10 000 soldats …, jusqu'à 8 000 auraient été déployés" → 8 000 soldiers;
 * "two soldiers were killed and 10 others wounded" → 10 soldiers.
 */
import type { Candidate, Context } from './candidate.ts';

/**
 * Fills `unit` on bare numbers and anaphors ("others") from the nearest
 * quantity with a unit: before it in the sentence, else after it; anaphors
 * may reach back to earlier sentences.
 *
 * @example
 * inheritUnits(candidates, context); // "jusqu'à 8 000" after "10 000 soldats" → unit soldier
 */
export function inheritUnits(candidates: readonly Candidate[], context: Context): Candidate[] {
  const counted = (c: Candidate) => !c.drop && c.unit !== null && c.unitKind !== 'duration' && c.unitKind !== 'time';
  return candidates.map((candidate, index) => {
    if (candidate.drop || candidate.unit !== null) return candidate;
    const anaphor = candidate.unitKind === 'anaphor';
    if (!anaphor && (candidate.unitKind !== null || !mayInherit(candidate))) return candidate;
    const earlier = candidates.slice(0, index).reverse().find(counted);
    const later = anaphor ? undefined : candidates.slice(index + 1).find(counted);
    const unit = earlier?.unit ?? later?.unit ?? (anaphor ? context.previousUnits.at(-1) : undefined);
    if (!unit) return candidate;
    return { ...candidate, unit, unitKind: 'count', rule: `${candidate.rule}.inherited` };
  });
}

/** Bare digits inherit; a bare spelled word ("one", "neuf", "hundreds") is too often no count. */
function mayInherit(candidate: Candidate): boolean {
  if (candidate.spelled) return false;
  return !isYearLike(candidate);
}

/** 1000–2100 written without separators: a year, not a count. */
export function isYearLike(candidate: Candidate): boolean {
  return candidate.scale === 1 && Number.isInteger(candidate.value) && candidate.value >= 1000 && candidate.value <= 2100 &&
    candidate.number.end - candidate.number.start === 4;
}

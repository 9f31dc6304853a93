/**
 * Gives a bare number the unit of its neighbour in the sentence: "sur les
 * 10 000 soldats …, jusqu'à 8 000 auraient été déployés" → 8 000 soldiers;
 * "two soldiers were killed and 10 others wounded" → 10 soldiers.
 */
import { guessPlural, unitAt } from './add-units.ts';
import type { Candidate, Context } from './candidate.ts';
import { keyOf } from './compile-grammar.ts';
import { singularize } from './singularize.ts';

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
    // "un plan de 10 milliards et une hausse de 25 %": a scaled number is never a percentage
    const fits = (c: Candidate) => counted(c) && !(candidate.scale > 1 && c.unitKind === 'percent');
    if (candidate.drop || candidate.unit !== null) return candidate;
    const anaphor = candidate.unitKind === 'anaphor';
    if (!anaphor && (candidate.unitKind !== null || !mayInherit(candidate) || followsName(candidate, context))) return candidate;
    // "un policier a été tué et deux autres blessés": "others" also refers back to an article read as one
    // a semicolon closes the clause a bare number takes its noun from ("passe de 5 à 10 % ; le score est de 3 à 1")
    const sameClause = (c: Candidate) => anaphor || !context.folded.slice(c.end, candidate.start).includes(';');
    const antecedent = (c: Candidate) => anaphor ? c.unitKind === 'count' && (counted(c) || c.drop === 'article') : fits(c) && sameClause(c);
    const earlier = candidates.slice(0, index).reverse().find(antecedent);
    // "a commercial ship, sunk two others": the singular noun after "a"/"one" (languages with plural rules only)
    const single = anaphor && !earlier ? candidates.slice(0, index).reverse().find((c) => c.value === 1 && c.unit === null && (c.drop === null || c.drop === 'article')) : undefined;
    const head = single ? singularHead(single, context) : undefined;
    // a later noun only names a bounded or scaled number ("moins de 10 millions sur 21 millions d'électeurs"), not "les 27"
    const forward = !anaphor && (candidate.approx !== 'exact' || candidate.scale > 1);
    const later = forward ? candidates.slice(index + 1).find(fits) : undefined;
    const unit = earlier?.unit ?? head ?? later?.unit ?? (anaphor ? (context.previousUnit ?? undefined) : countedBefore(candidate, context));
    if (!unit) return candidate;
    return { ...candidate, unit, unitKind: 'count', rule: `${candidate.rule}.inherited` };
  });
}

const HEAD_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const NEXT = /[ ]+(\p{L}[\p{L}-]*)|[ ]*([,;:.])/uy;

/**
 * The noun closing "a/one + adjectives + noun" when a comma or an auxiliary
 * follows it ("a commercial ship, sunk…", "one guard was killed"), else
 * undefined: without a noun list, "a drone hit a depot" gives nothing.
 *
 * @example
 * singularHead(candidateFor('a'), context); // in "a commercial ship, sunk two others" → "ship"
 */
export function singularHead(candidate: Candidate, context: Context): string | undefined {
  const { folded, grammar, sentence } = context;
  if (grammar.plurals.length === 0) return undefined;
  const isStop = (word: string) => (grammar.roles.get('stop')?.has(keyOf(word)) ?? false) || grammar.words.has(keyOf(word));
  const words: string[] = [];
  NEXT.lastIndex = candidate.number.end;
  for (let match = NEXT.exec(folded); match && NEXT.lastIndex <= sentence.end; match = NEXT.exec(folded)) {
    const word = match[1];
    const closed = word === undefined || (words.length > 0 && (grammar.roles.get('auxiliary')?.has(keyOf(word)) ?? false));
    if (closed) {
      const head = words.at(-1);
      return head !== undefined && singularize(head, grammar.plurals) === null ? head : undefined;
    }
    if (words.length === 3 || !HEAD_WORD.test(word) || isStop(word)) return undefined;
    words.push(word);
  }
  return undefined;
}

/** "the number of containers … is about 5,000": the noun after a count-of phrase earlier in the sentence. */
function countedBefore(candidate: Candidate, context: Context): string | undefined {
  const phrases = [...(context.grammar.roles.get('count-of') ?? [])];
  const before = context.folded.slice(context.sentence.start, candidate.number.start).toLowerCase();
  let position = -1;
  for (const phrase of phrases) {
    const at = before.lastIndexOf(phrase);
    if (at >= 0 && at + phrase.length > position) position = at + phrase.length;
  }
  if (position < 0) return tollBefore(context, before);
  const start = context.sentence.start + position + (before.slice(position).match(/^[ ]*/)?.[0].length ?? 0);
  const found = unitAt(context, start) ?? guessPlural(context, start);
  return found && found.info.kind === 'count' ? found.info.lemma : undefined;
}

/** "the death toll rose to at least 44": the lemma of the last toll noun before the number. */
function tollBefore(context: Context, before: string): string | undefined {
  let last: string | undefined;
  for (const match of before.matchAll(context.grammar.tolls)) last = match[0];
  if (last === undefined) return undefined;
  return context.grammar.tollLemmas.get(keyOf(last));
}

/** "Leopard 2", "Boeing 737": a bare number right after a capitalised word inside the sentence is part of a name. */
function followsName(candidate: Candidate, context: Context): boolean {
  const before = context.folded.slice(context.sentence.start, candidate.number.start);
  return /[^\s][ ]+\p{Lu}[\p{L}\p{N}-]*[ ]$/u.test(before);
}

/** Bare digits inherit; a bare spelled word ("one", "neuf", "hundreds") is too often no count. */
function mayInherit(candidate: Candidate): boolean {
  if (candidate.spelled) return false;
  return !isYearLike(candidate);
}

/**
 * 1000–2100 written without separators: a year, not a count.
 *
 * @example
 * isYearLike(candidateFor('2022')); // true; "2 022" and "2022,5" are not
 */
export function isYearLike(candidate: Candidate): boolean {
  return candidate.scale === 1 && Number.isInteger(candidate.value) && candidate.value >= 1000 && candidate.value <= 2100 &&
    candidate.number.end - candidate.number.start === 4;
}

/**
 * Keeps "une personne", "a civilian" as a count of one only where the text is
 * counting: beside another count, joined by "et", "and", a comma ("trois
 * entités et une personne", "two soldiers and a civilian"). Elsewhere the
 * article is only an article.
 */
import type { Candidate, Context } from './candidate.ts';

const JOIN = /^[ ,;]*(?:et|and|ou|or|plus|dont|including)?[ ,;]*$/iu;

/**
 * Drops every article read as "one" that is not listed beside another count.
 *
 * @example
 * keepCountedArticles(candidates, context); // "trois entités et une personne" → keeps 1 person
 */
export function keepCountedArticles(candidates: readonly Candidate[], context: Context): Candidate[] {
  return candidates.map((candidate, index) => {
    if (candidate.rule !== 'article-one' && !candidate.rule.startsWith('article-one.')) return candidate;
    if (candidate.drop) return candidate;
    // the noun must follow right after: "une personne", not "une nouvelle série de frappes"
    const direct = candidate.rule.startsWith('article-one.unit') && candidate.unitKind === 'count';
    const beside = [candidates[index - 1], candidates[index + 1]].some(
      (other) =>
        other !== undefined && !other.drop && other.rule.split('.')[0] !== 'article-one' && other.unitKind === 'count' &&
        JOIN.test(context.folded.slice(Math.min(other.end, candidate.end), Math.max(other.start, candidate.start))),
    );
    return direct && beside ? candidate : { ...candidate, drop: 'article' };
  });
}

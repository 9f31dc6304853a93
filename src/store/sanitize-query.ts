/**
 * Turns any user string into a safe FTS5 query. FTS5 reads `"`, `*`, `^`,
 * `:`, `(`, `-`, `NEAR`, `AND`, `OR`, `NOT` as syntax, so raw user text either
 * throws ("nord-coréens", "2,3") or changes meaning. Here every word becomes a
 * double-quoted string (quotes doubled inside), so FTS5 sees only phrases,
 * joined by its implicit AND: "nord-coréens" → `"nord-coréens"`, which FTS5
 * tokenises to the phrase `nord coreens`.
 */

/** At most this many terms are kept: a 10 KB paste searches its first words. */
export const MAX_TERMS = 32;
/** A term longer than this is cut: no word of news text is longer. */
export const MAX_TERM_LENGTH = 64;

/**
 * The FTS5 MATCH expression for a user's query, or null when nothing
 * searchable is left (then there are no results).
 *
 * @example
 * sanitizeQuery('soldats nord-coréens'); // '"soldats" "nord-coréens"'
 * sanitizeQuery('"; DROP TABLE articles; --'); // '"DROP" "TABLE" "articles"'
 * sanitizeQuery('*** ()'); // null
 */
export function sanitizeQuery(query: string): string | null {
  const terms = query
    // Control characters (NUL included) and unpaired surrogates are separators.
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .split(/[\s"]+/u)
    .map(trimTerm)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS)
    .map((term) => `"${[...term].slice(0, MAX_TERM_LENGTH).join('').replace(/"/g, '""')}"`);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Drops punctuation at either end ("(Russie)," → "Russie"); inner hyphens and commas stay ("2,3"). */
function trimTerm(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

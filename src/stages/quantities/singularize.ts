/**
 * Turns a plural noun into its singular lemma by the rules of
 * `quantity-plurals.tsv` ("companies" → "company", "drones" → "drone").
 */
import type { PluralRule } from './compile-grammar.ts';

/**
 * The singular of a regular plural, or null when the word does not look plural.
 *
 * @example
 * singularize('companies', rules); // "company"
 * singularize('status', rules); // null
 */
export function singularize(word: string, rules: readonly PluralRule[]): string | null {
  for (const rule of rules) {
    if (!word.endsWith(rule.suffix) || word.length <= rule.suffix.length + 1) continue;
    if (rule.keep.some((ending) => word.endsWith(ending))) return null;
    return word.slice(0, word.length - rule.suffix.length) + rule.singular;
  }
  return null;
}

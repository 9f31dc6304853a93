/**
 * The keys under which a word of running text may be found in the form map:
 * the word lower-cased with ’ folded to ', then without an elided clitic
 * (« n'a », « s'est ») or an inverted subject pronoun (« a-t-il »).
 */
import { foldTypography } from '../../core/words.ts';

// « n'a », « qu'ont », « s'était », « l'avait », « d'améliorer »
const ELIDED = /^(?:j|m|t|s|l|n|c|d|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
// « a-t-il », « dit-elle », « estiment-ils », « peut-on », « sait-on »
const INVERTED = /(?:-t)?-(?:je|tu|il|elle|on|nous|vous|ils|elles)$/u;

/**
 * Lookup keys for a word, most literal first.
 *
 * @example
 * lookupKeys('N’a-t-il'); // ["n'a-t-il", "a-t-il", "n'a", "a"]
 */
export function lookupKeys(word: string): string[] {
  const folded = foldTypography(word).toLowerCase().trim();
  const keys = [folded];
  const bare = folded.replace(ELIDED, '');
  if (bare !== folded) keys.push(bare);
  for (const key of [...keys]) {
    const stripped = key.replace(INVERTED, '');
    if (stripped !== key && stripped !== '') keys.push(stripped);
  }
  return keys;
}

/**
 * A copy of a text for matching: same length (offsets stay valid), typography
 * folded (’ → ', no-break space → space), line breaks → space, lower-cased and
 * without accents, one code unit at a time.
 */
import { foldTypography } from '../../core/words.ts';

const cache = new Map<string, string>();

function foldChar(char: string): string {
  const known = cache.get(char);
  if (known !== undefined) return known;
  let out = char.toLowerCase();
  if (out.length !== 1) out = char;
  const bare = out.normalize('NFD').replace(/\p{M}/gu, '');
  if (bare.length === 1) out = bare;
  if (/\s/u.test(out)) out = ' ';
  cache.set(char, out);
  return out;
}

// what may change in folding: controls (line breaks → space), capitals, anything past ASCII; one code unit at a time
const FOLDABLE = /[^\x20-\x40\x5B-\x7F]/g;

/**
 * Folds a text for gazetteer matching without changing its length.
 *
 * @example
 * foldForMatch('Corée du\u00A0Nord'); // "coree du nord"
 */
export function foldForMatch(text: string): string {
  // most code units (lower-case ASCII, digits, spaces, punctuation) are their own fold: only the others are replaced
  return foldTypography(text).replace(FOLDABLE, foldChar);
}

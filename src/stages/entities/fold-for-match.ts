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

/**
 * Folds a text for gazetteer matching without changing its length.
 *
 * @example
 * foldForMatch('Corée du\u00A0Nord'); // "coree du nord"
 */
export function foldForMatch(text: string): string {
  const typed = foldTypography(text);
  let out = '';
  for (let i = 0; i < typed.length; i++) out += foldChar(typed[i]!);
  return out;
}

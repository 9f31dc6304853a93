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
  const parts: string[] = new Array(typed.length);
  for (let i = 0; i < typed.length; i++) {
    const code = typed.charCodeAt(i);
    // ASCII letters, digits and punctuation fold to themselves or their lower case
    if (code >= 65 && code <= 90) parts[i] = String.fromCharCode(code + 32);
    else if (code > 32 && code < 128) parts[i] = typed[i]!;
    else parts[i] = foldChar(typed[i]!);
  }
  return parts.join('');
}

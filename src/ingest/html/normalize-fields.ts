/**
 * Small normalisers for the metadata fields a page gives: URLs (http and https
 * only: a `javascript:` canonical is no URL), hosts, language codes, strings
 * too long to be real metadata.
 */
import { squeeze } from './dom.ts';

/**
 * A metadata string, null when absent or longer than any real one (an
 * unclosed `<title>` swallows the page).
 *
 * @example
 * clip('  Titre  ', 400); // 'Titre'
 * clip('x'.repeat(5000), 400); // null
 */
export function clip(value: string | null | undefined, max: number): string | null {
  const text = squeeze(value);
  return text !== '' && text.length <= max ? text : null;
}

/**
 * The URL when it is an http(s) one, else null.
 *
 * @example
 * safeUrl('https://example.fr/a'); // 'https://example.fr/a'
 * safeUrl('file:///etc/passwd');   // null
 */
export function safeUrl(url: string | null): string | null {
  return resolve(url, null);
}

/**
 * A link resolved against a base, when the result is http(s).
 *
 * @example
 * resolve('/monde/a.html', 'https://example.fr/x/y'); // 'https://example.fr/monde/a.html'
 */
export function resolve(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    const resolved = new URL(link, base ?? undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The host of a URL without `www.`, the outlet's name of last resort.
 *
 * @example
 * hostOf('https://www.example.fr/a'); // 'example.fr'
 */
export function hostOf(url: string | null): string | null {
  const parsed = resolve(url, null);
  return parsed ? new URL(parsed).hostname.replace(/^www\./, '') || null : null;
}

/**
 * "fr-FR", "fr_FR", "FR" → "fr"; anything that is not a two- or three-letter code → null.
 *
 * @example
 * languageCode('en_GB'); // 'en'
 */
export function languageCode(value: string | null): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

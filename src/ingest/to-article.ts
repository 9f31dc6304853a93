/**
 * A loaded item → the article to analyse and store: HTML goes through the
 * extractor, text keeps what its source said; fields known from a feed or a
 * JSON record fill what the page does not say.
 */
import { canonicalizeUrl } from './canonical-url.ts';
import { contentHash, simhash } from './dedupe.ts';
import { extractArticle } from './html/index.ts';
import type { Loaded } from './source-item.ts';
import type { NewArticle } from '../store/types.ts';

/**
 * An article before its language is known: `declaredLang` comes from the
 * source (a JSON record, a feed) and is trusted; `pageLang` (`<html lang>`) is
 * often site-wide, so it only breaks a tie when detection cannot tell.
 */
export type Draft = Omit<NewArticle, 'lang'> & { readonly declaredLang: string | null; readonly pageLang: string | null };

/**
 * The article of a loaded item; throws when it has no text.
 *
 * @example
 * toArticle({ kind: 'text', text: 'Titre\n\nLe texte.', url: null, hints: { title: 'Titre' } }).title; // "Titre"
 */
export function toArticle(loaded: Loaded): Draft {
  const hints = loaded.hints;
  let fields: { title: string | null; text: string; section: string | null; byline: string | null; published: string | null; lang: string | null; outlet: string | null; canonicalUrl: string | null };
  if (loaded.kind === 'html') {
    const extracted = extractArticle(loaded.html, loaded.url);
    fields = { ...extracted };
    if (fields.text.trim() === '' && hints.fallback) {
      fields = { ...extractArticle(`<html><body><article>${hints.fallback}</article></body></html>`, loaded.url) };
    }
  } else {
    fields = { title: null, text: loaded.text, section: null, byline: null, published: null, lang: null, outlet: null, canonicalUrl: null };
  }
  const text = fields.text.replace(/^\uFEFF/u, '').trim();
  if (text === '') throw new Error('no article text could be read');
  const url = loaded.url;
  const canonicalUrl = canonicalizeUrl(fields.canonicalUrl ?? '') ?? (url === null ? null : canonicalizeUrl(url));
  return {
    url,
    canonicalUrl,
    title: fields.title ?? hints.title ?? null,
    section: fields.section,
    byline: fields.byline,
    published: fields.published ?? hints.published ?? null,
    declaredLang: hints.lang ?? null,
    pageLang: fields.lang,
    outlet: hints.outlet ?? fields.outlet ?? hostOf(url),
    text,
    contentHash: contentHash(text),
    simhash: simhash(text),
  };
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./u, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/**
 * Article metadata from `<meta>`, `<link>`, `<time>` and `<html lang>`:
 * OpenGraph (`og:title`, `og:site_name`, `og:url`, `og:locale`),
 * `article:published_time` / `article:section` / `article:author`, Dublin Core
 * and plain `name="date|author|description"` tags, `<link rel=canonical>`.
 */
import { parseLooseDate } from '../feed/parse-loose-date.ts';
import { attr, squeeze, type DomDocument } from './dom.ts';

export interface MetaTags {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly canonical: string | null;
  readonly published: string | null;
  readonly section: string | null;
  readonly author: string | null;
  readonly description: string | null;
  readonly lang: string | null;
  /** `datetime` of the first `<time>` element (inside `<article>` when there is one). */
  readonly time: string | null;
  /** The `<title>` element. */
  readonly documentTitle: string | null;
}

/**
 * Reads the page's meta tags; absent ones are null.
 *
 * @example
 * readMetaTags(document).siteName; // 'Journal d’essai'
 */
export function readMetaTags(document: DomDocument): MetaTags {
  // One pass over the meta tags (a querySelector per key costs milliseconds each on a big page).
  const metas = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const value = squeeze(attr(element, 'content'));
    const key = attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop') ?? attr(element, 'http-equiv');
    if (value && key && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), value);
  }
  const content = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = metas.get(key.toLowerCase());
      if (value) return value;
    }
    return null;
  };
  const time =
    document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]') ?? null;
  const htmlLang = attr(document.documentElement, 'lang') ?? attr(document.documentElement, 'xml:lang');
  return {
    title: content('og:title', 'twitter:title', 'dc.title'),
    siteName: content('og:site_name', 'application-name'),
    url: content('og:url'),
    canonical: attr(document.querySelector('link[rel="canonical"]'), 'href'),
    published: content(
      'article:published_time',
      'datePublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'sailthru.date',
      'parsely-pub-date',
    ),
    section: content('article:section', 'section', 'parsely-section'),
    author: content('author', 'article:author', 'dc.creator', 'byl', 'parsely-author'),
    description: content('description', 'og:description'),
    lang: htmlLang ?? content('og:locale', 'content-language', 'language', 'dc.language'),
    time: attr(time, 'datetime') ?? timeText(document),
    documentTitle: squeeze(document.querySelector('title')?.textContent) || null,
  };
}

/** The text of the first `<time>` without `datetime` ("7 novembre 2024"), parsed later like any date. */
function timeText(document: DomDocument): string | null {
  const text = squeeze((document.querySelector('article time') ?? document.querySelector('time'))?.textContent);
  return text !== '' && text.length <= 80 ? text : null;
}

/**
 * A publication date written in a URL path: /2024/11/07/ or /20241107/.
 *
 * @example
 * dateFromUrl('https://example.fr/monde/2024/11/07/otan.html'); // '2024-11-07'
 */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/.exec(path);
  if (!match) return null;
  const [, year, month, day] = match;
  return parseLooseDate(`${year}-${month}-${day}`);
}

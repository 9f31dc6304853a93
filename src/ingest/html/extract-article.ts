/**
 * A news page → its article: text from Readability over a linkedom DOM (no
 * script ever runs: linkedom has no script engine and scripts are removed
 * first), metadata from JSON-LD, meta tags, `<time>`, the breadcrumb and the
 * URL, each field taking the first source that has it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { canonicalizeUrl } from '../canonical-url.ts';
import { parseLooseDate } from '../feed/parse-loose-date.ts';
import { cleanByline } from './clean-byline.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { squeeze, type DomDocument, type DomElement, type DomNode } from './dom.ts';
import { limitDepth } from './limit-depth.ts';
import { trimTitle } from './trim-title.ts';
import { clip, hostOf, languageCode, resolve, safeUrl } from './normalize-fields.ts';
import { readJsonLd } from './read-json-ld.ts';
import { dateFromUrl, readMetaTags } from './read-meta-tags.ts';
import { navBreadcrumb, sectionFromTrail } from './read-breadcrumb.ts';

export interface ExtractedArticle {
  readonly title: string | null;
  /** Paragraphs, one per line, separated by a blank line; '' when the page has no readable text. */
  readonly text: string;
  readonly section: string | null;
  /** Author names, cleaned and joined by ", ". */
  readonly byline: string | null;
  /** `YYYY-MM-DD`. */
  readonly published: string | null;
  /** ISO 639-1 code the page declares (`fr`, `en`), lower case. */
  readonly lang: string | null;
  /** Site or publisher name; the host without `www.` when the page names none. */
  readonly outlet: string | null;
  readonly canonicalUrl: string | null;
  readonly description: string | null;
}

/** Elements removed before anything reads the DOM. */
const INERT = 'script:not([type*="ld+json"]), style, noscript, template, iframe, object, embed, frame, frameset, link[rel="import"]';

/** News pages have 1 500–10 000 elements; a page far past that is generated junk. */
const MAX_ELEMENTS = 25_000;

/** Pages past this size are cut: no news article needs more, and Readability is quadratic on some shapes. */
const MAX_HTML = 3_000_000;

/**
 * Extracts the article of an HTML page. Never throws on bad markup: a page
 * without an article gives `text: ''` and whatever metadata it had.
 *
 * @example
 * const article = extractArticle(html, 'https://journal.example.fr/international/2024/11/07/otan.html');
 * article.byline;    // 'Jean Dupont' (from "Par Jean Dupont (Bruxelles, envoyé spécial)")
 * article.published; // '2024-11-07'
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle {
  const base = safeUrl(url);
  const { document } = parseHTML(wrapDocument(html.slice(0, MAX_HTML), base)) as unknown as { document: DomDocument };
  for (const element of Array.from(document.querySelectorAll(INERT))) element.remove();
  if (document.documentElement) limitDepth(document.documentElement);
  const jsonLd = readJsonLd(document);
  const meta = readMetaTags(document);
  const trail = jsonLd.breadcrumb.length > 0 ? jsonLd.breadcrumb : navBreadcrumb(document);
  const bylineElement = document.querySelector('.byline, [rel="author"], [itemprop="author"], .author, .signature');
  const domByline = squeeze(bylineElement?.textContent) || null;
  // "By Jane Doe, Reuters · March 4" is metadata, not the article's first paragraph.
  if (bylineElement && domByline && domByline.length < 200) bylineElement.remove();
  for (const element of Array.from(document.querySelectorAll('script'))) element.remove();
  const heading = squeeze((document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent) || null;
  const readable = runReadability(document);
  const outlet = jsonLd.publisher ?? meta.siteName ?? readable?.siteName ?? hostOf(base);
  // `||`, not `??`: Readability gives '' for a page without <title>; the <h1> is the last resort.
  const rawTitle = jsonLd.headline || meta.title || readable?.title || meta.documentTitle || heading;
  const title = rawTitle ? trimTitle(squeeze(rawTitle), outlet, heading) : null;
  const text = preferArticleBody(readable?.text || bodyText(document), jsonLd.articleBody);
  const body = title ? dropLeadingTitle(text, title) : text;
  const canonical = resolve(meta.canonical, base) ?? resolve(meta.url, base) ?? resolve(jsonLd.url, base);
  return {
    title: clip(title, 400),
    text: body,
    section: jsonLd.section ?? meta.section ?? sectionFromTrail(trail, title),
    byline: cleanByline(jsonLd.authors.join(' and ')) ?? cleanByline(meta.author) ?? cleanByline(readable?.byline) ?? cleanByline(domByline),
    published:
      parseLooseDate(jsonLd.datePublished) ??
      parseLooseDate(meta.published) ??
      parseLooseDate(meta.time) ??
      dateFromUrl(base) ??
      parseLooseDate(readable?.publishedTime),
    lang: languageCode(jsonLd.inLanguage ?? meta.lang ?? readable?.lang ?? null),
    outlet,
    canonicalUrl: canonical ? canonicalizeUrl(canonical) : base ? canonicalizeUrl(base) : null,
    description: clip(jsonLd.description ?? meta.description, 2000),
  };
}

interface Readable {
  readonly title: string | null;
  readonly text: string;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly lang: string | null;
  readonly publishedTime: string | null;
}

/** Readability's article, its content kept as a DOM node so paragraphs survive; null when it finds none. */
function runReadability(document: DomDocument): Readable | null {
  try {
    // Past MAX_ELEMENTS Readability throws at once instead of scoring for seconds; the body's paragraphs are read.
    const reader = new Readability<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode, maxElemsToParse: MAX_ELEMENTS });
    const result = reader.parse();
    if (!result) return null;
    return {
      title: result.title ?? null,
      text: result.content ? collectParagraphs(result.content) : '',
      byline: result.byline ?? null,
      siteName: result.siteName ?? null,
      lang: result.lang ?? null,
      publishedTime: result.publishedTime ?? null,
    };
  } catch {
    // Readability gives up on some broken trees; the body's own paragraphs are read instead.
    return null;
  }
}

/**
 * JSON-LD `articleBody` when the DOM gave less than half of it (a page whose
 * body a script fills in): its lines become paragraphs.
 */
function preferArticleBody(text: string, articleBody: string | null): string {
  if (!articleBody || text.length * 2 >= articleBody.length) return text;
  return articleBody
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** Text never opens with the title (Readability keeps an `<h1>` it could not match to a `<title>`). */
function dropLeadingTitle(text: string, title: string): string {
  const end = text.indexOf('\n\n');
  const first = end < 0 ? text : text.slice(0, end);
  return first.trim() === title && end >= 0 ? text.slice(end + 2) : text;
}

/** Fallback text: the `<article>`, `<main>` or body paragraphs (Readability mutates the tree, so re-query). */
function bodyText(document: DomDocument): string {
  const root: DomElement | null = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return root ? collectParagraphs(root) : '';
}

/** Gives linkedom a full document (a bare fragment would become the root element) with the page URL as base. */
function wrapDocument(html: string, base: string | null): string {
  const baseTag = base ? `<base href="${base.replace(/"/g, '&quot;')}">` : '';
  if (!/<html[\s>]/i.test(html)) return `<!DOCTYPE html><html><head>${baseTag}</head><body>${html}</body></html>`;
  if (!baseTag || /<base\s[^>]*href/i.test(html)) return html;
  if (/<head[\s>]/i.test(html)) return html.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}${baseTag}`);
  return html.replace(/<html(\s[^>]*)?>/i, (tag) => `${tag}<head>${baseTag}</head>`);
}

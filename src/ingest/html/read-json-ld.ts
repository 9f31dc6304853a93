/**
 * Article metadata from JSON-LD (schema.org): the most reliable source on news
 * sites, which publish it for search engines. Handles a single object, an
 * array, `@graph`, `@type` arrays, and authors/publishers as strings, objects
 * or arrays.
 */
import { squeeze, type DomDocument } from './dom.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** What JSON-LD says about the page's article. */
export interface JsonLdMeta {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly authors: readonly string[];
  readonly section: string | null;
  readonly publisher: string | null;
  readonly inLanguage: string | null;
  readonly url: string | null;
  readonly description: string | null;
  /** `articleBody`, line breaks kept (pages rendered by scripts carry their only copy of the text here). */
  readonly articleBody: string | null;
  /** Names of a BreadcrumbList, in position order. */
  readonly breadcrumb: readonly string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|WebPage)$/;

/**
 * Reads every `<script type="application/ld+json">`; malformed blocks are skipped.
 *
 * @example
 * readJsonLd(document).headline; // 'Les ministres se réunissent à Bruxelles'
 */
export function readJsonLd(document: DomDocument): JsonLdMeta {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type*="ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > 1_000_000) continue;
    try {
      collect(JSON.parse(source) as Json, nodes, 0);
    } catch {
      // A broken block (trailing comma, HTML comment) is common; other sources remain.
    }
  }
  const articles = nodes.filter((node) => types(node).some((type) => ARTICLE_TYPES.test(type)));
  // A WebPage wrapping a NewsArticle: take the more specific one.
  articles.sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
  const article = articles[0] ?? null;
  const crumbs = nodes.find((node) => types(node).includes('BreadcrumbList')) ?? null;
  return {
    headline: text(article?.['headline']) ?? text(article?.['name']),
    datePublished: text(article?.['datePublished']) ?? text(article?.['dateCreated']),
    // An Organization as author ("Le Monde", "Reuters") is the outlet, not a byline.
    authors: names(article?.['author'], true),
    section: first(article?.['articleSection']),
    publisher: names(article?.['publisher'])[0] ?? null,
    inLanguage: first(article?.['inLanguage']),
    url: text(article?.['url']) ?? text(idOf(article?.['mainEntityOfPage'])),
    description: text(article?.['description']),
    articleBody: typeof article?.['articleBody'] === 'string' ? article['articleBody'].trim() || null : null,
    breadcrumb: crumbs ? breadcrumbNames(crumbs) : [],
  };
}

/** Flattens arrays and `@graph` into a list of objects. */
function collect(value: Json, into: JsonObject[], depth: number): void {
  if (depth > 10 || into.length > 200) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    into.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
  }
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return squeeze(value) || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function first(value: Json | undefined): string | null {
  return Array.isArray(value) ? text(value[0]) : text(value);
}

function idOf(value: Json | undefined): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value['@id'] : value;
}

/** "Jane Doe", {name}, [{name}, "John Roe"] → names; `peopleOnly` skips Organization entries. */
function names(value: Json | undefined, peopleOnly = false): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item) => !(peopleOnly && item !== null && typeof item === 'object' && !Array.isArray(item) && types(item).includes('Organization')))
    .map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? text(item['name']) : text(item)))
    .filter((name): name is string => name !== null);
}

function breadcrumbNames(list: JsonObject): string[] {
  const items = list['itemListElement'];
  const elements = (Array.isArray(items) ? items : [items]).filter(
    (item): item is JsonObject => item !== null && typeof item === 'object' && !Array.isArray(item),
  );
  return elements
    .map((element) => {
      const item = element['item'];
      const name = text(element['name']) ?? (item && typeof item === 'object' && !Array.isArray(item) ? text(item['name']) : null);
      return { name, position: typeof element['position'] === 'number' ? element['position'] : Number(element['position'] ?? 0) };
    })
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.name)
    .filter((name): name is string => name !== null);
}

/**
 * RSS 2.0 and RSS 1.0 (RDF) channels → feed items. Namespace prefixes are
 * removed by the parser, so `content:encoded` arrives as `encoded` and
 * `dc:date` as `date`.
 */
import { parseLooseDate } from './parse-loose-date.ts';
import { plainTitle } from './plain-title.ts';
import type { Feed, FeedItem } from './parse-feed.ts';
import { attributeOf, listOf, objectOf, resolveLink, textOf, type XmlObject, type XmlValue } from './xml-values.ts';

/**
 * Normalises an RSS 2.0 `<channel>` (items inside it) or an RDF root (items beside the channel).
 *
 * @example
 * normalizeRss(channel, channel['item'], 'https://example.fr/rss'); // { title, items: [...] }
 */
export function normalizeRss(channel: XmlObject | null, items: XmlValue, feedUrl: string | null): Feed {
  const channelLink = rssLink(channel?.['link'] ?? null, feedUrl);
  const base = feedUrl ?? channelLink;
  return {
    title: textOf(channel?.['title'] ?? null),
    items: listOf(items)
      .map(objectOf)
      .filter((item): item is XmlObject => item !== null)
      .map((item) => rssItem(item, base)),
  };
}

function rssItem(item: XmlObject, base: string | null): FeedItem {
  const guid = textOf(item['guid'] ?? null) ?? attributeOf(item, 'about');
  const permalink = attributeOf(item['guid'] ?? null, 'isPermaLink') !== 'false' ? guid : null;
  const link = rssLink(item['link'] ?? null, base) ?? (permalink && /^https?:/i.test(permalink) ? permalink : null);
  const summary = textOf(item['description'] ?? null);
  // pubDate, then dc:date, then the Atom elements some RSS feeds borrow (atom:published, a10:updated).
  const published = ['pubDate', 'date', 'published', 'updated']
    .map((name) => parseLooseDate(textOf(item[name] ?? null)))
    .find((date) => date !== null) ?? null;
  return {
    title: plainTitle(textOf(item['title'] ?? null)),
    link,
    published,
    summary,
    content: textOf(item['encoded'] ?? null) ?? summary,
    guid: guid ?? link,
  };
}

/** RSS `<link>` text, or an `atom:link href` that the prefix removal merged into `link`. */
function rssLink(value: XmlValue, base: string | null): string | null {
  for (const candidate of listOf(value)) {
    const href = typeof candidate === 'string' ? candidate.trim() : attributeOf(candidate, 'href') ?? textOf(candidate);
    if (href && attributeOf(candidate, 'rel') !== 'self') return resolveLink(href, base);
  }
  return null;
}

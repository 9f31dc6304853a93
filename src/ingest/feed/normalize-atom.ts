/**
 * Atom `<feed>` → feed items. `published` is preferred over `updated`: a
 * correction made a week later must not move the article's date (the trap
 * feed libraries fall into).
 */
import { parseLooseDate } from './parse-loose-date.ts';
import { plainTitle } from './plain-title.ts';
import type { Feed, FeedItem } from './parse-feed.ts';
import { attributeOf, listOf, objectOf, resolveLink, textOf, type XmlObject, type XmlValue } from './xml-values.ts';

/**
 * Normalises an Atom feed element.
 *
 * @example
 * normalizeAtom(root['feed'], 'https://example.org/atom.xml'); // { title, items: [...] }
 */
export function normalizeAtom(feed: XmlObject, feedUrl: string | null): Feed {
  const base = resolveLink(attributeOf(feed, 'xml:base') ?? attributeOf(feed, 'base'), feedUrl) ?? feedUrl;
  return {
    title: textOf(feed['title'] ?? null),
    items: listOf(feed['entry'] ?? null)
      .map(objectOf)
      .filter((entry): entry is XmlObject => entry !== null)
      .map((entry) => atomEntry(entry, resolveLink(attributeOf(entry, 'base'), base) ?? base)),
  };
}

function atomEntry(entry: XmlObject, base: string | null): FeedItem {
  const link = atomLink(entry['link'] ?? null, base);
  const summary = textOf(entry['summary'] ?? null);
  return {
    title: plainTitle(textOf(entry['title'] ?? null)),
    link,
    // Atom 1.0 published, then Atom 0.3 issued/created, and only then updated/modified.
    published: ['published', 'issued', 'created', 'updated', 'modified']
      .map((name) => parseLooseDate(textOf(entry[name] ?? null)))
      .find((date) => date !== null) ?? null,
    summary,
    content: textOf(entry['content'] ?? null) ?? summary,
    guid: textOf(entry['id'] ?? null) ?? link,
  };
}

/** The `rel="alternate"` link (or one without rel), resolved. */
function atomLink(value: XmlValue, base: string | null): string | null {
  const links = listOf(value);
  const alternate =
    links.find((link) => (attributeOf(link, 'rel') ?? 'alternate') === 'alternate' && attributeOf(link, 'href')) ??
    links.find((link) => attributeOf(link, 'href'));
  return resolveLink(alternate ? attributeOf(alternate, 'href') : textOf(value), base);
}

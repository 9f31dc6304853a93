/**
 * Feed XML → a title and items, whatever the dialect (RSS 2.0, RSS 1.0/RDF,
 * Atom). Parsing is fast-xml-parser's; what the elements mean is ours.
 */
import { XMLParser } from 'fast-xml-parser';
import { normalizeAtom } from './normalize-atom.ts';
import { normalizeRss } from './normalize-rss.ts';
import { objectOf, type XmlObject } from './xml-values.ts';

export interface FeedItem {
  readonly title: string | null;
  /** The item's page, absolute; null when the item links nothing. */
  readonly link: string | null;
  /** `YYYY-MM-DD` (Atom `published` before `updated`), or null. */
  readonly published: string | null;
  readonly summary: string | null;
  /** Full content (`content:encoded`, Atom `content`) as HTML or text; the summary when there is none. */
  readonly content: string | null;
  /** A stable id: `guid`, Atom `id`, RDF `rdf:about`, else the link. */
  readonly guid: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

/**
 * Parses an RSS, RDF or Atom document. Throws a `veille:` error when the text
 * is not a feed.
 *
 * @example
 * parseFeed('<rss><channel><title>Monde</title><item><title>Titre</title><link>/a</link></item></channel></rss>', 'https://example.fr/rss');
 * // { title: 'Monde', items: [{ title: 'Titre', link: 'https://example.fr/a', … }] }
 */
export function parseFeed(xml: string, feedUrl: string | null): Feed {
  let root: XmlObject;
  try {
    // A DOCTYPE is never needed by a feed and is how entity-expansion attacks arrive.
    // `true` validates first: mismatched tags are an error, not a silently odd tree.
    // A bare "&" ("AT&T", "Q&A") is the most common breakage of hand-made feeds: escaped, not fatal.
    const repaired = xml.replace(/<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>/gi, '').replace(/&(?!#\d+;|#x[\da-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
    const parsed: unknown = parser.parse(repaired, true);
    root = parsed as XmlObject;
  } catch (error) {
    const reason = error instanceof Error ? error.message : describeValidation(error);
    throw new Error(`veille: the feed is not well-formed XML (${reason.split('\n')[0]})`);
  }
  const rss = objectOf(root['rss'] ?? null);
  if (rss) {
    const channel = objectOf(rss['channel'] ?? null);
    return normalizeRss(channel, channel?.['item'] ?? null, feedUrl);
  }
  const atom = objectOf(root['feed'] ?? null);
  if (atom) return normalizeAtom(atom, feedUrl);
  const rdf = objectOf(root['RDF'] ?? null);
  if (rdf) return normalizeRss(objectOf(rdf['channel'] ?? null), rdf['item'] ?? null, feedUrl);
  throw new Error('veille: not a feed: no <rss>, <feed> (Atom) or <rdf:RDF> root element');
}

/** fast-xml-parser throws its validation result object, not an Error. */
function describeValidation(error: unknown): string {
  const detail = (error as { err?: { msg?: string; line?: number } } | null)?.err;
  return detail?.msg ? `${detail.msg}${detail.line ? ` at line ${detail.line}` : ''}` : String(error);
}

/**
 * Tells a feed from a web page or plain text by its first root element, so a
 * URL or file can be routed without trusting its extension or Content-Type.
 */

/**
 * True when the text starts (after an XML declaration, comments, a DOCTYPE or
 * processing instructions) with `<rss`, `<feed` (Atom) or `<rdf:RDF`.
 *
 * @example
 * isFeed('<?xml version="1.0"?><rss version="2.0">…'); // true
 * isFeed('<!doctype html><html>…');                   // false
 */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i.exec(head);
  const rest = head.slice(prolog?.[0].length ?? 0);
  return /^<(?:rss|feed|rdf:RDF|RDF)[\s>]/i.test(rest) || /^<[\w-]+:(?:rss|feed)[\s>]/i.test(rest);
}

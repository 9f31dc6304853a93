/** Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, with dates in French and English. */
export { parseFeed, type Feed, type FeedItem } from './parse-feed.ts';
export { isFeed } from './is-feed.ts';
export { parseLooseDate } from './parse-loose-date.ts';

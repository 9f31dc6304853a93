/**
 * One URL per article: the same page reached from a newsletter, a feed or a
 * social network carries tracking parameters, fragments, a `www.` or not, a
 * default port or a trailing slash. Deduplication compares canonical URLs.
 *
 * Choices: the host is lower-cased and a leading `www.` is dropped (news sites
 * serve the same page on both; a site where they differ is vanishingly rare);
 * the scheme is kept (http and https are different fetches); fragments,
 * default ports, tracking parameters (lang/world/ingest-tracking-params.tsv)
 * and a trailing slash on a non-root path are dropped; remaining query
 * parameters are sorted by name (stable for equal names).
 */
import { join } from 'node:path';
import { LANG_ROOT, readTable } from '../lang/load.ts';

interface TrackingRules {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

let rules: TrackingRules | null = null;

function trackingRules(): TrackingRules {
  if (rules) return rules;
  const rows = readTable(join(LANG_ROOT, 'world', 'ingest-tracking-params.tsv'));
  rules = {
    exact: new Set(rows.filter((row) => row['match'] === 'exact').map((row) => row['param'] ?? '')),
    prefixes: rows.filter((row) => row['match'] === 'prefix').map((row) => row['param'] ?? ''),
  };
  return rules;
}

/**
 * True when a query parameter only tracks the click.
 *
 * @example
 * isTrackingParam('utm_source'); // true
 * isTrackingParam('page');       // false
 */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  const { exact, prefixes } = trackingRules();
  return exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix));
}

/**
 * The canonical form of an http(s) URL, or null when the string is not one.
 *
 * @example
 * canonicalizeUrl('https://WWW.Example.fr:443/monde/article/?utm_source=rss&b=2&a=1#comments');
 * // 'https://example.fr/monde/article?a=1&b=2'
 */
export function canonicalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // URL already lower-cases the host and drops default ports (:80 on http, :443 on https).
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  }
  return parsed.toString();
}

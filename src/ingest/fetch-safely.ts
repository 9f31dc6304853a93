/**
 * HTTP(S) GET that cannot be turned against the machine it runs on: the
 * address is checked after DNS resolution, inside the socket's own lookup (so
 * the checked address is the one connected to), and again on every redirect,
 * which are followed by hand. Bounded in time, size and redirects, polite per
 * host, and it says who it is in its User-Agent.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { blockedReason } from './classify-address.ts';
import { limitPerHost } from './limit-per-host.ts';

export const USER_AGENT = 'veille/0.1.0 (+https://github.com/veille-news/veille)';

/** `dns.lookup`'s shape, injectable so tests can make a public-looking name resolve to 127.0.0.1. */
export type LookupFunction = (
  hostname: string,
  options: { all: true; family?: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  readonly allowPrivate?: boolean;
  /** Time to open the connection, ms (default 10 000). */
  readonly connectTimeoutMs?: number;
  /** Time for the whole exchange, redirects included, ms (default 30 000). */
  readonly timeoutMs?: number;
  /** Largest body accepted, bytes (default 10 MB). */
  readonly maxBytes?: number;
  /** Most redirects followed (default 5). */
  readonly maxRedirects?: number;
  readonly lookup?: LookupFunction;
  /** Addresses allowed even though private (a test server on 127.0.0.1 while the rest stays refused). */
  readonly allowAddresses?: readonly string[];
}

export interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
}

/**
 * A fetch refused or failed, with a reason fit for the ingest summary.
 *
 * @example
 * throw new FetchError('HTTP 404 from https://example.org/a');
 */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const defaultLookup: LookupFunction = (hostname, options, callback) => dnsLookup(hostname, options, callback);

/**
 * Fetches a URL's bytes.
 *
 * @example
 * const page = await fetchSafely('https://example.org/news/1.html');
 * page.contentType; // "text/html; charset=utf-8"
 */
export async function fetchSafely(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxRedirects = options.maxRedirects ?? 5;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop += 1) {
    const response = await limitPerHost(current.host, () => getOnce(current, options, deadline));
    if (response.location === null) return { bytes: response.bytes, contentType: response.contentType, url: current.href, status: response.status };
    if (hop >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects from ${url}`);
    current = parseHttpUrl(new URL(response.location, current).href);
  }
}

function parseHttpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError(`"${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`refused scheme "${url.protocol}" in ${text}; only http and https are fetched`);
  return url;
}

interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
  /** Set on a redirect. */
  readonly location: string | null;
}

function getOnce(url: URL, options: FetchOptions, deadline: number): Promise<Answer> {
  const allowPrivate = options.allowPrivate ?? false;
  const allowed = new Set(options.allowAddresses ?? []);
  const refusal = (address: string): string | null => (allowPrivate || allowed.has(address) ? null : blockedReason(address));
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const host = url.hostname.replace(/^\[|\]$/gu, '');
  // An IP literal never goes through lookup: check it here.
  if (isIP(host) !== 0) {
    const why = refusal(host);
    if (why !== null) return Promise.reject(new FetchError(`refused ${url.href}: ${host} is ${why} (use --allow-private to allow)`));
  }
  const resolve = options.lookup ?? defaultLookup;
  const checkedLookup = (hostname: string, lookupOptions: { family?: number; all?: boolean }, callback: (...args: unknown[]) => void): void => {
    resolve(hostname, { all: true, family: lookupOptions.family }, (error, addresses) => {
      if (error) return callback(error);
      const refused = addresses.find((entry) => refusal(entry.address) !== null);
      if (refused) return callback(new FetchError(`refused ${url.href}: ${hostname} resolves to ${refused.address}, ${refusal(refused.address)} (use --allow-private to allow)`));
      if (addresses.length === 0) return callback(new FetchError(`${hostname} has no address`));
      if (lookupOptions.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };

  return new Promise<Answer>((resolvePromise, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new FetchError(`timed out fetching ${url.href}`));
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
      lookup: checkedLookup as never,
      agent: false,
    });
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(connect);
      request.destroy();
      reject(error instanceof FetchError ? error : new FetchError(`${url.href}: ${error.message}`));
    };
    const total = setTimeout(() => fail(new FetchError(`timed out after ${options.timeoutMs ?? 30_000} ms fetching ${url.href}`)), remaining);
    const connect = setTimeout(() => fail(new FetchError(`could not connect to ${url.host} within ${options.connectTimeoutMs ?? 10_000} ms`)), options.connectTimeoutMs ?? 10_000);
    request.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connect);
      else socket.once('connect', () => clearTimeout(connect));
    });
    request.on('error', fail);
    request.on('response', (response: IncomingMessage) => {
      clearTimeout(connect);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        settled = true;
        clearTimeout(total);
        request.destroy();
        return resolvePromise({ status, contentType: null, bytes: new Uint8Array(), location });
      }
      if (status < 200 || status >= 300) return fail(new FetchError(`HTTP ${status} from ${url.href}`));
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (declared > maxBytes) return fail(new FetchError(`${url.href} is ${declared} bytes, over the limit of ${maxBytes}`));
      const chunks: Buffer[] = [];
      let size = 0;
      // The limit counts decompressed bytes: a small gzip bomb stops at maxBytes too.
      const body = decompressed(response, response.headers['content-encoding']);
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(new FetchError(`${url.href} is over the limit of ${maxBytes} bytes`));
        chunks.push(chunk);
      });
      body.on('error', fail);
      body.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(total);
        resolvePromise({ status, contentType: response.headers['content-type'] ?? null, bytes: new Uint8Array(Buffer.concat(chunks)), location: null });
      });
    });
    request.end();
  });
}

function decompressed(response: IncomingMessage, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchSafely, USER_AGENT, type LookupFunction } from './fetch-safely.ts';
import { setHostPause } from './limit-per-host.ts';

let server: Server;
let base = '';
let seenAgent = '';

before(async () => {
  setHostPause(0);
  server = createServer((request, response) => {
    seenAgent = request.headers['user-agent'] ?? '';
    const path = request.url ?? '/';
    if (path === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end('<html><body><p>Une page écrite pour le test.</p></body></html>');
    }
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      response.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/page' });
      return response.end();
    }
    if (path === '/to-metadata') {
      response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
      return response.end();
    }
    if (path === '/to-intranet') {
      response.writeHead(307, { location: 'http://intranet.example/admin' });
      return response.end();
    }
    if (path === '/gzip') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      return response.end(gzipSync('<p>Une page compressée, lue en clair.</p>'));
    }
    if (path === '/bomb') {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      return response.end(gzipSync(Buffer.alloc(5_000_000, 0x61)));
    }
    if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      // No content-length: the limit must be enforced while streaming.
      for (let i = 0; i < 64; i += 1) response.write('x'.repeat(1024));
      return response.end();
    }
    if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('début…');
      return; // never ends
    }
    if (path === '/missing') {
      response.writeHead(404);
      return response.end('no');
    }
    response.writeHead(500);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('fetches a page on 127.0.0.1 with --allow-private, naming veille', async () => {
  const page = await fetchSafely(`${base}/page`, { allowPrivate: true });
  assert.equal(page.status, 200);
  assert.equal(page.contentType, 'text/html; charset=utf-8');
  assert.match(Buffer.from(page.bytes).toString('utf8'), /écrite pour le test/);
  assert.equal(seenAgent, USER_AGENT);
  assert.match(USER_AGENT, /^veille\//);
});

test('refuses loopback without allowPrivate', async () => {
  await assert.rejects(fetchSafely(`${base}/page`), /refused .*loopback/);
});

test('follows a redirect chain and reports the final URL; more than 5 hops fail', async () => {
  const page = await fetchSafely(`${base}/hop/3`, { allowPrivate: true });
  assert.equal(page.url, `${base}/page`);
  await assert.rejects(fetchSafely(`${base}/hop/6`, { allowPrivate: true }), /more than 5 redirects/);
});

test('every redirect is checked: a hop to a link-local or a private address is refused', async () => {
  // Only the test server's own address is allowed; every other private address stays refused.
  const only = { allowAddresses: ['127.0.0.1'] };
  const page = await fetchSafely(`${base}/hop/1`, only);
  assert.equal(page.status, 200);
  await assert.rejects(fetchSafely(`${base}/to-metadata`, only), /refused http:\/\/169\.254\.169\.254\/.*link-local/);
  const lookup: LookupFunction = (_host, _options, callback) => callback(null, [{ address: '10.0.0.7', family: 4 }]);
  await assert.rejects(fetchSafely(`${base}/to-intranet`, { ...only, lookup }), /intranet\.example resolves to 10\.0\.0\.7, private/);
});

test('a public-looking hostname that resolves to 127.0.0.1 is refused after DNS resolution', async () => {
  const port = (server.address() as AddressInfo).port;
  const lookup: LookupFunction = (_host, _options, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]);
  await assert.rejects(fetchSafely(`http://news.example.com:${port}/page`, { lookup }), /news\.example\.com resolves to 127\.0\.0\.1, loopback/);
  const page = await fetchSafely(`http://news.example.com:${port}/page`, { lookup, allowPrivate: true });
  assert.equal(page.status, 200);
});

test('refuses other schemes, enforces the size limit, the timeout and HTTP errors', async () => {
  await assert.rejects(fetchSafely('file:///etc/passwd'), /refused scheme "file:"/);
  await assert.rejects(fetchSafely('ftp://example.org/x'), /refused scheme/);
  await assert.rejects(fetchSafely(`${base}/big`, { allowPrivate: true, maxBytes: 10_000 }), /over the limit of 10000 bytes/);
  await assert.rejects(fetchSafely(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }), /timed out/);
  await assert.rejects(fetchSafely(`${base}/missing`, { allowPrivate: true }), /HTTP 404/);
});

test('gzip bodies are decompressed, and the size limit counts decompressed bytes', async () => {
  const page = await fetchSafely(`${base}/gzip`, { allowPrivate: true });
  assert.equal(Buffer.from(page.bytes).toString('utf8'), '<p>Une page compressée, lue en clair.</p>');
  await assert.rejects(fetchSafely(`${base}/bomb`, { allowPrivate: true, maxBytes: 100_000 }), /over the limit of 100000 bytes/);
});

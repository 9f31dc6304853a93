import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalizeUrl, isTrackingParam } from './canonical-url.ts';

test('canonicalizeUrl: one URL per article', () => {
  const cases: [string, string | null][] = [
    ['https://WWW.Example.FR/monde/article.html', 'https://example.fr/monde/article.html'],
    ['https://example.fr:443/a', 'https://example.fr/a'],
    ['http://example.fr:80/a', 'http://example.fr/a'],
    ['http://example.fr:8080/a', 'http://example.fr:8080/a'],
    ['https://example.fr/a#commentaires', 'https://example.fr/a'],
    ['https://example.fr/a/', 'https://example.fr/a'],
    ['https://example.fr/', 'https://example.fr/'],
    ['https://example.fr', 'https://example.fr/'],
    ['https://example.fr/a?utm_source=rss&utm_medium=feed&id=7', 'https://example.fr/a?id=7'],
    ['https://example.fr/a?fbclid=XYZ&gclid=1&mc_cid=2&xtor=RSS-3&at_medium=social', 'https://example.fr/a'],
    ['https://example.fr/a?b=2&a=1&c=3', 'https://example.fr/a?a=1&b=2&c=3'],
    ['https://example.fr/a?UTM_Campaign=x&page=2', 'https://example.fr/a?page=2'],
    ['https://user:secret@example.fr/a', 'https://example.fr/a'],
    ['  https://example.fr/a  ', 'https://example.fr/a'],
    ['ftp://example.fr/a', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['', null],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalizeUrl(input), expected, input);
});

test('canonicalizeUrl is idempotent', () => {
  const once = canonicalizeUrl('https://www.example.fr/x/?z=1&utm_term=a&y=2#top');
  assert.equal(once, 'https://example.fr/x?y=2&z=1');
  assert.equal(canonicalizeUrl(once ?? ''), once);
});

test('isTrackingParam: prefixes and exact names from the data list', () => {
  assert.equal(isTrackingParam('utm_content'), true);
  assert.equal(isTrackingParam('at_campaign'), true);
  assert.equal(isTrackingParam('fbclid'), true);
  assert.equal(isTrackingParam('id'), false);
  assert.equal(isTrackingParam('page'), false);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../decode.ts';
import { extractArticle } from './index.ts';

const page = (name: string): string => decodeBytes(readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url))).text;

test('extractArticle: French page with JSON-LD, OpenGraph, breadcrumb and a raw byline', () => {
  const article = extractArticle(page('fr-jsonld.html'), 'https://journal.example.fr/international/2024/11/07/ministres-otan.html?xtor=RSS-1');
  assert.equal(article.title, 'Les ministres de l’OTAN réunis à Bruxelles');
  assert.equal(article.byline, 'Claire Vasseur');
  assert.equal(article.published, '2024-11-07', 'JSON-LD datePublished before article:published_time (which says the 6th in UTC+1 terms)');
  assert.equal(article.lang, 'fr');
  assert.equal(article.outlet, 'Journal d’essai');
  assert.equal(article.section, 'Monde', 'article:section when JSON-LD has no articleSection');
  assert.equal(article.canonicalUrl, 'https://journal.example.fr/international/2024/11/07/ministres-otan.html');
  assert.equal(article.description, 'Deux jours de discussions sur l’aide militaire.');
  const paragraphs = article.text.split('\n\n');
  assert.equal(paragraphs.length, 4, article.text);
  assert.match(paragraphs[0] ?? '', /^Les ministres de la défense des pays membres/);
  assert.match(paragraphs[2] ?? '', /espèrent un accord de principe avant/, 'inline links keep their words in place');
  assert.ok(!/Injected|tracker|color: red/.test(article.text), 'scripts and styles never reach the text');
  assert.ok(!/\n[^\n]/.test(article.text.replace(/\n\n/g, '')), 'one paragraph per line');
});

test('extractArticle: English page with only <time datetime> and a byline element', () => {
  const article = extractArticle(page('en-time-only.html'), 'https://news.example.com/world/harbour-storm');
  assert.equal(article.title, 'Harbour town counts the cost of the storm');
  assert.equal(article.published, '2024-03-04');
  assert.equal(article.byline, 'Jane Doe, John Roe');
  assert.equal(article.outlet, 'news.example.com', 'the host when the page names no site');
  assert.equal(article.lang, null);
  assert.match(article.text, /^Residents of the small harbour town/);
  assert.ok(!article.text.includes('By Jane Doe'), 'the byline line is metadata, not a paragraph');
  assert.equal(article.text.split('\n\n').length, 3);
});

test('extractArticle: legacy encodings decode to the right characters', () => {
  const legacy = extractArticle(page('fr-windows-1252.html'), null);
  assert.equal(legacy.title, 'Le prix de l’énergie recule');
  assert.match(legacy.text, /environ 120 € par an/);
  assert.match(legacy.text, /«\u00A0C’est une bonne nouvelle pour les ménages\u00A0»/, 'no-break spaces are kept');
  assert.equal(legacy.lang, 'fr');
  assert.equal(legacy.canonicalUrl, null);
  assert.equal(legacy.outlet, null);
  const latin9 = extractArticle(page('fr-iso-8859-15.html'), null);
  assert.match(latin9.text, /5 milliards € /);
  assert.match(latin9.text, /un œuf sans jaune/);
});

test('extractArticle: the URL gives the date when the page does not', () => {
  const cases: [string, string | null][] = [
    ['https://news.example.com/2024/11/07/council-buses', '2024-11-07'],
    ['https://news.example.com/local/2024-02-09-council', '2024-02-09'],
    ['https://news.example.com/archive/20240309/council', '2024-03-09'],
    ['https://news.example.com/2024/02/31/council', null],
    ['https://news.example.com/local/council-buses', null],
  ];
  for (const [url, expected] of cases) assert.equal(extractArticle(page('no-metadata.html'), url).published, expected, url);
  const bare = extractArticle(page('no-metadata.html'), null);
  assert.equal(bare.title, null);
  assert.equal(bare.text.split('\n\n').length, 2);
});

test('extractArticle: malformed HTML still gives its paragraphs', () => {
  const article = extractArticle(page('malformed.html'), null);
  assert.equal(article.title, 'Broken page');
  assert.match(article.text, /An unclosed paragraph about the river flooding the lower town\n\nA second paragraph with bold and italic text mixed up\./);
  assert.match(article.text, /Last words after stray closing tags\.$/);
});

test('extractArticle: hostile markup is inert and cannot stall extraction', () => {
  const article = extractArticle(page('hostile.html'), 'https://evil.example.net/x');
  assert.ok(article.text.includes('Deep text survives nesting.'), article.text);
  for (const forbidden of ['alert(1)', 'alert(3)', 'pwned', 'steal()', 'xxxxxxxx']) assert.ok(!article.text.includes(forbidden), forbidden);
  assert.equal(article.description, null, 'a 3 000-character description is junk, not metadata');
  const scriptWords = '<p>The visible paragraph mentions &lt;script&gt;alert(2)&lt;/script&gt; as plain words, which must stay text in any case.</p>';
  const plain = extractArticle(`<html><body><article>${scriptWords}${scriptWords}</article></body></html>`, null);
  assert.match(plain.text, /mentions <script>alert\(2\)<\/script> as plain words/);
});

test('extractArticle: empty and non-article inputs give empty text, never a crash', () => {
  const inputs = ['', '   ', '<html></html>', '<html><body></body></html>', 'just some words without markup', '<<<>>>', '<?xml version="1.0"?><rss></rss>'];
  for (const input of inputs) {
    const article = extractArticle(input, 'not a url');
    assert.equal(typeof article.text, 'string', JSON.stringify(input));
    assert.equal(article.canonicalUrl, null);
  }
  assert.equal(extractArticle('', null).text, '');
  assert.equal(extractArticle('just some words without markup', null).text, 'just some words without markup');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom.ts';
import { readJsonLd } from './read-json-ld.ts';
import { navBreadcrumb, sectionFromTrail } from './read-breadcrumb.ts';
import { readFileSync } from 'node:fs';
import { extractArticle } from './extract-article.ts';
import { trimTitle } from './trim-title.ts';

const BODY =
  '<article><p>The regional council approved a new budget for the coastal railway after three hours of debate on Thursday evening.</p>' +
  '<p>Opponents said the fare rise would push commuters back into their cars, while the majority pointed to rising energy costs.</p></article>';

const documentOf = (head: string, body = BODY): DomDocument =>
  (parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`) as unknown as { document: DomDocument }).document;

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

test('readJsonLd: the shapes schema.org metadata comes in', () => {
  const cases: { name: string; head: string; expect: Partial<ReturnType<typeof readJsonLd>> }[] = [
    {
      name: 'single NewsArticle, author as string, section as array',
      head: ld({ '@type': 'NewsArticle', headline: ' Rail budget passes ', datePublished: '2024-05-02', author: 'Sam Poe', articleSection: ['Regions', 'Transport'], inLanguage: 'en-GB' }),
      expect: { headline: 'Rail budget passes', datePublished: '2024-05-02', authors: ['Sam Poe'], section: 'Regions', inLanguage: 'en-GB' },
    },
    {
      name: 'top-level array, @type array, several authors, publisher object',
      head: ld([{ '@type': 'Organization', name: 'Coast Daily' }, { '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'H', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chan' }], publisher: { '@type': 'Organization', name: 'Coast Daily' } }]),
      expect: { headline: 'H', authors: ['Ann Lee', 'Bo Chan'], publisher: 'Coast Daily' },
    },
    {
      name: 'an Organization as author is no byline',
      head: ld({ '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Organization', name: 'Coast Daily' }, { '@type': 'Person', name: 'Ann Lee' }] }),
      expect: { authors: ['Ann Lee'] },
    },
    {
      name: '@graph with a WebPage and an Article: the article wins',
      head: ld({ '@graph': [{ '@type': 'WebPage', name: 'Page name', url: 'https://x.example/p' }, { '@type': 'Article', headline: 'Article headline', mainEntityOfPage: { '@id': 'https://x.example/a' } }] }),
      expect: { headline: 'Article headline', url: 'https://x.example/a' },
    },
    {
      name: 'broken block skipped, the next one read',
      head: '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script>' + ld({ '@type': 'NewsArticle', headline: 'Second block' }),
      expect: { headline: 'Second block' },
    },
    {
      name: 'BreadcrumbList in position order',
      head: ld({ '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 2, name: 'Regions' }, { '@type': 'ListItem', position: 1, name: 'Home' }, { '@type': 'ListItem', position: 3, item: { name: 'Transport' } }] }),
      expect: { breadcrumb: ['Home', 'Regions', 'Transport'], headline: null },
    },
  ];
  for (const c of cases) {
    const meta = readJsonLd(documentOf(c.head));
    for (const [key, value] of Object.entries(c.expect)) assert.deepEqual(meta[key as keyof typeof meta], value, `${c.name}: ${key}`);
  }
});

test('sectionFromTrail: first level under home, never the article itself', () => {
  const cases: [string[], string | null, string | null][] = [
    [['Accueil', 'International', 'Europe'], null, 'International'],
    [['Home', 'World', 'Rail budget passes'], 'Rail budget passes', 'World'],
    [['Rail budget passes'], 'Rail budget passes', null],
    [['› Politique', '› Élections'], null, 'Politique'],
    [[], null, null],
  ];
  for (const [trail, title, expected] of cases) assert.equal(sectionFromTrail(trail, title), expected, trail.join(' > '));
});

test('navBreadcrumb and extractArticle: the section comes from a breadcrumb nav when nothing else says it', () => {
  const nav = '<nav aria-label="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/economie/">Économie</a></li><li>Le budget ferroviaire</li></ol></nav>';
  assert.deepEqual(navBreadcrumb(documentOf('', nav + BODY)), ['Accueil', 'Économie', 'Le budget ferroviaire']);
  const article = extractArticle(`<html><head><title>Le budget ferroviaire</title></head><body>${nav}${BODY}</body></html>`, null);
  assert.equal(article.section, 'Économie');
  assert.ok(!article.text.includes('Accueil'), article.text);
});

test('extractArticle: metadata priorities (JSON-LD, then meta tags, then the page)', () => {
  const head =
    '<meta property="og:title" content="OG title"><meta property="og:site_name" content="Coast Daily">' +
    '<meta name="author" content="By Sam Poe"><meta name="date" content="Thu, 02 May 2024 09:00:00 GMT">' +
    '<link rel="canonical" href="/regions/rail-budget?utm_source=x"><meta property="og:locale" content="en_GB">';
  const html = `<html><head>${head}</head><body>${BODY}</body></html>`;
  const article = extractArticle(html, 'https://www.coast.example.com/some/other/path?ref=home');
  assert.equal(article.title, 'OG title');
  assert.equal(article.outlet, 'Coast Daily');
  assert.equal(article.byline, 'Sam Poe');
  assert.equal(article.published, '2024-05-02');
  assert.equal(article.lang, 'en');
  assert.equal(article.canonicalUrl, 'https://coast.example.com/regions/rail-budget', 'rel=canonical resolved against the page URL');
  const withLd = extractArticle(html.replace('</head>', `${ld({ '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2024-05-01T23:00:00+02:00', publisher: { name: 'Coast Daily Group' } })}</head>`), null);
  assert.equal(withLd.title, 'LD headline');
  assert.equal(withLd.published, '2024-05-01');
  assert.equal(withLd.outlet, 'Coast Daily Group');
});

test('extractArticle: a <time> without datetime is read from its text', () => {
  const html = `<html><body><article><p>Publié le <time>7 novembre 2024</time></p>${BODY.replace(/<\/?article>/g, '')}</article></body></html>`;
  assert.equal(extractArticle(html, null).published, '2024-11-07');
});

test('trimTitle: site names around titles are dropped', () => {
  const cases: [string, string | null, string | null, string][] = [
    ['Séoul convoque l’ambassadeur | Quotidien d’exemple', 'Quotidien d’exemple', null, 'Séoul convoque l’ambassadeur'],
    ['Coast Daily - Rail budget passes', 'Coast Daily', null, 'Rail budget passes'],
    ['Rail budget passes - News - Coast Daily', null, 'Rail budget passes', 'Rail budget passes'],
    ['Budget : les régions protestent', 'Coast Daily', null, 'Budget : les régions protestent'],
    ['Un titre sans site', 'Quotidien d’exemple', 'Un titre sans site', 'Un titre sans site'],
  ];
  for (const [title, outlet, heading, expected] of cases) assert.equal(trimTitle(title, outlet, heading), expected, title);
});

test('extractArticle: a cluttered page gives the article, its byline, section and a clean title', () => {
  const html = readFileSync(new URL('../fixtures/html/fr-cluttered.html', import.meta.url), 'utf8');
  const article = extractArticle(html, 'https://www.quotidien.example.fr/international/asie/seoul-ambassadeur.html');
  assert.equal(article.title, 'Séoul convoque l’ambassadeur russe');
  assert.equal(article.byline, 'Hugo Lambert');
  assert.equal(article.section, 'International');
  assert.equal(article.published, '2024-11-08');
  assert.match(article.text, /^La Corée du Sud demande des explications/);
  assert.match(article.text, /\n\nMoscou n’a ni confirmé ni démenti/);
  for (const clutter of ['cookies', 'Les plus lus', 'Partager sur', 'Commentaires', 'Mentions légales', 'Encore une escalade', 'Rechercher']) {
    assert.ok(!article.text.includes(clutter), clutter);
  }
});

test('extractArticle: JSON-LD articleBody stands in for a body a script would fill', () => {
  const body = 'The harbour reopened on Monday after three days of storms kept every boat in port.\nFishermen said the sea wall had held better than expected.';
  const html = `<html><head>${ld({ '@type': 'NewsArticle', headline: 'Harbour reopens', articleBody: body })}</head><body><div id="app">Loading…</div></body></html>`;
  const article = extractArticle(html, null);
  assert.equal(article.text, body.replace('\n', '\n\n'));
  const full = extractArticle(`<html><head>${ld({ '@type': 'NewsArticle', articleBody: 'Short summary only.' })}</head><body>${BODY}</body></html>`, null);
  assert.match(full.text, /^The regional council approved/, 'the page text wins when it is the longer one');
});

test('extractArticle: a fragment without <title> takes its <h1> as title', () => {
  const article = extractArticle(`<html><body><article><h1>Harbour reopens</h1>${BODY.replace(/<\/?article>/g, '')}</article></body></html>`, null);
  assert.equal(article.title, 'Harbour reopens');
  assert.match(article.text, /^The regional council approved/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isFeed, parseFeed, parseLooseDate } from './index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

test('parseLooseDate: RFC 822, French feed dates, ISO 8601 and broken variants', () => {
  const cases: [string | null, string | null][] = [
    ['jeu., 07 nov. 2024 10:00:00 +0100', '2024-11-07'],
    ['mer., 7 févr. 2024 08:30:00 +0100', '2024-02-07'],
    ['7 févr. 2024', '2024-02-07'],
    ['lun., 30 déc. 2024 18:00:00 +0100', '2024-12-30'],
    ['jeu. 15 août 2024 06:00', '2024-08-15'],
    ['mar., 05 mars 2024 12:00:00 +0100', '2024-03-05'],
    ['1er mars 2024', '2024-03-01'],
    ['2 sept. 2024', '2024-09-02'],
    ['vendredi 13 décembre 2024 à 14h30', '2024-12-13'],
    ['Thu, 07 Nov 2024 10:00:00 GMT', '2024-11-07'],
    ['Thu, 7 Nov 24 10:00 +0000', '2024-11-07'],
    ['Tue, 05 Mar 2024 23:59:59 EST', '2024-03-05'],
    ['March 5th, 2024', '2024-03-05'],
    ['Nov 7, 2024', '2024-11-07'],
    ['2024-11-07T23:30:00-05:00', '2024-11-07'],
    ['2024-11-07', '2024-11-07'],
    ['2024/11/07 10:00', '2024-11-07'],
    ['20241107', '2024-11-07'],
    ['07/11/2024', '2024-11-07'],
    ['07.11.24 10:00', '2024-11-07'],
    ['Publié le 07/11/2024 à 10h00', '2024-11-07'],
    ['Updated 2024-11-08 09:00 CET', '2024-11-08'],
    ['Nov. 7, 2024, 10:05 a.m. ET', '2024-11-07'],
    ['il y a 3 heures', null],
    ['11/25/2024', '2024-11-25'],
    ['Sat, 31 Feb 2024 00:00:00 GMT', null],
    ['2024-13-01', null],
    ['bientôt', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(parseLooseDate(input), expected, String(input));
});

test('parseFeed: RSS 2.0 with French pubDates, content:encoded and relative links', () => {
  const feed = parseFeed(fixture('rss-fr-dates.xml'), 'https://journal.example.fr/rss/international.xml');
  assert.equal(feed.title, 'Journal d’essai – International');
  const rows = feed.items.map((item) => [item.title, item.link, item.published, item.guid]);
  assert.deepEqual(rows, [
    ['L’OTAN tient une réunion à Bruxelles', 'https://journal.example.fr/international/2024/11/07/otan-reunion.html?utm_source=rss', '2024-11-07', 'essai-1001'],
    ['Pyongyang procède à un nouvel essai', 'https://journal.example.fr/international/2024/02/07/essai-pyongyang.html', '2024-02-07', 'https://journal.example.fr/international/2024/02/07/essai-pyongyang.html'],
    ['Bilan de fin d’année', 'https://journal.example.fr/international/bilan-annee.html', '2024-12-30', 'https://journal.example.fr/international/bilan-annee.html'],
    ['Un été agité', 'https://journal.example.fr/international/ete.html', '2024-08-14', 'https://journal.example.fr/international/ete.html'],
    ['Une date illisible', 'https://journal.example.fr/international/sans-date.html', null, 'https://journal.example.fr/international/sans-date.html'],
  ]);
  const first = feed.items[0];
  assert.match(first?.content ?? '', /Mark Rutte ouvrira la séance/, 'content:encoded preferred over description');
  assert.equal(first?.summary, '<p>Les ministres se retrouvent pour deux jours.</p>');
  assert.equal(feed.items[1]?.content, 'La capitale nord-coréenne a annoncé un tir & Séoul a protesté.', 'description as content when no content:encoded');
});

test('parseFeed: Atom prefers published over updated and resolves links against xml:base', () => {
  const feed = parseFeed(fixture('atom-published-updated.xml'), null);
  assert.equal(feed.title, 'Example Wire – World');
  assert.deepEqual(
    feed.items.map((item) => [item.title, item.link, item.published, item.guid]),
    [
      ['Ministers meet in Brussels', 'https://wire.example.org/stories/ministers-meet', '2024-11-07', 'tag:wire.example.org,2024:stories/4242'],
      ['A correction only', 'https://wire.example.org/stories/correction', '2024-11-10', 'tag:wire.example.org,2024:stories/4243'],
    ],
  );
  assert.match(feed.items[0]?.content ?? '', /^<p>Defence ministers gather/);
  assert.equal(feed.items[1]?.content, 'The earlier figure was wrong.\nIt has been fixed.');
});

test('parseFeed: RSS 1.0 (RDF) with dc:date', () => {
  const feed = parseFeed(fixture('rdf.xml'), null);
  assert.equal(feed.title, 'Old Portal News');
  assert.equal(feed.items.length, 1);
  assert.deepEqual(feed.items[0], {
    title: 'Harbour reopens after the storm',
    link: 'https://old.example.net/news/1',
    published: '2024-03-04',
    summary: 'Boats left the port again on Monday.',
    content: 'Boats left the port again on Monday.',
    guid: 'https://old.example.net/news/1',
  });
});

test('parseFeed: errors are clear, entity bombs are inert', () => {
  assert.throws(() => parseFeed('<html><body>page</body></html>', null), /veille: not a feed/);
  assert.throws(() => parseFeed('<rss><channel><item><title>x</item></rss>', null), /veille: /);
  const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
  let title: string | null = 'unparsed';
  try {
    title = parseFeed(bomb, null).title;
  } catch (error) {
    assert.match((error as Error).message, /^veille: /);
    title = null;
  }
  assert.ok(title === null || !title.includes('aaaaaaaaaa'), 'a DOCTYPE entity is never expanded');
  const empty = parseFeed('<rss version="2.0"><channel><title>Vide</title></channel></rss>', null);
  assert.deepEqual(empty, { title: 'Vide', items: [] });
});

test('isFeed: sniffs feeds, not pages', () => {
  const cases: [string, boolean][] = [
    [fixture('rss-fr-dates.xml'), true],
    [fixture('atom-published-updated.xml'), true],
    [fixture('rdf.xml'), true],
    ['\uFEFF<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>', true],
    ['<!DOCTYPE html><html><head><title>rss</title></head></html>', false],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', false],
    ['Le flux RSS <rss> est cité dans ce texte.', false],
    ['', false],
  ];
  for (const [text, expected] of cases) assert.equal(isFeed(text), expected, text.slice(0, 40));
});

test('parseFeed: a bare ampersand in a hand-made feed is read as text', () => {
  const feed = parseFeed('<rss><channel><title>Q&A du jour</title><item><title>Pêche & ports</title></item></channel></rss>', null);
  assert.equal(feed.title, 'Q&A du jour');
  assert.equal(feed.items[0]?.title, 'Pêche & ports');
});

test('parseFeed: double-escaped entities and markup in item titles become plain text', () => {
  const xml = '<rss><channel><title>T</title><item><title>Caf&amp;eacute; &amp;amp; th&amp;#233; : &lt;b&gt;Direct&lt;/b&gt;</title></item><item><title>Plain title</title></item></channel></rss>';
  const feed = parseFeed(xml, null);
  assert.deepEqual(feed.items.map((item) => item.title), ['Café & thé : Direct', 'Plain title']);
});

test('parseFeed: dates from borrowed elements (atom:updated in RSS, Atom 0.3 issued)', () => {
  const rss = '<rss xmlns:a10="http://www.w3.org/2005/Atom"><channel><item><title>x</title><a10:updated>2024-06-03T10:00:00Z</a10:updated></item></channel></rss>';
  assert.equal(parseFeed(rss, null).items[0]?.published, '2024-06-03');
  const atom03 = '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>y</title><modified>2024-06-09T00:00:00Z</modified><issued>2024-06-04T00:00:00Z</issued></entry></feed>';
  assert.equal(parseFeed(atom03, null).items[0]?.published, '2024-06-04');
});

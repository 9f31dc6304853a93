import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Contract } from '../../output/contract.ts';
import { analysisOf, emptyAnalysis, fixtureText, newArticle, tempDb } from './fixtures/articles.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { StoreError } from './store-error.ts';

function withStore(run: (store: ReturnType<typeof openSqliteStore>) => void): void {
  const { path, cleanup } = tempDb();
  const store = openSqliteStore(path);
  try {
    run(store);
  } finally {
    store.close();
    cleanup();
  }
}

test('an article saved twice by canonical URL or by content is stored once', () => {
  withStore((store) => {
    const first = newArticle('Kyiv a reçu des munitions.', { url: 'https://a.example/1?utm_source=x', canonicalUrl: 'https://a.example/1' });
    assert.deepEqual(store.saveArticle(first, emptyAnalysis()), { status: 'new', id: 1 });
    const sameUrl = newArticle('Texte corrigé par la rédaction.', { canonicalUrl: 'https://a.example/1' });
    assert.deepEqual(store.saveArticle(sameUrl, emptyAnalysis()), { status: 'duplicate', id: 1, reason: 'url' });
    const sameText = newArticle('Kyiv a reçu des munitions.', { canonicalUrl: 'https://b.example/autre' });
    assert.deepEqual(store.saveArticle(sameText, emptyAnalysis()), { status: 'duplicate', id: 1, reason: 'content' });
    assert.equal(store.counts().articles, 1);
    assert.equal(store.search('corrigé').length, 0, 'a duplicate writes no search row');
  });
});

test('a near-duplicate is stored as a copy and listed by copies()', () => {
  withStore((store) => {
    const wire = store.saveArticle(newArticle('Paris et Berlin signent un accord.', { outlet: 'AFP' }), emptyAnalysis());
    assert.equal(wire.status, 'new');
    const copy = store.saveArticle(newArticle('Paris et Berlin ont signé un accord.', { outlet: 'Le Soir' }), emptyAnalysis(), wire.id);
    assert.deepEqual(copy, { status: 'copy', id: 2, copyOf: wire.id });
    assert.deepEqual(store.copies(wire.id).map((article) => [article.id, article.outlet, article.copyOf]), [[2, 'Le Soir', 1]]);
    assert.deepEqual(store.copies(2), []);
    assert.equal(store.article(2)?.copyOf, 1);
  });
});

test('article() gives back every field and the parsed analysis', () => {
  withStore((store) => {
    const text = fixtureText('fr/troupes-koursk.txt');
    const analysis = analysisOf(text, 'fr');
    const article = newArticle(text, {
      url: 'https://journal.example/monde/koursk', canonicalUrl: 'https://journal.example/monde/koursk',
      section: 'Monde', byline: 'Anne Martin', simhash: '0123456789ABCDEF',
    });
    const { id } = store.saveArticle(article, analysis);
    const back = store.article(id);
    assert.ok(back);
    const { analysis: storedAnalysis, id: storedId, copyOf, ingestedAt, ...fields } = back;
    assert.deepEqual(fields, { ...article, simhash: '0123456789abcdef' });
    assert.equal(storedId, id);
    assert.equal(copyOf, null);
    assert.match(ingestedAt, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual(storedAnalysis, analysis);
    assert.equal(store.article(999), null);
  });
});

test('entities and events of a real analysis round-trip with store keys and article fields', () => {
  withStore((store) => {
    const text = fixtureText('fr/troupes-koursk.txt');
    const analysis = analysisOf(text, 'fr');
    const { id } = store.saveArticle(newArticle(text, { url: 'https://journal.example/k', outlet: 'Journal' }), analysis);
    const aid = store.events({ type: 'AID' });
    assert.equal(aid.length, 1);
    const event = aid[0];
    assert.ok(event);
    assert.deepEqual(event.actor, { key: 'Q423', name: 'North Korea', kind: 'country' });
    assert.deepEqual(event.target, { key: 'Q159', name: 'Russia', kind: 'country' });
    assert.equal(event.certainty, 'reported');
    assert.deepEqual(event.source?.entity, { key: 'Q57792', name: 'Mark Rutte', kind: 'person' });
    assert.equal(text.slice(event.evidence.start, event.evidence.end), event.evidence.text);
    assert.deepEqual([event.articleId, event.published, event.outlet, event.url, event.copyOf], [id, '2024-11-05', 'Journal', 'https://journal.example/k', null]);
    // The place without a Wikidata id is keyed by kind and name.
    assert.deepEqual(store.entity('Kursk Oblast'), { key: 'place:kursk oblast', name: 'Kursk Oblast', kind: 'place' });
    const summary = store.entities({ name: 'KOREA' });
    assert.deepEqual(summary.map((entity) => [entity.key, entity.articles, entity.mentions]), [['Q423', 1, 3]]);
  });
});

test('an event quantity keeps how the text bounds it, from the quantities layer', () => {
  withStore((store) => {
    const text = fixtureText('en/missiles-denial.txt');
    store.saveArticle(newArticle(text, { lang: 'en' }), analysisOf(text, 'en'));
    const [sanction] = store.events({ type: 'SANCTION' });
    assert.deepEqual(sanction?.quantity, { value: 3, unit: 'firm', approx: 'exact' });
  });
});

test('entities merge across articles by key, in both languages', () => {
  withStore((store) => {
    const fr = fixtureText('fr/troupes-koursk.txt');
    const en = fixtureText('en/missiles-denial.txt');
    store.saveArticle(newArticle(fr), analysisOf(fr, 'fr'));
    store.saveArticle(newArticle(en, { lang: 'en' }), analysisOf(en, 'en'));
    const russia = store.entities({ name: 'russia' }).find((entity) => entity.key === 'Q159');
    assert.equal(russia?.articles, 2);
    assert.equal(store.events({ actor: 'Russie' }).length + store.events({ target: 'Russia' }).length, 1);
  });
});

test('a save that fails halfway leaves nothing behind', () => {
  withStore((store) => {
    const text = fixtureText('fr/troupes-koursk.txt');
    const good = analysisOf(text, 'fr');
    const [event] = good.events;
    assert.ok(event, 'the fixture has an event');
    const bad: Contract = { ...good, events: [...good.events, { ...event, target: 'e99' }] };
    assert.throws(() => store.saveArticle(newArticle(text), bad), (error: unknown) => error instanceof StoreError && /e99/.test(error.message));
    assert.deepEqual(store.counts(), { articles: 0, events: 0, entities: 0 });
    assert.deepEqual(store.search('Koursk'), []);
    assert.equal(store.saveArticle(newArticle(text), good).status, 'new', 'the same article saves once the analysis is sound');
  });
});

test('a bad simhash is refused before anything is written', () => {
  withStore((store) => {
    assert.throws(() => store.saveArticle(newArticle('Un texte.', { simhash: 'xyz' }), emptyAnalysis()), StoreError);
    assert.equal(store.counts().articles, 0);
  });
});

test('articles() filters by language and date, newest first, with paging', () => {
  withStore((store) => {
    store.saveArticle(newArticle('Premier texte.', { published: '2024-11-01' }), emptyAnalysis());
    store.saveArticle(newArticle('Second text.', { published: '2024-11-03', lang: 'en' }), emptyAnalysis('en'));
    store.saveArticle(newArticle('Troisième texte.', { published: null }), emptyAnalysis());
    store.saveArticle(newArticle('Quatrième texte.', { published: '2024-11-04' }), emptyAnalysis());
    assert.deepEqual(store.articles().map((article) => article.id), [4, 2, 1, 3]);
    assert.deepEqual(store.articles({ lang: 'fr' }).map((article) => article.id), [4, 1, 3]);
    assert.deepEqual(store.articles({ since: '2024-11-02' }).map((article) => article.id), [4, 2]);
    assert.deepEqual(store.articles({ limit: 2, offset: 1 }).map((article) => article.id), [2, 1]);
  });
});

test('jobs: enqueued once, pending until finished, failures keep their reason', () => {
  withStore((store) => {
    store.enqueue(['a.html', 'b.html', 'a.html']);
    assert.deepEqual(store.pendingJobs().map((job) => job.source), ['a.html', 'b.html']);
    store.finishJob('a.html', { ok: true });
    store.finishJob('b.html', { ok: false, error: 'HTTP 404' });
    store.enqueue(['b.html', 'c.html']);
    assert.deepEqual(store.pendingJobs().map((job) => [job.source, job.status, job.attempts]), [['c.html', 'pending', 0]]);
    const failed = store.db.prepare("SELECT source, attempts, error FROM jobs WHERE status = 'failed'").all();
    assert.deepEqual(failed, [{ source: 'b.html', attempts: 1, error: 'HTTP 404' }]);
  });
});

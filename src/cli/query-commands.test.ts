import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStore } from '../graph/fixtures/build-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'veille.js');
const scratch = mkdtempSync(join(tmpdir(), 'veille-query-'));
const DB = join(scratch, 'graph.db');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function veille(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', VEILLE_DB: '', ...env }, maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
  });
}

const json = <T>(run: Run): T => {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
};

interface ClaimJson {
  id: string;
  type: string;
  actor: { key: string } | null;
  target: { key: string } | null;
  certainty: string;
  evidence: { articleId: number }[];
  corroboration: { sources: number; outlets: number; copies: number; denials: number };
}

before(() => buildStore(DB));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('query commands over a store built from the graph fixtures', { concurrency: 6 }, async (t) => {
  await Promise.all([
    t.test('claims --json: one North Korea → Russia AID claim, the wire copy counted once, the denial apart', async () => {
      const claims = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--actor', 'Corée du Nord', '--type', 'aid', '--json']));
      assert.equal(claims.length, 1);
      const [claim] = claims;
      assert.equal(claim?.actor?.key, 'Q423');
      assert.equal(claim?.target?.key, 'Q159');
      assert.equal(claim?.certainty, 'reported');
      assert.equal(claim?.evidence.length, 6);
      assert.deepEqual(claim?.corroboration && [claim.corroboration.outlets, claim.corroboration.copies, claim.corroboration.denials], [3, 1, 1]);
    }),
    t.test('claims: a symmetric agreement is found from either party and told both ways round', async () => {
      const byFrance = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--actor', 'France', '--json']));
      const byGermany = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--actor', 'Allemagne', '--json']));
      assert.deepEqual(byFrance.map((claim) => [claim.type, claim.evidence.length]), [['AGREE', 2]]);
      assert.deepEqual(byGermany.map((claim) => claim.id), byFrance.map((claim) => claim.id));
    }),
    t.test('claims: --min-sources and --certainty filter', async () => {
      const strong = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--min-sources', '3', '--json']));
      assert.deepEqual(strong.map((claim) => claim.type), ['AID']);
      const asserted = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--certainty', 'asserted', '--json']));
      assert.deepEqual(asserted.map((claim) => claim.type), ['AGREE']);
    }),
    t.test('claims: readable output names parties, voices and outlets', async () => {
      const run = await veille(['claims', '--db', DB]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /North Korea → AID → Russia/);
      assert.match(run.stdout, /France ↔ AGREE ↔ Germany|Germany ↔ AGREE ↔ France/);
      assert.match(run.stdout, /3 outlets \(\+1 wire copy\)/);
    }),
    t.test('contradictions --json: figures 1 500 / 10 000 / 11 000, the Kremlin denial, suspected → reported', async () => {
      const found = json<{ kind: string; readings?: { value: number }[]; direction?: string; compatible?: boolean }[]>(await veille(['contradictions', '--db', DB, '--json']));
      const figures = found.find((c) => c.kind === 'quantity');
      assert.deepEqual(figures?.readings?.map((r) => r.value), [1500, 10000, 11000]);
      assert.equal(figures?.compatible, false);
      assert.ok(found.some((c) => c.kind === 'denial'));
      assert.deepEqual(found.filter((c) => c.kind === 'shift').map((c) => c.direction), ['firmer']);
    }),
    t.test('contradictions --kind denial keeps only denials', async () => {
      const run = await veille(['contradictions', '--db', DB, '--kind', 'denial']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Denials \(1\)/);
      assert.doesNotMatch(run.stdout, /Differing figures/);
    }),
    t.test('timeline: an entity by its French name, and a pair', async () => {
      const run = await veille(['timeline', 'Corée', 'du', 'Nord', '--db', DB]);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.indexOf('2024-10-12') < run.stdout.indexOf('2024-11-05'));
      const pair = json<{ events: { type: string }[] }>(await veille(['timeline', 'Q142', '--with', 'Germany', '--db', DB, '--json']));
      assert.deepEqual(pair.events.map((event) => event.type), ['AGREE', 'AGREE']);
    }),
    t.test('timeline --claim: the reports of one claim by date; an unknown id is an input error', async () => {
      const [claim] = json<ClaimJson[]>(await veille(['claims', '--db', DB, '--type', 'AID', '--json']));
      assert.ok(claim);
      const shown = json<{ id: string; evidence: { articleId: number; day: string }[] }>(await veille(['timeline', '--claim', claim.id, '--db', DB, '--json']));
      assert.equal(shown.id, claim.id);
      assert.deepEqual(shown.evidence.map((report) => report.day), [...shown.evidence.map((report) => report.day)].sort());
      assert.equal((await veille(['timeline', '--claim', 'nope', '--db', DB])).code, 1);
      assert.equal((await veille(['timeline', '--db', DB])).code, 2);
    }),
    t.test('timeline: an unknown entity is an input error saying what was tried', async () => {
      const run = await veille(['timeline', 'Atlantis', '--db', DB]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^veille: no entity "Atlantis".*tried it as a key, a Wikidata id/);
    }),
    t.test('articles, entities, search and show', async () => {
      const articles = json<{ id: number; copyOf: number | null; text?: string }[]>(await veille(['articles', '--db', DB, '--lang', 'fr', '--json']));
      assert.equal(articles.length, 3);
      assert.equal(articles[0]?.text, undefined, 'the list leaves the texts out');
      const entities = json<{ key: string }[]>(await veille(['entities', '--db', DB, '--kind', 'country', '--name', 'KORÉA', '--json']));
      assert.deepEqual(entities.map((entity) => entity.key).sort(), ['Q423', 'Q884']);
      const byAlias = json<{ key: string }[]>(await veille(['entities', '--db', DB, '--name', 'Corée du Nord', '--json']));
      assert.deepEqual(byAlias.map((entity) => entity.key), ['Q423']);
      const hits = json<{ articleId: number }[]>(await veille(['search', 'nord', 'coreens', '--db', DB, '--json']));
      assert.ok(hits.length >= 1);
      const show = await veille(['show', '4', '--db', DB]);
      assert.equal(show.code, 0, show.stderr);
      assert.match(show.stdout, /copies\s+#5 Regional Herald/);
      assert.match(show.stdout, /Events \(1\)/);
    }),
    t.test('hostile search strings are safe', async () => {
      // The sanitiser's cases are the store's tests; here one string of them all goes through the command.
      for (const query of ['" NEAR( AND OR * ^ \'; DROP TABLE articles; --']) {
        const run = await veille(['search', query, '--db', DB, '--json']);
        assert.equal(run.code, 0, `${query}: ${run.stderr}`);
        assert.ok(Array.isArray(JSON.parse(run.stdout)));
      }
    }),
    t.test('usage errors exit 2 with one line', async () => {
      // Each option's checks are unit-tested in parse-graph-options.test.ts; two spawns show the exit code and the one line.
      for (const args of [['claims', '--type', 'HUG'], ['show', 'abc']]) {
        const run = await veille([...args, '--db', DB]);
        assert.equal(run.code, 2, args.join(' '));
        assert.match(run.stderr, /^veille: .+\n$/);
      }
    }),
    t.test('show: a missing article, and a file that is no store, are input errors', async () => {
      assert.equal((await veille(['show', '999', '--db', DB])).code, 1);
      const notDb = join(scratch, 'not-a-db.txt');
      writeFileSync(notDb, 'hello, this is plain text and no database at all');
      const run = await veille(['claims', '--db', notDb]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /not a veille database/);
      const missing = join(scratch, 'missing.db');
      const none = await veille(['articles', '--db', missing]);
      assert.equal(none.code, 1);
      assert.match(none.stderr, /no store at .*missing\.db/);
      assert.equal(existsSync(missing), false, 'a query creates no store');
    }),
  ]);
});

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'veille.js');
const SOURCES = fileURLToPath(new URL('../ingest/fixtures/sources/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'veille-ingest-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function veille(args: readonly string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

// Small articles written for these tests from a few facts each; every one differs in place, figure and topic.
const PLACES = ['Lille', 'Nantes', 'Rennes', 'Dijon', 'Brest', 'Metz', 'Nancy', 'Tours', 'Caen', 'Pau', 'Nice', 'Reims', 'Amiens', 'Limoges', 'Angers', 'Rouen', 'Toulon', 'Annecy', 'Vannes', 'Bayonne'];
const TOPICS = [
  ['un nouveau tramway', 'Les travaux doivent durer trois ans et perturber la circulation du centre.'],
  ['la rénovation de la piscine municipale', 'Le chantier a pris du retard à cause de la hausse du prix des matériaux.'],
  ['un plan contre les inondations', 'Les digues du fleuve seront rehaussées avant l\'hiver prochain.'],
  ['la fermeture d\'une usine de pneus', 'Les syndicats réclament un plan de reprise et des indemnités plus élevées.'],
];

function writeCorpus(dir: string, count: number, offset = 0): void {
  mkdirSync(dir, { recursive: true });
  for (let n = offset; n < offset + count; n += 1) {
    const place = PLACES[n % PLACES.length] ?? 'Lyon';
    const [topic, detail] = TOPICS[Math.floor(n / PLACES.length) % TOPICS.length] ?? ['', ''];
    const text = `${place} : le conseil vote ${topic} (${n})\n\n`
      + `Le conseil municipal de ${place} a approuvé le ${(n % 27) + 1} mars un budget de ${(n + 3) * 7} millions d'euros pour ${topic}, a annoncé le maire.\n\n`
      + `${detail} Selon l'adjoint chargé des finances, ${n + 12} entreprises locales ont déjà répondu à l'appel d'offres numéro ${1000 + n * 13}.\n\n`
      + `L'opposition a critiqué un projet jugé ${n % 2 === 0 ? 'trop coûteux' : 'mal préparé'} et demande un référendum local avant l'été.`;
    writeFileSync(join(dir, `article-${String(n).padStart(3, '0')}.txt`), text);
  }
}

/** The store's content, without ids or timestamps: articles by content hash, their events and entities. */
function snapshot(db: string): unknown {
  const store = openSqliteStore(db);
  try {
    const articles = store.articles({ limit: 10_000 });
    const hashOf = new Map(articles.map((article) => [article.id, article.contentHash]));
    const rows = articles
      .map(({ id: _id, ingestedAt: _at, copyOf, ...rest }) => ({ ...rest, copyOf: copyOf === null ? null : hashOf.get(copyOf) }))
      .sort((a, b) => (a.contentHash < b.contentHash ? -1 : 1));
    const events = store.events({})
      .map(({ articleId, ...rest }) => ({ ...rest, copyOf: rest.copyOf === null ? null : hashOf.get(rest.copyOf), article: hashOf.get(articleId) }))
      .map((event) => JSON.stringify(event))
      .sort();
    const entities = store.entities({ limit: 100_000 }).map((entity) => JSON.stringify(entity)).sort();
    return { rows, events, entities, counts: store.counts() };
  } finally {
    store.close();
  }
}

function countArticles(db: string): number {
  try {
    const store = openSqliteStore(db);
    try {
      return store.counts().articles;
    } finally {
      store.close();
    }
  } catch {
    return 0; // not created yet
  }
}

test('kill -9 halfway through a bulk ingest, then a re-run: the same store as an uninterrupted run', async (t) => {
  const corpus = join(scratch, 'bulk');
  writeCorpus(corpus, 40);
  const whole = join(scratch, 'whole.db');
  const full = await veille(['ingest', corpus, '--db', whole, '--lang', 'fr', '--json']);
  assert.equal(full.code, 0, full.stderr);
  assert.equal((JSON.parse(full.stdout) as { failed: number }).failed, 0);

  const killed = join(scratch, 'killed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', killed, '--lang', 'fr'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => { running = false; });
  // One reader kept open (WAL lets it read while the child writes), polled often: the kill lands mid-run even on a fast machine.
  while (running && !existsSync(killed)) await new Promise((resolve) => setTimeout(resolve, 5));
  let reader: ReturnType<typeof openSqliteStore> | null = null;
  while (running && (reader?.counts().articles ?? 0) < 12) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    try {
      reader ??= openSqliteStore(killed);
    } catch {
      // the child is still creating the schema
    }
  }
  reader?.close();
  child.kill('SIGKILL');
  await exited;
  const atKill = countArticles(killed);
  t.diagnostic(`killed with ${atKill} of 40 articles stored`);
  assert.ok(atKill > 0 && atKill < 40, `the child was killed halfway (${atKill} of 40 stored)`);

  const rerun = await veille(['ingest', corpus, '--db', killed, '--lang', 'fr', '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { new: number; duplicate: number; copies: number; failed: number };
  assert.equal(summary.failed, 0);
  assert.equal(summary.duplicate, atKill, 'what the killed run stored is recognised, not stored again');
  assert.deepEqual(snapshot(killed), snapshot(whole));
});

test('two concurrent ingests into one store: no SQLITE_BUSY, every article once', async () => {
  const left = join(scratch, 'left');
  const right = join(scratch, 'right');
  writeCorpus(left, 25, 0);
  writeCorpus(right, 25, 20); // 5 articles in both folders
  const db = join(scratch, 'shared.db');
  const [a, b] = await Promise.all([
    veille(['ingest', left, '--db', db, '--lang', 'fr', '--json']),
    veille(['ingest', right, '--db', db, '--lang', 'fr', '--json']),
  ]);
  for (const run of [a, b]) {
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr + run.stdout, /SQLITE_BUSY|database is locked/);
  }
  const total = [a, b].map((run) => JSON.parse(run.stdout) as { new: number; copies: number; duplicate: number; failed: number });
  assert.equal(total.reduce((sum, run) => sum + run.failed, 0), 0);
  assert.equal(total.reduce((sum, run) => sum + run.duplicate, 0), 5, 'the 5 shared articles are stored once');
  assert.equal(countArticles(db), 45);
});

// The spawns are independent (one store each): run them side by side to keep the suite quick.
test('veille ingest and veille watch from the command line', { concurrency: 5 }, async (t) => {
  const db = (name: string): string => join(scratch, `${name}.db`);
  await Promise.all([
    t.test('a readable summary with failures and their reasons; a plain progress line on a non-terminal', async () => {
      const run = await veille(['ingest', join(SOURCES, 'note.txt'), join(SOURCES, 'records.jsonl'), '--db', db('summary')]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^5 item\(s\): 3 new, 0 duplicate, 0 copies of stored stories, 2 failed/);
      assert.match(run.stdout, /failed .*records\.jsonl#3: malformed JSON line/);
      assert.match(run.stderr, /ingesting 5 item\(s\)/);
      assert.doesNotMatch(run.stderr, /\u001b\[|█|░/, 'no progress bar when stderr is not a terminal');
    }),
    t.test('stdin with --json', async () => {
      const run = await veille(['ingest', '-', '--db', db('stdin'), '--json'], 'Un incendie a détruit mercredi un entrepôt de la zone portuaire du Havre, sans faire de blessé, selon les pompiers.');
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), { total: 1, new: 1, duplicate: 0, copies: 0, failed: 0, failures: [] });
    }),
    t.test('exit 1 when every item failed, 2 on bad usage', async () => {
      const none = await veille(['ingest', join(scratch, 'nothing-here.txt'), '--db', db('none')]);
      assert.equal(none.code, 1);
      assert.match(none.stdout, /does not exist/);
      const usage = await veille(['ingest', join(SOURCES, 'note.txt'), '--db', db('usage'), '--concurrency', 'many']);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /^veille: --concurrency must be/);
      const timeout = await veille(['ingest', join(SOURCES, 'note.txt'), '--db', db('usage'), '--timeout', '-3']);
      assert.equal(timeout.code, 2);
      assert.match(timeout.stderr, /^veille: --timeout must be/);
    }),
    t.test('--resume ingests what a killed run left pending', async () => {
      const store = openSqliteStore(db('resume'));
      store.enqueue([join(SOURCES, 'note.txt'), `${join(SOURCES, 'records.json')}#2`, 'stdin']);
      store.close();
      const run = await veille(['ingest', '--resume', '--db', db('resume'), '--json']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout) as { new: number }).new, 3, 'note.txt and both records of records.json');
      const after = openSqliteStore(db('resume'));
      assert.deepEqual(after.pendingJobs().map((job) => job.source), ['stdin'], 'only stdin, which cannot be read again, stays pending');
      after.close();
      const nothing = await veille(['ingest', '--db', db('resume')]);
      assert.equal(nothing.code, 2);
      assert.match(nothing.stderr, /no SOURCE/);
    }),
    t.test('watch --once ingests a feed; a second poll finds only duplicates', async () => {
      const first = await veille(['watch', join(SOURCES, 'feed.xml'), '--once', '--db', db('watch'), '--json']);
      assert.equal(first.code, 0, first.stderr);
      assert.equal((JSON.parse(first.stdout) as { new: number }).new, 2);
      const again = await veille(['watch', join(SOURCES, 'feed.xml'), '--once', '--db', db('watch'), '--json']);
      assert.equal((JSON.parse(again.stdout) as { duplicate: number }).duplicate, 2);
    }),
    t.test('watch stops cleanly on SIGTERM between polls', async () => {
      const child = spawn(process.execPath, [BIN, 'watch', join(SOURCES, 'feed.xml'), '--interval', '3600', '--db', db('sigterm'), '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const polled = new Promise<void>((resolve) => child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve();
      }));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await polled;
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.equal((JSON.parse(stdout.trim()) as { new: number }).new, 2);
    }),
  ]);
});

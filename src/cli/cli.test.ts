import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const BIN = join(ROOT, 'bin', 'veille.js');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real binary, optionally feeding stdin. */
function veille(args: readonly string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'veille-cli-'));
const scratchFile = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

// The spawns are independent: run them side by side to keep the suite fast.
test('veille analyze', { concurrency: 4 }, async (t) => {
  await Promise.all([
    t.test('prints a readable report with every section', async () => {
      const run = await veille(['analyze', join(FIXTURES, 'fr', 'court.txt'), '--published', '2024-10-18']);
      assert.equal(run.code, 0, run.stderr);
      for (const section of ['Entities (', 'Quotes (', 'Events (', 'Quantities (', 'Dates (']) assert.ok(run.stdout.includes(section), section);
      assert.match(run.stdout, /lang fr · published 2024-10-18/);
      assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
    }),
    t.test('reads stdin with "-" and prints the JSON contract, detecting English', async () => {
      const run = await veille(['analyze', '-', '--json'], { stdin: readFileSync(join(FIXTURES, 'en', 'short.txt')) });
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { article: { lang: string; published: string | null; title: string | null }; entities: unknown[]; events: unknown[] };
      assert.equal(json.article.lang, 'en');
      assert.equal(json.article.published, null);
      assert.ok(Array.isArray(json.entities) && Array.isArray(json.events));
    }),
    t.test('--ndjson answers every line, bad ones with {id?, line, error}, and exits 1', async () => {
      const run = await veille(['analyze', '--ndjson', join(FIXTURES, 'lines.ndjson')]);
      assert.equal(run.code, 1);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.deepEqual(lines.map((line) => line.id ?? null), ['fr-1', null, 'en-1', 'bad-date']);
      assert.equal((lines[0]?.article as { lang: string }).lang, 'fr');
      assert.equal((lines[2]?.article as { lang: string }).lang, 'en');
      assert.equal(lines[1]?.line, 2);
      assert.match(String(lines[1]?.error), /malformed JSON/);
      assert.match(String(lines[3]?.error), /YYYY-MM-DD/);
      assert.match(run.stderr, /2 line\(s\) failed/);
    }),
    t.test('veille eval --json scores a gold folder', async () => {
      const run = await veille(['eval', join(ROOT, 'src', 'eval', 'fixtures', 'gold', 'dev'), '--json']);
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { documents: number; figures: { layers: Record<string, { f1: number }>; accuracies: Record<string, number | null> } };
      assert.equal(json.documents, 2);
      for (const layer of ['entities', 'quotes', 'events', 'eventPairs', 'quantities', 'dates']) {
        const f1 = json.figures.layers[layer]?.f1;
        assert.ok(typeof f1 === 'number' && f1 >= 0 && f1 <= 1, layer);
      }
      assert.ok('certaintyCoarse' in json.figures.accuracies);
    }),
    t.test('--help shows examples', async () => {
      const run = await veille(['analyze', '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /Examples:\n {2}veille analyze examples\/fr-otan-coree\.txt/);
      const evalHelp = await veille(['eval', '--help']);
      assert.match(evalHelp.stdout, /Examples:\n {2}veille eval/);
    }),
  ]);
});

const BAD_INPUTS: { name: string; args: () => string[]; stdin?: string; env?: Record<string, string>; code: number; error: RegExp }[] = [
  { name: 'empty input', args: () => ['analyze', scratchFile('empty.txt', '')], code: 1, error: /is empty/ },
  { name: 'empty stdin', args: () => ['analyze', '-'], stdin: '', code: 1, error: /stdin is empty/ },
  { name: 'binary data', args: () => ['analyze', scratchFile('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))], code: 1, error: /looks binary/ },
  { name: 'invalid UTF-8', args: () => ['analyze', scratchFile('latin1.txt', Buffer.from('Le Kremlin a d\xe9menti.', 'latin1'))], code: 1, error: /--encoding windows-1252/ },
  { name: 'file over the limit', args: () => ['analyze', join(FIXTURES, 'fr', 'court.txt'), '--max-bytes', '20'], code: 1, error: /over the limit of 20/ },
  { name: 'limit from VEILLE_MAX_BYTES', args: () => ['analyze', join(FIXTURES, 'fr', 'court.txt')], env: { VEILLE_MAX_BYTES: '20' }, code: 1, error: /over the limit of 20/ },
  { name: 'missing file', args: () => ['analyze', join(scratch, 'nowhere.txt')], code: 1, error: /does not exist/ },
  { name: 'unknown --lang', args: () => ['analyze', join(FIXTURES, 'fr', 'court.txt'), '--lang', 'xx'], code: 2, error: /unknown --lang "xx"; use/ },
  { name: 'invalid --published', args: () => ['analyze', join(FIXTURES, 'fr', 'court.txt'), '--published', '2024-02-30'], code: 2, error: /YYYY-MM-DD/ },
  { name: 'text too short to detect', args: () => ['analyze', '-'], stdin: 'Oui.', code: 1, error: /too short.*--lang fr/ },
  { name: 'another language', args: () => ['analyze', '-'], stdin: 'Der Generalsekretär der NATO warnte am Montag vor nordkoreanischen Soldaten.', code: 1, error: /looks like "de"/ },
  { name: 'unknown option', args: () => ['analyze', '--colour'], code: 2, error: /unknown option/ },
  { name: 'unknown encoding', args: () => ['analyze', join(FIXTURES, 'fr', 'court.txt'), '--encoding', 'klingon'], code: 2, error: /unknown --encoding/ },
  { name: 'eval without a folder', args: () => ['eval', join(scratch, 'no-gold')], code: 2, error: /does not exist/ },
];

test('bad input: one line "veille: …" on stderr, nothing on stdout, the right exit code', { concurrency: 4 }, async (t) => {
  await Promise.all(BAD_INPUTS.map((c) => t.test(c.name, async () => {
    const run = await veille(c.args(), { ...(c.stdin !== undefined ? { stdin: c.stdin } : {}), ...(c.env ? { env: c.env } : {}) });
    assert.equal(run.code, c.code, `${c.name}: ${run.stderr}`);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^veille: [^\n]+\n$/);
    assert.match(run.stderr, c.error);
  })));
});

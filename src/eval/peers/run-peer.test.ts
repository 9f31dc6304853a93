import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runPeer } from './run-peer.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

test('runPeer renders a table and figures for each peer on the fixtures', () => {
  const winer = runPeer('winer', FIXTURES);
  assert.match(winer.table.join('\n'), /^all\s+2\s/m);
  const recognizers = runPeer('recognizers', join(FIXTURES, 'recognizers'));
  assert.deepEqual(recognizers.figures.percentage, { cases: 2, hits: 1, share: 0.5 });
  assert.equal(recognizers.errors.length, 1);
  const timebank = runPeer('timebank', FIXTURES);
  assert.equal(timebank.figures.gold, 2);
});

test('runPeer caps the listed misses', () => {
  const report = runPeer('recognizers', join(FIXTURES, 'recognizers'), 0);
  assert.deepEqual(report.errors, ['… 1 more']);
});

test('veille eval --peer: JSON figures and unknown peer', async () => {
  const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin', 'veille.js'), 'eval', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr });
    });
  });
  const [ok, bad] = await Promise.all([run(['--peer', 'timebank', FIXTURES, '--json']), run(['--peer', 'nope', FIXTURES])]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).figures.gold, 2);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /unknown peer "nope"/);
});

/**
 * Acceptance on the team's demo corpus (demo/articles): ingesting it through
 * the real CLI must show what the corpus was written to show — wire copies
 * kept as copies, a corroborated claim, contradictory figures, a denial —
 * and a second ingest must store nothing twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function veille(...args: string[]): unknown {
  const out = execFileSync(process.execPath, [join(root, 'bin/veille.js'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

interface Summary { new: number; duplicate: number; copies: number; failed: number }
interface ClaimJson { type: string; actor: { name: string } | null; target: { name: string } | null; corroboration: { sources: number; outlets: number } }
interface ContradictionJson { kind: string; claimId: string; readings?: { value: number }[] }

test('demo corpus: copies, corroboration, contradictory figures and a denial; re-ingest stores nothing twice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veille-demo-'));
  const db = join(dir, 'demo.db');
  try {
    const first = veille('ingest', 'demo/articles', '--db', db, '--json') as Summary;
    assert.equal(first.failed, 0);
    assert.ok(first.new >= 25, `expected most demo articles stored, got ${first.new}`);
    assert.ok(first.copies >= 2, `expected wire copies kept as copies, got ${first.copies}`);

    const claims = veille('claims', '--db', db, '--min-sources', '2', '--json') as ClaimJson[];
    const troops = claims.find((c) => c.type === 'AID' && c.actor?.name === 'North Korea' && c.target?.name === 'Russia');
    assert.ok(troops, 'North Korea → AID → Russia is a claim');
    assert.ok(troops.corroboration.sources >= 3 && troops.corroboration.outlets >= 3, 'corroborated by several sources and outlets');

    const contradictions = veille('contradictions', '--db', db, '--json') as ContradictionJson[];
    const figures = contradictions.filter((c) => c.kind === 'quantity');
    assert.ok(figures.some((c) => new Set(c.readings?.map((r) => r.value)).size >= 3), 'a claim with three or more different figures');
    assert.ok(contradictions.some((c) => c.kind === 'denial'), 'a denial against an affirmation');

    const second = veille('ingest', 'demo/articles', '--db', db, '--json') as Summary;
    assert.equal(second.new, 0);
    assert.equal(second.copies, 0);
    assert.equal(second.duplicate, first.new + first.copies);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Where the read-only shared material (seed, gold, peers) sits: `../shared`
 * beside the repository, as on the team's machines and in CI, or
 * `VEILLE_SHARED`. Tests that need it skip with a message when it is absent.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED_DIR = process.env.VEILLE_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const GOLD_DEV_DIR = join(SHARED_DIR, 'gold', 'dev');

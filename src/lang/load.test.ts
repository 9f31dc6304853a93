import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANG_ROOT, loadLanguage, supportedLanguages } from './load.ts';

test('French and English are supported, from their folders', () => {
  assert.deepEqual(supportedLanguages(), ['en', 'fr']);
});

test('every language folder holds the same data files', () => {
  const files = (code: string) => readdirSync(join(LANG_ROOT, code)).filter((name) => name.endsWith('.tsv')).sort();
  const [first, ...rest] = supportedLanguages();
  for (const code of rest) assert.deepEqual(files(code), files(first!), `lang/${code} and lang/${first} differ`);
});

test('every data file starts with a comment saying what uses it', () => {
  for (const folder of [...supportedLanguages(), 'world']) {
    for (const name of readdirSync(join(LANG_ROOT, folder)).filter((file) => file.endsWith('.tsv'))) {
      const head = readFileSync(join(LANG_ROOT, folder, name), 'utf8').split('\n', 1)[0] ?? '';
      assert.ok(head.startsWith('#'), `lang/${folder}/${name} has no header comment`);
    }
  }
});

test('every data file is listed in lang/README.md', () => {
  const readme = readFileSync(join(LANG_ROOT, 'README.md'), 'utf8');
  for (const folder of ['fr', 'world']) {
    for (const name of readdirSync(join(LANG_ROOT, folder)).filter((file) => file.endsWith('.tsv'))) {
      const base = name.replace(/\.tsv$/, '');
      assert.ok(readme.includes(`${base}.tsv`), `lang/${folder}/${name} is not documented in lang/README.md`);
    }
  }
});

test('rows are read by column name, comments skipped', () => {
  const rows = loadLanguage('fr').world('entities');
  const russia = rows.find((row) => row.key === 'Russia');
  assert.equal(russia?.iso3, 'RUS');
  assert.equal(russia?.kind, 'country');
});

test('a missing file and an unknown language are clear errors', () => {
  assert.throws(() => loadLanguage('fr').table('no-such-file'), /no-such-file\.tsv is missing/);
  assert.throws(() => loadLanguage('xx'), /no language data for "xx"; supported: en, fr/);
});

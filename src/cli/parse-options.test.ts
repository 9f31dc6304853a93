import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLang, parseMaxBytes, parsePublished } from './parse-options.ts';
import { decodeText } from './read-input.ts';
import { CliError } from './usage-error.ts';

const exitCodeOf = (run: () => unknown): number | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CliError ? error.exitCode : -1;
  }
};

test('parsePublished accepts real days only', () => {
  const cases: [string, string | 2][] = [
    ['2024-11-07', '2024-11-07'], ['2024-02-29', '2024-02-29'], ['2023-02-29', 2], ['2024-13-01', 2],
    ['07/11/2024', 2], ['2024-11-7', 2], ['yesterday', 2],
  ];
  for (const [input, expected] of cases) {
    if (expected === 2) assert.equal(exitCodeOf(() => parsePublished(input)), 2, input);
    else assert.equal(parsePublished(input), expected);
  }
  assert.equal(parsePublished(undefined), null);
});

test('parseLang knows the language folders and auto', () => {
  assert.equal(parseLang('FR'), 'fr');
  assert.equal(parseLang('en'), 'en');
  assert.equal(parseLang('auto'), 'auto');
  assert.equal(exitCodeOf(() => parseLang('de')), 2);
});

test('parseMaxBytes: option, then environment, then 10 MB', () => {
  assert.equal(parseMaxBytes('100', '5'), 100);
  assert.equal(parseMaxBytes(undefined, '5'), 5);
  assert.equal(parseMaxBytes(undefined, undefined), 10 * 1024 * 1024);
  for (const bad of ['0', '-3', '1.5', 'lots']) assert.equal(exitCodeOf(() => parseMaxBytes(bad, undefined)), 2, bad);
});

test('decodeText refuses empty, binary and wrongly encoded input', () => {
  const cases: { bytes: Buffer; encoding?: string; code: number | null }[] = [
    { bytes: Buffer.from('Le Kremlin a démenti.'), code: null },
    { bytes: Buffer.from('\uFEFFLe Kremlin a démenti.'), code: null },
    { bytes: Buffer.from(''), code: 1 },
    { bytes: Buffer.from(' \n\t '), code: 1 },
    { bytes: Buffer.from([0x41, 0x00, 0x42]), code: 1 },
    { bytes: Buffer.from('\u0001\u0002\u0003\u0004 binary'), code: 1 },
    { bytes: Buffer.from('d\xe9menti', 'latin1'), code: 1 },
    { bytes: Buffer.from('d\xe9menti', 'latin1'), encoding: 'windows-1252', code: null },
    { bytes: Buffer.from('x'), encoding: 'no-such-encoding', code: 2 },
  ];
  for (const { bytes, encoding, code } of cases) {
    assert.equal(exitCodeOf(() => decodeText(bytes, encoding ?? 'utf-8', 'input')), code, `${bytes.toString('hex')} ${encoding ?? ''}`);
  }
  assert.equal(decodeText(Buffer.from('d\xe9menti', 'latin1'), 'windows-1252', 'input'), 'démenti');
  assert.equal(decodeText(Buffer.from('\uFEFFabc'), 'utf-8', 'input'), 'abc');
});

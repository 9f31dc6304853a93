import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../../lang/load.ts';
import type { Office } from './compile-gazetteer.ts';
import { foldForMatch } from './fold-for-match.ts';
import { editDistance } from './link-short-names.ts';
import { caseFits } from './match-gazetteer.ts';
import { currentHolder } from './resolve-roles.ts';
import { scanWords } from './scan-words.ts';
import { SpanIndex } from './span-index.ts';
import { capitalisedRuns } from './capitalised-runs.ts';
import { compileShapes } from './compile-shapes.ts';

test('foldForMatch keeps the length and folds case, accents and typography', () => {
  const cases: [string, string][] = [
    ['Corée du\u00A0Nord', 'coree du nord'],
    ['l’OTAN', "l'otan"],
    ['ÉTATS-UNIS', 'etats-unis'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(foldForMatch(input), expected);
    assert.equal(foldForMatch(input).length, input.length);
  }
});

test('caseFits: proper names keep their case, acronyms and all caps are tolerated, French demonyms fit any case', () => {
  const cases: [string, string, 'name' | 'demonym', string, boolean][] = [
    ['china', 'China', 'name', 'en', false],
    ['China', 'China', 'name', 'en', true],
    ['CHINA', 'China', 'name', 'en', true],
    ['Otan', 'OTAN', 'name', 'fr', true],
    ['us', 'US', 'name', 'en', false],
    ['Corée du sud', 'Corée du Sud', 'name', 'fr', true],
    ['Russes', 'russes', 'demonym', 'fr', true],
    ['russian', 'Russian', 'demonym', 'en', false],
  ];
  for (const [surface, name, form, code, expected] of cases) {
    assert.equal(caseFits(surface, { key: 'X', form, primary: true, surface: name }, code), expected, `${surface} vs ${name}`);
  }
});

test('scanWords splits elisions and possessives and keeps initials', () => {
  const cases: [string, string[]][] = [
    ["le golfe d'Aden", ['le', 'golfe', "d'", 'Aden']],
    ['Yellen’s team', ['Yellen', 'team']],
    ['M. Dupont et U.S. forces', ['M.', 'Dupont', 'et', 'U.S.', 'forces']],
    ['Shin Won-sik.', ['Shin', 'Won-sik']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(scanWords(text, 0, text.length).map((w) => w.text), expected);
});

test('capitalisedRuns joins names over particles but not over other words', () => {
  const shapes = compileShapes(loadLanguage('fr'));
  const text = 'Ursula von der Leyen a vu Moscou et Pyongyang';
  const words = scanWords(text, 0, text.length);
  const runs = capitalisedRuns(words, text, shapes).map((run) => words.slice(run.from, run.to).map((w) => w.text).join(' '));
  assert.deepEqual(runs, ['Ursula von der Leyen', 'Moscou', 'Pyongyang']);
});

test('editDistance counts edits', () => {
  const cases: [string, string, number][] = [['Abdollahian', 'Abdollahiyan', 1], ['Rutte', 'Rutte', 0], ['Kim', 'Lee', 3]];
  for (const [a, b, expected] of cases) assert.equal(editDistance(a, b), expected);
});

test('currentHolder picks the holder in force at the date, or the latest', () => {
  const rows: Office[] = [
    { holder: 'A', office: 'secretary-general', of: 'NATO', from: '2014-10-01', to: '2024-09-30' },
    { holder: 'B', office: 'secretary-general', of: 'NATO', from: '2024-10-01', to: '' },
  ];
  assert.equal(currentHolder(rows, '2020-01-01')?.holder, 'A');
  assert.equal(currentHolder(rows, '2024-11-07')?.holder, 'B');
  assert.equal(currentHolder(rows, null)?.holder, 'B');
  assert.equal(currentHolder(rows, '2010-01-01'), null);
});

test('SpanIndex answers overlaps and neighbours', () => {
  const index = new SpanIndex([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 30, end: 32 }]);
  assert.deepEqual(index.overlapping(4, 11), [{ start: 0, end: 5 }, { start: 10, end: 20 }]);
  assert.deepEqual(index.inside(9, 25), [{ start: 10, end: 20 }]);
  assert.deepEqual(index.firstFrom(21), { start: 30, end: 32 });
  assert.deepEqual(index.lastBefore(29), { start: 10, end: 20 });
});

test('isLocativeAt reads the preposition before a name, and a verb of giving in its clause only', async () => {
  const { compileLocatives, isLocativeAt } = await import('./compile-locatives.ts');
  const fr = compileLocatives(loadLanguage('fr'));
  const cases: [string, string, boolean][] = [
    ['Le dirigeant est arrivé à Moscou.', 'Moscou', true],
    ['Le navire fournirait des armes à Moscou.', 'Moscou', false],
    ['Après avoir fourni des armes, il est arrivé à Moscou.', 'Moscou', true],
    // a long sentence: only the words near the name count, and a word's tail is no preposition ("Bien" … "en")
    [`${'Les négociateurs ont parlé longtemps de la trêve et des otages, '.repeat(3)}puis ils sont rentrés à Moscou.`, 'Moscou', true],
    ['Le patron de Citroën Moscou parle.', 'Moscou', false],
  ];
  for (const [text, name, expected] of cases) assert.equal(isLocativeAt(fr, text, 0, text.indexOf(name)), expected, text);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './clean-byline.ts';

test('cleanByline: names without cue words, datelines, roles or wire services', () => {
  const cases: [string | null, string | null][] = [
    ['Par Jean Dupont (Budapest, envoyé spécial)', 'Jean Dupont'],
    ['By Jane Doe and John Roe, Reuters', 'Jane Doe, John Roe'],
    ['Jean Dupont avec AFP', 'Jean Dupont'],
    ['Par Marie Martin et Paul Durand', 'Marie Martin, Paul Durand'],
    ['Par Jean Dupont, envoyé spécial à Kiev', 'Jean Dupont'],
    ['Propos recueillis par Anne Leroy', 'Anne Leroy'],
    ['By Jane Doe | Reuters', 'Jane Doe'],
    ['Jane Doe in Kyiv', 'Jane Doe'],
    ['By Jane Doe, with additional reporting by Sam Poe', 'Jane Doe'],
    ['Par Jean-Luc Le Goff', 'Jean-Luc Le Goff'],
    ['Jane Doe & John Roe', 'Jane Doe, John Roe'],
    ['Par Jean Dupont Publié le 07 novembre 2024 à 10h00', 'Jean Dupont'],
    ['Jane Doe Staff writer', 'Jane Doe'],
    ['Jean Dupont 07/11/2024', 'Jean Dupont'],
    ['AFP', null],
    ['Par la rédaction', null],
    ['Correspondent', null],
    ['', null],
    [null, null],
  ];
  for (const [raw, expected] of cases) assert.equal(cleanByline(raw), expected, String(raw));
});

test('cleanByline: a date after the names is no author', () => {
  assert.equal(cleanByline('By Jane Doe and John Roe, Reuters · March 4, 2024'), 'Jane Doe, John Roe');
  assert.equal(cleanByline('Par Jean Dupont • 7 novembre 2024'), 'Jean Dupont');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'Iran', 'China', 'Ukraine', 'United States', 'NATO', 'Mark Rutte');

const cases: readonly (readonly [string, 'fr' | 'en', string, readonly string[]])[] = [
  ['a meeting asked of two parties is no meeting (fr)', 'fr', 'Rutte a exhorté la Russie et l\'Ukraine à se rencontrer.', ['REQUEST Mark Rutte → Russia', 'REQUEST Mark Rutte → Ukraine']],
  ['a withdrawal urged is no withdrawal (en)', 'en', 'Rutte urged Moscow to withdraw from Ukraine.', ['REQUEST Mark Rutte → Russia']],
  ['sanctions asked for are no sanctions (fr)', 'fr', 'Kiev a demandé de nouvelles sanctions contre Moscou.', []],
  // A request opening a que/that clause: the clause's verb is what is asked.
  ['a withdrawal demanded with que is no withdrawal (fr)', 'fr', 'Kiev exige que Moscou retire ses troupes.', ['REQUEST Ukraine → Russia']],
  ['a withdrawal demanded with that is no withdrawal (en)', 'en', 'Kyiv demanded that Moscow withdraw its troops.', ['REQUEST Ukraine → Russia']],
  ['demander que names whom it asks (fr)', 'fr', 'Kiev demande que Washington livre des missiles.', ['REQUEST Ukraine → United States']],
  // A request noun: the act noun its preposition opens is asked for, not done.
  ['sanctions in a demand for them are no sanctions (en)', 'en', 'Kyiv renewed its demand for sanctions against Moscow.', []],
  ['un retrait exigé par un nom is no withdrawal (fr)', 'fr', "L'exigence américaine d'un retrait russe est claire.", []],
  ['a request noun with its addressee stays a request (en)', 'en', "Washington's demands on Kyiv grew.", ['REQUEST United States → Ukraine']],
  // A warning against an act: the act is not done.
  ['aid warned against is no aid (fr)', 'fr', 'Washington a mis en garde Pékin contre toute aide militaire à Moscou.', ['THREATEN United States → China']],
  ['sending warned against is no sending (en)', 'en', 'Washington warned Beijing against sending arms to Moscow.', ['THREATEN United States → China']],
  ['a warning that an act happened keeps the act (en)', 'en', 'Washington warned that Beijing sent arms to Moscow.', ['THREATEN United States → China', 'AID China → Russia']],
  // Only what the request introduces goes: an act in a clause of its own stays.
  ['an act after a comma is no part of the request (en)', 'en', 'Rutte urged Moscow to stop, and Beijing met Kyiv.', ['REQUEST Mark Rutte → Russia', 'CONSULT China → Ukraine']],
];

for (const [name, lang, text, expected] of cases) {
  test(`dropRequestedActs: ${name}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    assert.deepEqual(viewEvents(handDoc({ text, lang, entities: ALL })).map((e) => `${e.type} ${e.actor} → ${e.target}`), expected);
  });
}

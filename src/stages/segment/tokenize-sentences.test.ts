import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { segmentText } from './segment-text.ts';

/** Tokens of a one-sentence text as `text` or `text/kind` for non-words. */
function tokensOf(text: string, lang: string): string[] {
  const doc = segmentText(text, lang);
  assertDoc(doc);
  return doc.get('tokens').map((t) => (t.kind === 'word' ? t.text : `${t.text}/${t.kind}`));
}

const FRENCH: readonly [string, string[]][] = [
  ['l’OTAN', ['l’', 'OTAN']],
  ["d'urgence", ["d'", 'urgence']],
  ['qu’il', ['qu’', 'il']],
  ['jusqu’à', ['jusqu’', 'à']],
  ['aujourd’hui', ['aujourd’hui']],
  ["qu'aujourd'hui", ["qu'", "aujourd'hui"]],
  ['L’Indo-Pacifique', ['L’', 'Indo-Pacifique']],
  ['a-t-il déclaré', ['a', '-t-/punct', 'il', 'déclaré']],
  ['déclare-t-elle', ['déclare', '-t-/punct', 'elle']],
  ['a-t-on', ['a', '-t-/punct', 'on']],
  ['dit-il', ['dit', '-/punct', 'il']],
  ['Qu’est-ce', ['Qu’', 'est', '-/punct', 'ce']],
  ['rendez-vous', ['rendez-vous']],
  ['Jean-Il', ['Jean-Il']],
  ['nord-coréens', ['nord-coréens']],
  ['secrétaire-général', ['secrétaire-général']],
  ['10 000 soldats', ['10 000/number', 'soldats']],
  ['10\u00A0000 soldats', ['10\u00A0000/number', 'soldats']],
  ['10\u202F000 soldats', ['10\u202F000/number', 'soldats']],
  ['1 200 000,5', ['1 200 000,5/number']],
  ['en 2022 500 soldats', ['en', '2022/number', '500/number', 'soldats']],
  ['1,2 %', ['1,2/number', '%/symbol']],
  ['14 h 30.', ['14/number', 'h', '30/number', './punct']],
  ['M. Dupont', ['M.', 'Dupont']],
  ['52 av. J.-C.', ['52/number', 'av.', 'J.-C.']],
  ['COP29 et KN-23', ['COP29', 'et', 'KN-23']],
  ['« Non ! »', ['«/punct', 'Non', '!/punct', '»/punct']],
  ['Quoi ?! Bon...', ['Quoi', '?!/punct', 'Bon', '.../punct']],
  ['voir https://exemple.fr/a?b=1.', ['voir', 'https://exemple.fr/a?b=1/symbol', './punct']],
  ['Un café. Puis « naïve» (Zoë) fin.', ['Un', 'café', './punct', 'Puis', '«/punct', 'naïve', '»/punct', '(/punct', 'Zoë', ')/punct', 'fin', './punct']],
];

const ENGLISH: readonly [string, string[]][] = [
  ['Mr. Smith', ['Mr.', 'Smith']],
  ['U.S. officials', ['U.S.', 'officials']],
  ["Russia's army", ['Russia', "'s", 'army']],
  ['Peskov’s comments', ['Peskov', '’s', 'comments']],
  ["don't", ['do', "n't"]],
  ["O'Brien", ["O'Brien"]],
  ['11,000 troops', ['11,000/number', 'troops']],
  ['3.5 percent', ['3.5/number', 'percent']],
  ['1,000,000', ['1,000,000/number']],
  ['a 60-day truce', ['a', '60-day', 'truce']],
  ['George W. Bush', ['George', 'W.', 'Bush']],
  ['mail press@example.org now', ['mail', 'press@example.org/symbol', 'now']],
  ['at marinetraffic.com today', ['at', 'marinetraffic.com/symbol', 'today']],
  // letters before a dot, a colon or an underscore: the plain-word shortcut must leave these to the full pattern
  ['Visit www.example.org today: it works.', ['Visit', 'www.example.org/symbol', 'today', ':/punct', 'it', 'works', './punct']],
  ['Go to http://a.org now', ['Go', 'to', 'http://a.org/symbol', 'now']],
  ['Note: E.U. rules and O. Smith.', ['Note', ':/punct', 'E.U.', 'rules', 'and', 'O.', 'Smith', './punct']],
  ['write to ann_lee@mail.org or ann.lee@mail.org', ['write', 'to', 'ann_lee@mail.org/symbol', 'or', 'ann.lee@mail.org/symbol']],
  ['www. bad', ['www', './punct', 'bad']],
];

for (const [lang, cases] of [['fr', FRENCH], ['en', ENGLISH]] as const) {
  for (const [text, expected] of cases) {
    test(`tokens (${lang}): ${text}`, () => assert.deepEqual(tokensOf(text, lang), expected));
  }
}

test('norm is lower case with plain apostrophes and spaces', () => {
  const doc = segmentText('L’OTAN compte 10\u202F000 soldats.', 'fr');
  assertDoc(doc);
  assert.deepEqual(doc.get('tokens').map((t) => t.norm), ["l'", 'otan', 'compte', '10 000', 'soldats', '.']);
});

test('firstDots: where the first dot of each abbreviation lies, or null when a space comes before it', async () => {
  const { firstDots } = await import('./load-segment-data.ts');
  assert.deepEqual(firstDots(['Dr.', 'Gén.', 'N.-B.', 'Sr.']), [1, 2, 3]);
  assert.equal(firstDots(['av.', 'c à d.']), null);
});

test('every token carries its sentence index and a rule', () => {
  const doc = segmentText('Il part. A-t-il dit ? Oui.', 'fr');
  assertDoc(doc);
  assert.deepEqual(doc.get('tokens').map((t) => t.sentence), [0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
  assert.equal(doc.get('tokens')[4]?.by, 'segment/inverted-pronoun');
});

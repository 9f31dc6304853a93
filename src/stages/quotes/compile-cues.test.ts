import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguage } from '../../lang/load.ts';
import { compileCues, firstWords, isGerund } from './compile-cues.ts';
import { findCues } from './find-cues.ts';

const fr = compileCues(loadLanguage('fr'));
const en = compileCues(loadLanguage('en'));

const FORMS: readonly (readonly [string, typeof fr, string, string])[] = [
  ['fr', fr, 'déclarèrent', 'déclarer'], // from the morphology module
  ['fr', fr, 'affirmait', 'affirmer'],
  ['fr', fr, "s'est félicité", 'se féliciter'], // listed in the table
  ['fr', fr, 'mis en garde', 'mettre en garde'],
  ['en', en, 'told', 'tell'],
  ['en', en, 'emphasised', 'emphasize'],
];

for (const [code, lexicon, form, lemma] of FORMS) {
  test(`${code}: "${form}" is a form of ${lemma}`, () => {
    assert.equal(lexicon.verbs.get(form)?.lemma, lemma);
  });
}

test('the lexicon is compiled once per language', () => {
  assert.equal(compileCues(loadLanguage('fr')), fr);
});

const CUES: readonly (readonly [string, typeof fr, string, string, string | null, boolean])[] = [
  ['fr', fr, '« Oui », a-t-il déclaré.', 'a-t-il déclaré', 'il', false],
  ['fr', fr, 'Le ministre a également indiqué que tout allait bien.', 'a également indiqué', null, false],
  ['fr', fr, 'Moscou n’a jamais démenti que la frappe avait eu lieu.', 'a jamais démenti', null, true],
  ['en', en, '“Yes,” said he.', 'said he', 'he', false],
  ['en', en, 'The ministry has said that talks failed.', 'has said', null, false],
  ['en', en, 'Kyiv did not deny that it struck the depot.', 'did not deny', null, true],
];

for (const [code, lexicon, text, cueText, pronoun, negated] of CUES) {
  test(`${code}: cue in "${text}"`, () => {
    const cue = findCues(text, 0, text.length, lexicon)[0];
    assert.ok(cue, 'a cue is found');
    assert.equal(text.slice(cue.start, cue.end), cueText);
    assert.equal(cue.pronoun ? text.slice(cue.pronoun.start, cue.pronoun.end) : null, pronoun);
    assert.equal(cue.negated, negated);
  });
}

test('participles and -ing forms share the subject of the main verb', () => {
  assert.equal(isGerund(fr, 'soulignant'), true);
  assert.equal(isGerund(en, 'warning'), true);
  assert.equal(isGerund(en, 'said'), false);
});

test('findCues: windows of one text read the same words as a fresh scan, a word cut by the window start included', () => {
  const text = 'Le porte-parole a répété que la trêve tenait. Elle a ajouté : « Rien ne change. »';
  const verbsIn = (from: number, to: number) => findCues(text, from, to, fr).map((cue) => text.slice(cue.verb.start, cue.verb.end));
  assert.deepEqual(verbsIn(0, text.length), ['répété', 'ajouté']);
  const cut = text.indexOf('répété') + 2; // inside "répété": the window's first word is "pété", no verb
  assert.deepEqual(verbsIn(cut, text.length), ['ajouté']);
  assert.deepEqual(verbsIn(text.indexOf('Elle'), text.length), ['ajouté']);
  assert.deepEqual(verbsIn(0, text.indexOf('Elle')), ['répété']);
  const other = 'The envoy said nothing.';
  assert.deepEqual(findCues(other, 0, other.length, en).map((cue) => other.slice(cue.verb.start, cue.verb.end)), ['said']);
  assert.deepEqual(verbsIn(0, text.length), ['répété', 'ajouté']);
});

test('text runs: the count over any window is the count of a scan of its slice', async () => {
  const { runsIn, textRuns } = await import('./text-runs.ts');
  const { wordsOf } = await import('./context.ts');
  const text = "« L’envoyé a dit : “non” », a-t-il rapporté à 14 h 30, face aux 3 délégués de l'ONU.";
  const runs = textRuns(text);
  for (let from = 0; from <= text.length; from++) {
    for (let to = from; to <= text.length; to += 3) assert.equal(runsIn(runs, from, to), wordsOf(text.slice(from, to)).length, `${from}-${to}`);
  }
  assert.equal(textRuns('Il fut İzmir.').unsure, true);
});

test('firstWords: the first word of each phrase, or null when one opens with no letter', () => {
  assert.deepEqual([...(firstWords(["d'après", 'selon laquelle', 'According to', '']) ?? [])], ['d', 'selon', 'according']);
  assert.equal(firstWords(['« selon']), null);
});

test('text runs: the runs a scan for letters and digits finds, astral letters and lone surrogates included', async () => {
  const { textRuns } = await import('./text-runs.ts');
  for (const text of ['Le 𝐀𝐁 du 12e, à 3 km — ok', 'x\uD835y 😀z \uDC00w', '', '  ', 'é']) {
    const runs = textRuns(text);
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    assert.deepEqual(runs.starts, expected.map((m) => m.index), text);
    assert.deepEqual(runs.ends, expected.map((m) => m.index + m[0].length), text);
  }
});

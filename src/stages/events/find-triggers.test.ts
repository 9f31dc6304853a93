import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../../lang/load.ts';
import { openingWord, readPatterns } from './read-patterns.ts';
import { findTriggers, triggerMatches } from './find-triggers.ts';
import { buildContext } from './index.ts';
import { handDoc, world, type HandEntity } from './test-doc.ts';

test('openingWord: the first run of letters, lower case', () => {
  for (const [surface, expected] of [
    ['Imposer … sanctions', 'imposer'],
    ["s'est rendu", 's'],
    ['Strikes', 'strikes'],
  ] as const) assert.equal(openingWord(surface), expected, surface);
});

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  ['fr', 'Pyongyang livre des obus à Moscou.', ['livre']],
  ['fr', "Le ministre s'est rendu à Kiev puis a rencontré Zelensky.", ["s'est rendu", 'rencontré']],
  ['fr', 'Les deux ministres se sont entretenus hier au sujet d\'une visite.', ['se sont entretenus', 'visite']],
  ['fr', 'Bruxelles a imposé de nouvelles sanctions à Téhéran.', ['imposé de nouvelles sanctions']],
  // Whole words only: "livres" of a bookshop is not a form of livrer.
  ['fr', 'La librairie vend des livresques.', []],
  ['en', 'Iran has shipped hundreds of drones to Russia.', ['shipped']],
  ['en', 'THE EU IMPOSED SANCTIONS ON IRAN.', ['IMPOSED SANCTIONS']],
];

for (const [code, sentence, expected] of cases) {
  test(`triggerMatches (${code}): ${sentence}`, () => {
    assert.deepEqual([...triggerMatches(sentence, readPatterns(loadLanguage(code)))].map((m) => m[0]), expected);
  });
}

/** The trigger words findTriggers keeps in a hand-built doc, with the parts of speech read there. */
function triggersOf(text: string, lang: 'fr' | 'en', entities: readonly HandEntity[]): string[] {
  const doc = handDoc({ text, lang, entities });
  return findTriggers([], buildContext(doc, loadLanguage(lang)))
    .map((c) => `${text.slice(c.trigger.start, c.trigger.end)}/${c.pattern.pos}`)
    .filter((value, index, all) => all.indexOf(value) === index);
}

test('findTriggers: a trigger word inside a name is part of the name (en)', () => {
  const watchdog: HandEntity = { name: 'Censor Watch', kind: 'organization', says: ['Censor Watch'] };
  assert.deepEqual(triggersOf('Analysts at Censor Watch expect Moscow to bomb Kyiv again.', 'en', [...world('Russia', 'Ukraine'), watchdog]), ['bomb/verb']);
});

test('findTriggers: a trigger word inside a name is part of the name (fr)', () => {
  const union: HandEntity = { name: 'Alliance Paysanne', kind: 'organization', says: ['Alliance Paysanne'] };
  assert.deepEqual(triggersOf("L'Alliance Paysanne dit que Moscou a bombardé Kiev.", 'fr', [...world('Russia', 'Ukraine'), union]), ['bombardé/verb']);
});

test('findTriggers: a present participle that is also a noun is a verb only after "be" (en)', () => {
  assert.deepEqual(triggersOf('After the council meeting, Moscow said Tehran was meeting Kyiv.', 'en', world('Russia', 'Iran', 'Ukraine')),
    ['meeting/noun', 'meeting/verb']);
});

test('findTriggers: a gapped phrase reaches a part behind an elided article (fr)', () => {
  assert.deepEqual(triggersOf("Kiev a mis fin à l'accord avec Moscou.", 'fr', world('Russia', 'Ukraine')), ['mis/verb']);
});

test('findTriggers: right after a preposition a finite verb form is a noun or nothing (fr)', () => {
  assert.deepEqual(triggersOf("Rutte l'a confié à une agence de presse de Kiev.", 'fr', world('Mark Rutte', 'Ukraine')), []);
});

test('findTriggers: right after a preposition a finite verb form is a noun or nothing (en)', () => {
  assert.deepEqual(triggersOf('Dozens died in attacks on Kyiv.', 'en', world('Russia', 'Ukraine')), ['attacks/noun']);
});

test('findTriggers: a present participle with its object right after it stays a verb (en)', () => {
  assert.deepEqual(triggersOf('Rutte flew home after meeting the Chinese leader.', 'en', [...world('China', 'Mark Rutte')]), ['meeting/noun', 'meeting/verb']);
});

test('triggerMatches: forms read by word and by their own regex give what the opening regexes give', () => {
  const sentences: Record<string, string[]> = {
    fr: [
      'Pyongyang livre des obus et Moscou a imposé de nouvelles sanctions.',
      "L'armée s'est retirée après les frappes, selon Kiev.",
      "Les deux chefs se sont entretenus puis ont levé l'embargo.",
      // "ſ" folds to "s" in a case-insensitive regex, not in lower case: such a sentence is read by the regexes.
      'Bruxelles a imposé de nouvelles ſanctions à Téhéran.',
    ],
    en: [
      'Iran supplies drones and the EU imposed fresh sanctions on Tehran.',
      'Troops withdrew after the strikes, Kyiv said.',
      'The two leaders took part in talks and LAUNCHED A NEW OFFENSIVE.',
    ],
  };
  const groupOf = (m: RegExpExecArray) => Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
  for (const [code, list] of Object.entries(sentences)) {
    const matcher = readPatterns(loadLanguage(code));
    assert.ok(['livre', 'supplies'].some((word) => matcher.forms?.(word)?.some((form) => form.word === word)), `${code}: some one-word form is read as a word`);
    // Written forms of the triggers inside a sentence (a gap filled with two words), as a whole word and not.
    const written = [...matcher.bySurface.keys()].filter((_, index) => index % 30 === 0).flatMap((surface) => [' ici.', 's ici.', '2.'].map((after) => `Hier, ${surface.replaceAll(' … ', ' deux mots ')}${after}`));
    for (const sentence of [...list, ...written]) {
      const fast = [...triggerMatches(sentence, matcher)].map((m) => [m[0], m.index, groupOf(m)]);
      const slow = [...triggerMatches(sentence, { ...matcher, plain: undefined, forms: undefined })].map((m) => [m[0], m.index, groupOf(m)]);
      if (list.includes(sentence)) assert.ok(fast.length > 0, sentence);
      assert.deepEqual(fast, slow, sentence);
    }
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { describeMentions, makeTestDoc } from './make-test-doc.ts';

/** Mentions of a text (asserting the doc invariants on the way). */
function mentionsOf(text: string, lang: string, published: string | null = '2024-11-07'): string[] {
  const doc = makeTestDoc(text, lang, published);
  assertDoc(doc);
  return describeMentions(doc);
}

const has = (list: readonly string[], expected: string) =>
  assert.ok(list.includes(expected), `expected "${expected}" among:\n  ${list.join('\n  ')}`);
const lacks = (list: readonly string[], pattern: RegExp) =>
  assert.ok(!list.some((item) => pattern.test(item)), `unexpected ${pattern} among:\n  ${list.join('\n  ')}`);

test('a capital stands for its state, or for the city after a locative preposition', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Selon les services sud-coréens, Pyongyang livrerait des obus.', 'Pyongyang → North Korea (capital)'],
    ['fr', 'Les deux pays se rapprochent : entre Moscou et Pyongyang, les visites se multiplient.', 'Moscou → Russia (capital)'],
    ['fr', "Le navire fournirait du pétrole à Moscou depuis l'été.", 'Moscou → Russia (capital)'],
    ['fr', 'Le dirigeant est arrivé à Moscou dans la nuit.', 'Moscou → Moscow (name)'],
    ['en', 'Officials in Seoul said Pyongyang had shipped shells by rail.', 'Pyongyang → North Korea (capital)'],
    ['en', 'The delegation landed in Moscow on Tuesday evening.', 'Moscow → Moscow (name)'],
    // The "to" of "according to" is no locative: the capital after it speaks for its state.
    ['en', 'According to Moscow, the convoy was turned back at the border.', 'Moscow → Russia (capital)'],
    ['fr', "D'après Moscou, le convoi a été refoulé à la frontière.", 'Moscou → Russia (capital)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
});

test('French demonyms in their four forms are mentions of the state', () => {
  const list = mentionsOf(
    "Un officier nord-coréen, une unité nord-coréenne, des soldats nord-coréens et des troupes nord-coréennes ont été vus.",
    'fr',
  );
  for (const form of ['nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes']) has(list, `${form} → North Korea (demonym)`);
});

test('the longest name wins over the names inside it', () => {
  const list = mentionsOf('Le sommet a réuni la Corée du Nord et la Russie.', 'fr');
  has(list, 'Corée du Nord → North Korea (name)');
  lacks(list, /^Corée →/u);
});

test('English common nouns written in lower case are not country names', () => {
  const list = mentionsOf('She bought china plates and a roast turkey for the dinner in Washington.', 'en');
  lacks(list, /^china →/u);
  lacks(list, /^turkey →/u);
});

test('all-caps and acronym case variants still match', () => {
  has(mentionsOf("Les alliés de l'Otan se réunissent.", 'fr'), 'Otan → NATO (name)');
});

test('a role in apposition binds the person, and the bare role later refers to them', () => {
  const list = mentionsOf(
    "Le secrétaire général de l'OTAN, Mark Rutte, a reçu les ministres. Plus tard, le secrétaire général a répondu aux questions.",
    'fr',
  );
  has(list, "secrétaire général de l'OTAN → Mark Rutte (role)");
  has(list, 'secrétaire général → Mark Rutte (role)');
});

test('a role with its organisation names the holder at the publication date', () => {
  has(mentionsOf("Le patron de l'OTAN a appelé les alliés à l'unité.", 'fr', '2024-11-07'), "patron de l'OTAN → Mark Rutte (role)");
  has(mentionsOf('The NATO chief urged members to spend more.', 'en', '2024-11-07'), 'NATO chief → Mark Rutte (role)');
});

test('a pronoun after a quote refers to the speaker named before', () => {
  const list = mentionsOf(
    "Mark Rutte a rencontré les ministres à Bruxelles. « Nous devons agir vite », a-t-il déclaré.",
    'fr',
  );
  has(list, 'il → Mark Rutte (pronoun)');
});

test('impersonal "il" is not a pronoun mention', () => {
  const list = mentionsOf('Mark Rutte est arrivé. Il y a beaucoup à faire, il faut agir.', 'fr');
  lacks(list, /^Il → /u);
  lacks(list, /^il → /u);
});

test('unknown people are found by a title or by a given name', () => {
  has(mentionsOf('Selon M. Berthelot, la réunion a été reportée.', 'fr'), 'M. Berthelot → Berthelot (shape)');
  has(mentionsOf("Le ministre sud-coréen de la Défense, Park Jin-ho, s'est exprimé.", 'fr'), 'Park Jin-ho → Park Jin-ho (shape)');
  has(mentionsOf('The report was written by Olivia Brandt and published on Monday.', 'en'), 'Olivia Brandt → Olivia Brandt (shape)');
  has(mentionsOf('Defence Minister Tomas Verhoeven spoke to reporters.', 'en'), 'Tomas Verhoeven → Tomas Verhoeven (shape)');
});

test('unknown organisations and places are found by their head noun', () => {
  has(mentionsOf("Un professeur de l'université de Kerlaz a publié une étude.", 'fr'), 'université de Kerlaz → Kerlaz University (shape)');
  has(mentionsOf('Researchers at Kerlaz University published a study.', 'en'), 'Kerlaz University → Kerlaz University (shape)');
  has(mentionsOf('Le cargo a été vu dans le golfe de Morvan.', 'fr'), 'golfe de Morvan → golfe de Morvan (shape)');
  has(mentionsOf('The tanker was seen in the Morvan Strait last week.', 'en'), 'Morvan Strait → Morvan Strait (shape)');
});

test('a surname alone later refers to the full name introduced before', () => {
  const list = mentionsOf('Jean Berthelot dirige la mission. Selon Berthelot, rien ne bouge.', 'fr');
  has(list, 'Jean Berthelot → Jean Berthelot (shape)');
  has(list, 'Berthelot → Jean Berthelot (alias)');
});

test('a capitalised common word opening a sentence is not an entity', () => {
  const list = mentionsOf('Nouvelle menace pour la paix. Prudence, disent les experts.', 'fr');
  assert.deepEqual(list, []);
  assert.deepEqual(mentionsOf('Tensions rose again on Friday.', 'en'), []);
});

test('a French place name opening with "Le" is found after "au" and "du"', () => {
  has(mentionsOf('Les négociateurs sont restés au Caire toute la semaine.', 'fr'), 'Caire → Cairo (name)');
});

test('a name before a hyphenated modifier still counts, a name inside a longer hyphenated name does not', () => {
  has(mentionsOf('A Malta-flagged tanker was hit near the coast.', 'en'), 'Malta → Malta (name)');
  const list = mentionsOf("Le ministre sud-coréen de la Défense, Park Jin-ho, s'est exprimé.", 'fr');
  lacks(list, /^Park Jin →/u);
});

test('an all-caps capital opening a paragraph is a dateline: the city', () => {
  has(mentionsOf('Intro line.\nBRUSSELS — Allies met again on Tuesday.', 'en'), 'BRUSSELS → Brussels (name)');
});

test('a describing head noun leaves the name alone: "village de Krynky" → Krynky, a place', () => {
  const doc = makeTestDoc('Les forces ont pris le contrôle du village de Krynky.', 'fr');
  assertDoc(doc);
  assert.deepEqual(doc.get('entities').map((e) => `${e.name}/${e.kind}`), ['Krynky/place']);
});

test('title-case headlines and language names do not make names by shape', () => {
  assert.deepEqual(mentionsOf('Kerlaz Presses Allies For More Air Force Support', 'en'), []);
  assert.deepEqual(mentionsOf('The talks were held in Arabic and lasted hours.', 'en'), []);
});

test('roles and titles match with or without accents, and an apposition after a complement names a person', () => {
  has(mentionsOf("Interrogée, la porte-parole du gouvernement, Prisca Vernier, a répondu.", 'fr'), 'Prisca Vernier → Prisca Vernier (shape)');
  has(mentionsOf("Le chef de l'Etat américain a parlé.", 'fr', '2024-11-07'), "chef de l'Etat américain → Joe Biden (role)");
});

test('a vague role noun takes the person already bound to that state', () => {
  const list = mentionsOf('Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. The Israeli leader then left.', 'en', '2024-02-12');
  has(list, 'Israeli leader → Benjamin Netanyahu (role)');
});

test('capitalised words joined by a conjunction before an organisation head are one name', () => {
  has(mentionsOf('The Kerlaz Relief and Works Agency said aid was blocked.', 'en'), 'Kerlaz Relief and Works Agency → Kerlaz Relief and Works Agency (shape)');
});

test('poor countries, as a collective, are the developing countries', () => {
  has(mentionsOf('Les pays riches financeront les pays pauvres touchés par les sécheresses.', 'fr'), 'pays pauvres → Developing countries (name)');
  has(mentionsOf('Rich countries will fund poorer nations hit by droughts.', 'en'), 'poorer nations → Developing countries (name)');
});

test('a name with a model number after a hyphen is a weapon, not the entity', () => {
  lacks(mentionsOf('Iran has shipped Fatah-360 missiles to Russia.', 'en'), /Fatah →/u);
  lacks(mentionsOf("L'Iran a livré des missiles Fatah-110 à la Russie.", 'fr'), /Fatah →/u);
  has(mentionsOf('Fatah and Hamas met in Cairo.', 'en'), 'Fatah → Fatah (name)');
});

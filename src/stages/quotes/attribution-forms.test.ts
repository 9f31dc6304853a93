/**
 * Where the attribution of a quote sits: an incise inside the marks closed by
 * a comma or a full stop, the medium or occasion between a verb and its
 * complementiser, a sentence framed by "Pour X," / "For X,", a straight quote running over
 * paragraphs, an apposition after an attributed quotation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuoteCases, type QuoteCase, CAST } from './quote-cases.ts';
import { buildTestDoc } from './test-doc.ts';

const CASES: readonly QuoteCase[] = [
  {
    name: 'fr: an incise with an inverted noun subject, closed by a full stop inside the marks',
    lang: 'fr',
    text: '« Le canal restera fermé jusqu’à l’été, a martelé le ministre. Les armateurs devront attendre. »',
    quotes: [{ text: 'Le canal restera fermé jusqu’à l’été, a martelé le ministre. Les armateurs devront attendre.', speaker: null, cue: 'a martelé' }],
  },
  {
    name: 'fr: an incise with an inverted pronoun between commas splits no quote',
    lang: 'fr',
    text: 'Jean Dupont a visité le chantier. « Nous ne reculerons pas, a-t-il lancé, devant les menaces des fraudeurs. »',
    quotes: [{ text: 'Nous ne reculerons pas, a-t-il lancé, devant les menaces des fraudeurs.', speaker: 'Jean Dupont', cue: 'a-t-il lancé' }],
  },
  {
    name: 'fr: the medium between the verb and « que » (« a écrit sur son compte Telegram que »)',
    lang: 'fr',
    text: 'Jean Dupont a écrit sur son compte Telegram que les livraisons de blé reprendraient jeudi.',
    quotes: [{ text: 'que les livraisons de blé reprendraient jeudi', speaker: 'Jean Dupont', cue: 'a écrit' }],
  },
  {
    name: 'fr: an occasion set off by commas (« a averti mardi, lors d’une visite à Niamey, que »)',
    lang: 'fr',
    text: 'Abdou Tiani a averti mardi, lors d’une visite à Niamey, que les frontières resteraient closes.',
    quotes: [{ text: 'que les frontières resteraient closes', speaker: 'Abdou Tiani', cue: 'a averti' }],
  },
  {
    name: 'en: the medium between the verb and "that" ("said in a video address that", "told a news conference in Lahore that")',
    lang: 'en',
    text: 'Tom Lee said in a video address that the levees had held. Anna Smith told a news conference in Lahore that the roads were open again.',
    quotes: [
      { text: 'that the levees had held', speaker: 'Tom Lee', cue: 'said' },
      { text: 'that the roads were open again', speaker: 'Anna Smith', cue: 'told' },
    ],
  },
  {
    name: 'fr: « Pour X, « … » » gives the quote to X',
    lang: 'fr',
    text: 'Pour Jean Dupont, « la réforme des retraites est une erreur historique ».',
    quotes: [{ text: 'la réforme des retraites est une erreur historique', speaker: 'Jean Dupont', cue: '' }],
  },
  {
    name: 'en: "For X, “…”" gives the quote to X; a framing word far from the name does not',
    lang: 'en',
    text: 'For Anna Smith, “the new toll is a tax on the poor.” For weeks the bridge near Said Ahmed’s farm, “a lifeline for the valley,” stayed shut.',
    quotes: [
      { text: 'the new toll is a tax on the poor.', speaker: 'Anna Smith', cue: '' },
      { text: 'a lifeline for the valley', speaker: null, cue: '' },
    ],
  },
  {
    name: 'en: a straight quote opening a paragraph runs on when the next paragraph reopens it',
    lang: 'en',
    text: 'Anna Smith spoke after the vote.\n"The count took four days and every ballot was checked twice.\n"We accept the result," she said.',
    pronouns: [['she', 0, 'e-smith']],
    quotes: [{ text: 'The count took four days and every ballot was checked twice.\n"We accept the result', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'en: a straight quote left open in the middle of a paragraph is dropped (an inch mark, a typo)',
    lang: 'en',
    text: 'The new panel is 40" wide and heavy.\n"The old ones were much lighter to carry," Tom Lee said.',
    quotes: [{ text: 'The old ones were much lighter to carry', speaker: 'Tom Lee', cue: 'said' }],
  },
  {
    name: 'en: an attributed quotation is no trailing attribution of the apposition after it ("…,” said X, the head of state")',
    lang: 'en',
    text: '"This is a dark hour for our farmers," said Tom Lee, the acting head of state.',
    quotes: [{ text: 'This is a dark hour for our farmers', speaker: 'Tom Lee', cue: 'said' }],
  },
  {
    name: 'en: "branded X “…”", "dubbed X “…”": the naming verb gives the quotation to its subject',
    lang: 'en',
    text: 'Beijing branded the new port fees "a blatant act of economic bullying" on Tuesday. Tom Lee dubbed the plan "a bridge to nowhere at all."',
    quotes: [
      { text: 'a blatant act of economic bullying', speaker: 'China', cue: 'branded' },
      { text: 'a bridge to nowhere at all.', speaker: 'Tom Lee', cue: 'dubbed' },
    ],
  },
  {
    name: 'fr: « a décrit X comme « … » » gives the quotation to the subject',
    lang: 'fr',
    text: 'Jean Dupont a décrit la nouvelle taxe comme « une injustice faite aux petits exploitants ».',
    quotes: [{ text: 'une injustice faite aux petits exploitants', speaker: 'Jean Dupont', cue: 'a décrit' }],
  },
  {
    name: 'fr: « peut-on lire dans une dépêche de X »: the impersonal « on » names no one, the source follows',
    lang: 'fr',
    text: '« Les quotas de pêche seront revus dès le printemps prochain », peut-on lire dans une dépêche de l’AFP.',
    quotes: [{ text: 'Les quotas de pêche seront revus dès le printemps prochain', speaker: 'Agence France-Presse', cue: 'lire' }],
  },
  {
    name: 'en: "the statement read" attributes the quotation and continues the source before',
    lang: 'en',
    text: 'The State Department said the talks would resume. "No date has been set for the next round," the statement read.',
    quotes: [
      { text: 'the talks would resume', speaker: 'State Department', cue: 'said' },
      { text: 'No date has been set for the next round', speaker: 'State Department', cue: 'read' },
    ],
  },
  {
    name: 'fr: an attitude between the verb and « que » (« s’est dit convaincu que », « a exprimé l’espoir que »)',
    lang: 'fr',
    text: 'Jean Dupont s’est dit convaincu que la récolte serait meilleure. Abdou Tiani a exprimé l’espoir que les pluies reviennent vite.',
    quotes: [
      { text: 'que la récolte serait meilleure', speaker: 'Jean Dupont', cue: 's’est dit' },
      { text: 'que les pluies reviennent vite', speaker: 'Abdou Tiani', cue: 'a exprimé' },
    ],
  },
  {
    name: 'en: "who has voiced optimism that…," reports up to the comma closing the relative aside',
    lang: 'en',
    text: 'Tom Lee, who has voiced optimism that the dam will be finished by June, will open the site on Monday.',
    quotes: [{ text: 'that the dam will be finished by June', speaker: 'Tom Lee', cue: 'has voiced' }],
  },
  {
    name: 'fr: a comma right after « que » inside a relative aside does not end the clause',
    lang: 'fr',
    text: 'Il a rencontré Jean Dupont, qui a affirmé que, malgré la sécheresse, les récoltes de blé seraient bonnes.',
    quotes: [{ text: 'que, malgré la sécheresse, les récoltes de blé seraient bonnes', speaker: 'Jean Dupont', cue: 'a affirmé' }],
  },
];

runQuoteCases(CASES);

test('a line holding a quotation is no attribution line for the paragraph above', () => {
  const text = 'The river rose two metres overnight and flooded the lower town.\nFor Anna Smith, “the warning came far too late.”';
  const doc = buildTestDoc(text, { lang: 'en', entities: CAST, roles: { 1: 'attribution' } });
  assert.deepEqual(doc.get('quotes').map((quote) => quote.kind), ['direct']);
});

/**
 * Speakers the text describes without naming them: an indefinite, counted or
 * plural subject is a source of its own (speaker null), never the speaker of
 * the quote before; a document noun ("the statement") still speaks for it; a plural pronoun
 * stands for no single person.
 */
import { runQuoteCases, type QuoteCase } from './quote-cases.ts';

const CASES: readonly QuoteCase[] = [
  {
    name: 'fr: « a déclaré un diplomate européen sous couvert d’anonymat » is no continuation of the speaker before',
    lang: 'fr',
    text: 'Jean Dupont a promis que le port rouvrirait en mai. « Personne ne croit plus à cette date », a déclaré un diplomate européen sous couvert d’anonymat.',
    quotes: [
      { text: 'que le port rouvrirait en mai', speaker: 'Jean Dupont', cue: 'a promis' },
      { text: 'Personne ne croit plus à cette date', speaker: null, cue: 'a déclaré' },
    ],
  },
  {
    name: 'en: "a senior official said" is a new, unnamed speaker',
    lang: 'en',
    text: 'Tom Lee said the bridge would be rebuilt by spring. "Nobody in the ministry believes that date," a senior official said.',
    quotes: [
      { text: 'the bridge would be rebuilt by spring', speaker: 'Tom Lee', cue: 'said' },
      { text: 'Nobody in the ministry believes that date', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'fr: a counted group (« les deux dirigeants ») speaks for itself',
    lang: 'fr',
    text: 'Jean Dupont a reçu son homologue à Lyon. Les deux dirigeants ont affirmé que les échanges de céréales allaient doubler.',
    quotes: [{ text: 'que les échanges de céréales allaient doubler', speaker: null, cue: 'ont affirmé' }],
  },
  {
    name: 'en: "the two leaders said" is neither of them',
    lang: 'en',
    text: '"The harvest was poor this year," Anna Smith said. The two leaders said they would share grain reserves.',
    quotes: [
      { text: 'The harvest was poor this year', speaker: 'Anna Smith', cue: 'said' },
      { text: 'they would share grain reserves', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'fr: a definite plural of common nouns (« les grévistes ») is a group of its own',
    lang: 'fr',
    text: '« Le dialogue reste ouvert », a assuré Jean Dupont. Les grévistes affirment avoir bloqué trois dépôts de carburant.',
    quotes: [
      { text: 'Le dialogue reste ouvert', speaker: 'Jean Dupont', cue: 'a assuré' },
      { text: 'avoir bloqué trois dépôts de carburant', speaker: null, cue: 'affirment' },
    ],
  },
  {
    name: 'en: a bare plural cut at its preposition ("Officials in Kabul") is a source of its own',
    lang: 'en',
    text: '"We expect heavy rain tonight," Tom Lee said. Officials in Kabul believe that the dam will hold through the winter.',
    quotes: [
      { text: 'We expect heavy rain tonight', speaker: 'Tom Lee', cue: 'said' },
      { text: 'that the dam will hold through the winter', speaker: null, cue: 'believe' },
    ],
  },
  {
    name: 'en: "a statement from his office said" keeps the speaker before (a document, not a person)',
    lang: 'en',
    text: 'Tom Lee said the harbour would close at noon. "The decision is final and will not be reviewed," said a statement from his office.',
    quotes: [
      { text: 'the harbour would close at noon', speaker: 'Tom Lee', cue: 'said' },
      { text: 'The decision is final and will not be reviewed', speaker: 'Tom Lee', cue: 'said' },
    ],
  },
  {
    name: 'fr: « ont-ils indiqué » after a person quoted stands for no single person',
    lang: 'fr',
    text: '« Le pont sera rouvert en juin », a annoncé Jean Dupont. « Nous n’avons reçu aucune garantie écrite », ont-ils indiqué.',
    quotes: [
      { text: 'Le pont sera rouvert en juin', speaker: 'Jean Dupont', cue: 'a annoncé' },
      { text: 'Nous n’avons reçu aucune garantie écrite', speaker: null, cue: 'ont-ils indiqué' },
    ],
  },
  {
    name: 'en: "they said" continues a body quoted before, not a person',
    lang: 'en',
    text: 'The State Department said the embassy would stay open. They said the staff had not been reduced.',
    quotes: [
      { text: 'the embassy would stay open', speaker: 'State Department', cue: 'said' },
      { text: 'the staff had not been reduced', speaker: 'State Department', cue: 'said' },
    ],
  },
  {
    name: 'en: "…, two officials familiar with the talks told AFP": the listener is no speaker, the counted officials are',
    lang: 'en',
    text: 'The grain corridor will reopen on Friday, two officials familiar with the talks told AFP.',
    quotes: [{ text: 'The grain corridor will reopen on Friday', speaker: null, cue: 'told' }],
  },
  {
    name: 'fr: « …, ont indiqué à l’AFP deux responsables »: « à l’AFP » is the listener, not a complement',
    lang: 'fr',
    text: 'Le corridor céréalier rouvrira vendredi, ont indiqué à l’AFP deux responsables proches des discussions.',
    quotes: [{ text: 'Le corridor céréalier rouvrira vendredi', speaker: null, cue: 'ont indiqué' }],
  },
  {
    name: 'en: "to" before a verb is no listener: "…, has vowed to crush X" stays no attribution',
    lang: 'en',
    text: 'Tom Lee, who is making his second trip to Lahore this year, has vowed to crush Islamabad’s smuggling rings before the winter.',
    quotes: [],
  },
];

runQuoteCases(CASES);

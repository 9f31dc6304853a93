/**
 * Who speaks: unnamed and described sources, pronouns, listeners, appositions,
 * collective subjects and quotes that continue (or not) the speaker before.
 */
import { runQuoteCases, type QuoteCase } from './quote-cases.ts';

const CASES: readonly QuoteCase[] = [
  {
    name: 'en: "…, a State Department spokeswoman said": "State" in a name is no verb, "a" opens the subject',
    lang: 'en',
    text: 'The envoys will return to Vienna after a pause of two weeks, a State Department spokeswoman said.',
    quotes: [{ text: 'The envoys will return to Vienna after a pause of two weeks', speaker: 'State Department', cue: 'said' }],
  },
  {
    name: 'en: "…, said the minister, who…": inverted subject with a relative aside, no clause after the verb',
    lang: 'en',
    text: 'The ministers will meet again in Oslo before the winter, said the foreign minister, who spoke after the talks.',
    quotes: [{ text: 'The ministers will meet again in Oslo before the winter', speaker: null, cue: 'said' }],
  },
  {
    name: 'fr: « …, a annoncé dimanche soir X » (inverted subject after a time phrase)',
    lang: 'fr',
    text: 'Les soldats quitteront la base du nord avant la fin du mois, a annoncé dimanche soir Jean Dupont.',
    quotes: [{ text: 'Les soldats quitteront la base du nord avant la fin du mois', speaker: 'Jean Dupont', cue: 'a annoncé' }],
  },
  {
    name: 'en: a capital as speaker, clause without "that" opening with a bound count',
    lang: 'en',
    text: 'Islamabad said at least 14 soldiers died in the shelling near the border.',
    quotes: [{ text: 'at least 14 soldiers died in the shelling near the border', speaker: 'Pakistan', cue: 'said' }],
  },
  {
    name: 'en: "Smith, the envoy, said the talks would…": an apposition before the verb is no inversion',
    lang: 'en',
    text: 'Anna Smith, the special envoy, said the talks would resume in May.',
    quotes: [{ text: 'the talks would resume in May', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'en: "X called … with Y … but said …" keeps X as speaker',
    lang: 'en',
    text: 'Tom Lee called the meeting with Anna Smith useful but said the details still needed work.',
    quotes: [{ text: 'the details still needed work', speaker: 'Tom Lee', cue: 'said' }],
  },
  {
    name: 'en: unnamed speakers stay null ("Analysts say", "the joint statement said")',
    lang: 'en',
    text: 'Tom Lee met Anna Smith in Rome. Analysts say the sanctions will hurt exports next year.\nThe border will be drawn along the river by spring, the joint statement said.',
    quotes: [
      { text: 'the sanctions will hurt exports next year', speaker: null, cue: 'say' },
      { text: 'The border will be drawn along the river by spring', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'en: a bare plural or indefinite subject is a source of its own, not the speaker quoted before',
    lang: 'en',
    text: '“We will not sign this text,” Anna Smith said on Monday. Analysts say the withdrawal could hurt trade in the bloc.\nThe talks will fail within a few weeks, some diplomats said.',
    quotes: [
      { text: 'We will not sign this text', speaker: 'Anna Smith', cue: 'said' },
      { text: 'the withdrawal could hurt trade in the bloc', speaker: null, cue: 'say' },
      { text: 'The talks will fail within a few weeks', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'fr: « des experts estiment », « ont indiqué plusieurs diplomates » are sources of their own',
    lang: 'fr',
    text: '« Nous ne signerons pas ce texte », a déclaré lundi Jean Dupont. Des experts estiment que le retrait pourrait nuire au commerce.\nLes discussions vont échouer dans quelques semaines, ont indiqué plusieurs diplomates.',
    quotes: [
      { text: 'Nous ne signerons pas ce texte', speaker: 'Jean Dupont', cue: 'a déclaré' },
      { text: 'que le retrait pourrait nuire au commerce', speaker: null, cue: 'estiment' },
      { text: 'Les discussions vont échouer dans quelques semaines', speaker: null, cue: 'ont indiqué' },
    ],
  },
  {
    name: 'fr: « indique que les pays membres « … » » keeps the source named before the verb',
    lang: 'fr',
    text: 'Le Kremlin, dans une note diffusée mardi, indique que les pays membres « maintiennent leurs positions sur la guerre ».',
    quotes: [
      { text: 'que les pays membres « maintiennent leurs positions sur la guerre »', speaker: 'Russia', cue: 'indique' },
    ],
  },
  {
    name: 'fr: a time circumstance after the postposed subject (« …, a annoncé X, deux mois après… »)',
    lang: 'fr',
    text: 'Les soldats quitteront la base du nord avant la fin de l’année, a annoncé dimanche Jean Dupont, deux mois après le putsch qui a renversé le président.',
    quotes: [{ text: 'Les soldats quitteront la base du nord avant la fin de l’année', speaker: 'Jean Dupont', cue: 'a annoncé' }],
  },
  {
    name: 'fr: a speech pronoun stands for the person quoted just before, not a person named in between',
    lang: 'fr',
    text: 'Les soldats partiront avant l’hiver, a annoncé Jean Dupont. Son conseiller, Tom Lee, quittera la capitale demain.\n« Nous arrêtons notre coopération militaire avec ce gouvernement », a-t-il déclaré.',
    pronouns: [['il', 0, 'e-lee']],
    quotes: [
      { text: 'Les soldats partiront avant l’hiver', speaker: 'Jean Dupont', cue: 'a annoncé' },
      { text: 'Nous arrêtons notre coopération militaire avec ce gouvernement', speaker: 'Jean Dupont', cue: 'a-t-il déclaré' },
    ],
  },
  {
    name: 'en: "“…,” X, a spokeswoman for Y, said": the verb after a subject and its apposition',
    lang: 'en',
    text: '"The three countries will leave the bloc without any delay," Anna Smith, a spokeswoman for the State Department, said on state television.',
    quotes: [{ text: 'The three countries will leave the bloc without any delay', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'fr: « X, l’ambassadeur de Y, a déclaré que »: the subject stands before the apposition',
    lang: 'fr',
    text: 'Jean Dupont, l’envoyé spécial du Kremlin, a déclaré que les discussions reprendraient en mai.',
    quotes: [{ text: 'que les discussions reprendraient en mai', speaker: 'Jean Dupont', cue: 'a déclaré' }],
  },
  {
    name: 'fr: « X a salué « … » » names the speaker of the quote; such a verb opens no trailing attribution',
    lang: 'fr',
    text: '« Nous tiendrons nos promesses », a déclaré Tom Lee. Le chef de la diplomatie, Jean Dupont, a salué « une journée historique pour la région ».',
    quotes: [
      { text: 'Nous tiendrons nos promesses', speaker: 'Tom Lee', cue: 'a déclaré' },
      { text: 'une journée historique pour la région', speaker: 'Jean Dupont', cue: 'a salué' },
    ],
  },
  {
    name: 'fr: a quote right after « X a parlé à la presse. » takes X; a colon with no verb takes the person named before it',
    lang: 'fr',
    text: 'Jean Dupont a parlé aux journalistes avec Tom Lee. « Nous avons un excellent accord sur les frontières du nord. »\nPour le ministre, Anna Smith, rien ne change : « Les garanties restent valables pour tous les membres, et selon laquelle nul ne doute. »',
    quotes: [
      { text: 'Nous avons un excellent accord sur les frontières du nord.', speaker: 'Jean Dupont', cue: 'a parlé' },
      { text: 'Les garanties restent valables pour tous les membres, et selon laquelle nul ne doute.', speaker: 'Anna Smith', cue: '' },
    ],
  },
  {
    name: 'fr: a role with its complement before the verb keeps the person (« X, le procureur général de la ville a confié »)',
    lang: 'fr',
    text: 'Jean Dupont, le procureur général de Moscou a confié à la presse que plusieurs obus tombés en ville n’avaient pas explosé.',
    quotes: [{ text: 'que plusieurs obus tombés en ville n’avaient pas explosé', speaker: 'Jean Dupont', cue: 'a confié' }],
  },
  {
    name: 'en: a definite subject with modifiers is a source of its own ("the joint statement said", "where the local rescue agency said")',
    lang: 'en',
    text: '“We will not sign this text,” Anna Smith said on Monday. The two leaders will meet again in Rome before the summer, the joint statement said.\nThe strikes hit a camp in the south, where the local rescue agency said 12 people were killed.',
    quotes: [
      { text: 'We will not sign this text', speaker: 'Anna Smith', cue: 'said' },
      { text: 'The two leaders will meet again in Rome before the summer', speaker: null, cue: 'said' },
      { text: '12 people were killed', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'en: a bare definite subject refers back to the source quoted before ("the statement added")',
    lang: 'en',
    text: '“The terms are not acceptable,” Anna Smith said on Monday. “The talks will go on in Doha,” the statement added.',
    quotes: [
      { text: 'The terms are not acceptable', speaker: 'Anna Smith', cue: 'said' },
      { text: 'The talks will go on in Doha', speaker: 'Anna Smith', cue: 'added' },
    ],
  },
  {
    name: 'en: words quoted inside the narrator’s sentence continue nobody; a quote after a dash takes the person before it',
    lang: 'en',
    text: '“Many of these nations owe us money,” Tom Lee said. He did not endorse the bloc’s “one for all and all for one” principle.\nWhen Anna Smith tried to lighten the mood — “I never asked what the new building cost” — nobody laughed.',
    quotes: [
      { text: 'Many of these nations owe us money', speaker: 'Tom Lee', cue: 'said' },
      { text: 'one for all and all for one', speaker: null, cue: '' },
      { text: 'I never asked what the new building cost', speaker: 'Anna Smith', cue: '' },
    ],
  },
  {
    name: 'fr: « … » et « … » after a cue: the coordinated quote keeps the speaker',
    lang: 'fr',
    text: 'Le Kremlin a publié une déclaration selon laquelle « la plupart des membres rejettent les sanctions » et « appellent à une reprise rapide des échanges ».',
    quotes: [
      { text: 'la plupart des membres rejettent les sanctions', speaker: 'Russia', cue: 'selon laquelle' },
      { text: 'appellent à une reprise rapide des échanges', speaker: 'Russia', cue: '' },
    ],
  },
  {
    name: 'en: "…, which they say could…": the pronoun before the verb is its subject, the source quoted earlier in the sentence',
    lang: 'en',
    text: 'Beijing says that Iran has shipped drones to Moscow, which they say could be used within weeks against the ports.',
    quotes: [
      { text: 'that Iran has shipped drones to Moscow, which they say could be used within weeks against the ports', speaker: 'China', cue: 'says' },
      { text: 'could be used within weeks against the ports', speaker: 'China', cue: 'say' },
    ],
  },
  {
    name: 'en: "In a statement to AFP, a spokesman for the insurgents said": the listener is no speaker, the subject is unnamed',
    lang: 'en',
    text: 'The army claims that two soldiers were killed. In a statement to AFP, a spokesman for the insurgents said that at least 17 people died.',
    quotes: [
      { text: 'that two soldiers were killed', speaker: null, cue: 'claims' },
      { text: 'that at least 17 people died', speaker: null, cue: 'said' },
    ],
  },
  {
    name: 'en: "X said, Y was…": a comma before a subject and its finite verb; an incise ("The plan, X said, would…") opens nothing',
    lang: 'en',
    text: 'According to the count, opposition leader Anna Smith said, the president’s win was “impossible.”\nThe plan, Tom Lee said, would fail within weeks.',
    quotes: [{ text: 'the president’s win was “impossible.”', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'fr: a collective subject named by the entities stage (« la junte ») speaks, not the person after « dirigée par »',
    lang: 'fr',
    text: 'La junte dirigée par le général Abdou Tiani a salué « une étape majeure vers la souveraineté du pays ».',
    quotes: [{ text: 'une étape majeure vers la souveraineté du pays', speaker: 'Niger', cue: 'a salué' }],
  },
];

runQuoteCases(CASES);

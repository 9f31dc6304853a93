/**
 * A role noun subject the entities stage linked to no one (« Le ministre a
 * assuré », "the minister said") is resolved as a pronoun would be: the person
 * named in the nearest sentence before, not the speaker of an older quote; so is a pronoun
 * whose person spoke in the sentence right before.
 */
import { runQuoteCases, type QuoteCase } from './quote-cases.ts';

const CASES: readonly QuoteCase[] = [
  {
    name: 'fr: « Le ministre a assuré » after a sentence naming another person takes that person',
    lang: 'fr',
    text: '« La saison sera difficile pour les pêcheurs », a déclaré Anna Smith. Tom Lee a visité le port mardi. Le ministre a assuré que les quais seraient réparés avant l’hiver.',
    quotes: [
      { text: 'La saison sera difficile pour les pêcheurs', speaker: 'Anna Smith', cue: 'a déclaré' },
      { text: 'que les quais seraient réparés avant l’hiver', speaker: 'Tom Lee', cue: 'a assuré' },
    ],
  },
  {
    name: 'en: an inverted role noun ("…,” said the prime minister") is resolved like a pronoun',
    lang: 'en',
    text: '"The season will be hard for fishermen," Anna Smith said. Tom Lee toured the harbour on Friday. "The quays will be repaired before winter," said the prime minister.',
    quotes: [
      { text: 'The season will be hard for fishermen', speaker: 'Anna Smith', cue: 'said' },
      { text: 'The quays will be repaired before winter', speaker: 'Tom Lee', cue: 'said' },
    ],
  },
  {
    name: 'en: an indefinite role noun ("a minister said") is someone new',
    lang: 'en',
    text: 'Tom Lee toured the harbour on Friday. "The quays will never be repaired in time," a minister said.',
    quotes: [{ text: 'The quays will never be repaired in time', speaker: null, cue: 'said' }],
  },
  {
    name: 'fr: « a-t-il ajouté » goes on with the person who spoke in the sentence right before, not the older quote',
    lang: 'fr',
    text: '« Les prix vont baisser cette année », a déclaré Anna Smith. Tom Lee a dénoncé la hausse des taxes. « Les ménages paient déjà bien trop », a-t-il ajouté.',
    pronouns: [['il', 0, 'e-lee']],
    quotes: [
      { text: 'Les prix vont baisser cette année', speaker: 'Anna Smith', cue: 'a déclaré' },
      { text: 'Les ménages paient déjà bien trop', speaker: 'Tom Lee', cue: 'a-t-il ajouté' },
    ],
  },
  {
    name: 'fr: a relative aside between the role noun and its verb is passed over (« Le ministre, qui s’exprimait depuis Lyon, a estimé »)',
    lang: 'fr',
    text: '« La saison sera difficile pour les pêcheurs », a déclaré Anna Smith. Tom Lee a visité le port mardi. Le ministre, qui s’exprimait depuis Lyon, a estimé que la pêche repartirait.',
    quotes: [
      { text: 'La saison sera difficile pour les pêcheurs', speaker: 'Anna Smith', cue: 'a déclaré' },
      { text: 'que la pêche repartirait', speaker: 'Tom Lee', cue: 'a estimé' },
    ],
  },
  {
    name: 'en: a relative aside after an indefinite subject keeps it unnamed ("A diplomat, who asked not to be named, said")',
    lang: 'en',
    text: '"The season will be hard for fishermen," Anna Smith said. A diplomat, who asked not to be named, said the quotas would be cut.',
    quotes: [
      { text: 'The season will be hard for fishermen', speaker: 'Anna Smith', cue: 'said' },
      { text: 'the quotas would be cut', speaker: null, cue: 'said' },
    ],
  },
];

runQuoteCases(CASES);

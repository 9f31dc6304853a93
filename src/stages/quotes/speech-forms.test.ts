/**
 * Round-2 speech forms: postposed attributions with an inverted subject, clauses
 * without "that" after a finite verb or a bounded count, names and adjectives
 * that look like speech verbs, coordinated verbs, headlines, new reporting verbs.
 */
import { runQuoteCases, type QuoteCase } from './quote-cases.ts';

const CASES: readonly QuoteCase[] = [
  {
    name: 'fr: « …, a indiqué un diplomate, qui… »',
    lang: 'fr',
    text: 'Les discussions reprendront lundi à Genève, a indiqué un diplomate européen, qui a requis l’anonymat.',
    quotes: [{ text: 'Les discussions reprendront lundi à Genève', speaker: null, cue: 'a indiqué' }],
  },
  {
    name: 'fr: a relative clause on a noun after the comma is no attribution (« un seuil que beaucoup jugent… »)',
    lang: 'fr',
    text: 'Le plan fixe un objectif de trois pour cent du budget, un seuil que beaucoup jugent trop élevé.',
    quotes: [],
  },
  {
    name: 'en: a bound count with no verb after it is a circumstance ("reported about 40 miles off")',
    lang: 'en',
    text: 'The agency reported a drone about 40 miles off the coast on Monday.',
    quotes: [],
  },
  {
    name: 'en: "claimed its forces had…", "warned it would…": a finite verb opens the clause without "that"',
    lang: 'en',
    text: 'The Kremlin claimed its forces had taken two villages in the east. Beijing warned it would answer any provocation.',
    quotes: [
      { text: 'its forces had taken two villages in the east', speaker: 'Russia', cue: 'claimed' },
      { text: 'it would answer any provocation', speaker: 'China', cue: 'warned' },
    ],
  },
  {
    name: 'en: "claimed responsibility for…" has an object, no clause',
    lang: 'en',
    text: 'The militia claimed responsibility for the strike on the depot.',
    quotes: [],
  },
  {
    name: 'en: a bare noun form ("state media has…") and a form after a determiner ("the reported losses is…") are no cues',
    lang: 'en',
    text: 'Chinese state media has shown the new drone several times. Among the reported losses is a supply ship of the fleet.',
    quotes: [],
  },
  {
    name: 'en: reaffirm and point out are speech verbs',
    lang: 'en',
    text: 'Washington reaffirmed that the treaty covers the islands. Tom Lee pointed out that the deadline had passed.',
    quotes: [
      { text: 'that the treaty covers the islands', speaker: null, cue: 'reaffirmed' },
      { text: 'that the deadline had passed', speaker: 'Tom Lee', cue: 'pointed out' },
    ],
  },
  {
    name: 'fr: « faire savoir », « laisser entendre », « fustiger » are speech verbs',
    lang: 'fr',
    text: 'Le Kremlin a fait savoir qu’il ne viendrait pas au sommet. Jean Dupont a laissé entendre que les sanctions seraient levées.',
    quotes: [
      { text: 'qu’il ne viendrait pas au sommet', speaker: 'Russia', cue: 'a fait savoir' },
      { text: 'que les sanctions seraient levées', speaker: 'Jean Dupont', cue: 'a laissé entendre' },
    ],
  },
  {
    name: 'en: a comma inside a number ("30,000") sets off no circumstance',
    lang: 'en',
    text: 'Leaders of the opposition, who had lost three elections in a row, demanded he publish the records of all 30,000 polling stations and the names of observers.',
    quotes: [],
  },
  {
    name: 'en: a quoted noun phrase inside reported speech is part of it, not a second quote',
    lang: 'en',
    text: 'Beijing said it would never give up "a single square inch of its territory" in the sea.',
    quotes: [{ text: 'it would never give up "a single square inch of its territory" in the sea', speaker: 'China', cue: 'said' }],
  },
  {
    name: 'en: a quoted name after "the" neither ends the reported clause nor makes a quote',
    lang: 'en',
    text: 'Tom Lee said the new road would be called the "Route for Peace and Prosperity" by both sides.',
    quotes: [{ text: 'the new road would be called the "Route for Peace and Prosperity" by both sides', speaker: 'Tom Lee', cue: 'said' }],
  },
  {
    name: 'en: ", and called…" hands back to the narrator; the quoted words after it are a quote of their own',
    lang: 'en',
    text: 'Islamabad said at least 26 civilians died in the raids, including a child, and called the raids "a clear act of war."',
    quotes: [
      { text: 'at least 26 civilians died in the raids, including a child', speaker: 'Pakistan', cue: 'said' },
      { text: 'a clear act of war.', speaker: 'Pakistan', cue: 'said' },
    ],
  },
  {
    name: 'en: "welcomed" and "condemned" attribute the quotation marks next to them',
    lang: 'en',
    text: 'Tom Lee welcomed "a turning point for the whole region". Anna Smith condemned "an attack on innocent civilians".',
    quotes: [
      { text: 'a turning point for the whole region', speaker: 'Tom Lee', cue: 'welcomed' },
      { text: 'an attack on innocent civilians', speaker: 'Anna Smith', cue: 'condemned' },
    ],
  },
  {
    name: 'fr: « dément … et accuse … »: a finite speech verb after « et » ends the reported clause',
    lang: 'fr',
    text: 'Moscou dément livrer des armes aux rebelles et accuse l’armée voisine de collaborer avec une milice.',
    quotes: [{ text: 'livrer des armes aux rebelles', speaker: 'Russia', cue: 'dément' }],
  },
  {
    name: 'en: "X spoke to reporters. “…”" takes X',
    lang: 'en',
    text: 'Tom Lee spoke to reporters in Geneva on Monday. “We have a very good deal on the table now.”',
    quotes: [{ text: 'We have a very good deal on the table now.', speaker: 'Tom Lee', cue: 'spoke' }],
  },
  {
    name: 'fr: « qu’» » with a stray closing mark still opens the clause, which ends at « , ce qui »',
    lang: 'fr',
    text: 'Le texte final note qu’»il existe des avis divergents sur les sanctions», ce qui montre les divisions du groupe.',
    quotes: [{ text: 'qu’»il existe des avis divergents sur les sanctions»', speaker: null, cue: 'note' }],
  },
  {
    name: 'fr: a stretch with no finite verb before « , X, a dénoncé » is no reported clause',
    lang: 'fr',
    text: 'Son collègue des Fidji, au nom des petits États insulaires, Jean Dupont, a dénoncé un texte trop timide.',
    quotes: [],
  },
  {
    name: 'en: a capitalised verb form before another capitalised word is a name ("Said Ahmed")',
    lang: 'en',
    text: 'Said Ahmed, the special envoy, told reporters that the deal was close.',
    quotes: [{ text: 'that the deal was close', speaker: 'Said Ahmed', cue: 'told' }],
  },
  {
    name: 'fr: more speech verbs (rétorquer, se réjouir, craindre)',
    lang: 'fr',
    text: 'Jean Dupont a rétorqué que les accusations étaient sans fondement. Tom Lee s’est réjoui que les négociations aient repris. Moscou craint que les frappes ne reprennent cet hiver.',
    quotes: [
      { text: 'que les accusations étaient sans fondement', speaker: 'Jean Dupont', cue: 'a rétorqué' },
      { text: 'que les négociations aient repris', speaker: 'Tom Lee', cue: 's’est réjoui' },
      { text: 'que les frappes ne reprennent cet hiver', speaker: 'Russia', cue: 'craint' },
    ],
  },
  {
    name: 'en: more speech verbs (retort, testify, observe)',
    lang: 'en',
    text: 'Tom Lee retorted that the claims were baseless. Anna Smith testified that the funds had been diverted. Said Ahmed observed that the border was calm.',
    quotes: [
      { text: 'that the claims were baseless', speaker: 'Tom Lee', cue: 'retorted' },
      { text: 'that the funds had been diverted', speaker: 'Anna Smith', cue: 'testified' },
      { text: 'that the border was calm', speaker: 'Said Ahmed', cue: 'observed' },
    ],
  },
  {
    name: 'fr: after a postposed subject, an apposition (« , un représentant… ») or a circumstance (« , sous couvert d’anonymat »)',
    lang: 'fr',
    text: 'Un accord a été conclu après deux jours de discussions, a indiqué ce diplomate, sous couvert d’anonymat.\nLes troupes quitteront la ville avant la fin du mois, a déclaré Jean Dupont, un représentant du gouvernement.',
    quotes: [
      { text: 'Un accord a été conclu après deux jours de discussions', speaker: null, cue: 'a indiqué' },
      { text: 'Les troupes quitteront la ville avant la fin du mois', speaker: 'Jean Dupont', cue: 'a déclaré' },
    ],
  },
  {
    name: 'fr: no trailing attribution across a full stop glued to the next sentence',
    lang: 'fr',
    text: 'Les ministres ont quitté la salle sans un mot.Le porte-parole, Tom Lee, a répliqué en qualifiant la réunion d’inutile, dans un discours publié hier.',
    quotes: [],
  },
  {
    name: 'en: a headline is never a quote',
    lang: 'en',
    text: 'Manila says coast guard crews used knives in the clash\nThe coast guard said the crews had acted in self-defence.',
    roles: { 0: 'title' },
    quotes: [{ text: 'the crews had acted in self-defence', speaker: null, cue: 'said' }],
  },
  {
    name: 'en: a sentence opened by "Asked whether…" reports nothing of its own; the speech after it does',
    lang: 'en',
    text: 'Asked whether Islamabad would send envoys, Tom Lee said: "We have nothing more to add today."',
    quotes: [{ text: 'We have nothing more to add today.', speaker: 'Tom Lee', cue: 'said' }],
  },
];

runQuoteCases(CASES);

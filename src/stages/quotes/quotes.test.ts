import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDoc } from '../../core/assert-doc.ts';
import type { ParagraphRole } from '../../core/layers.ts';
import { buildTestDoc, type TestEntity } from './test-doc.ts';

const rutte: TestEntity = { id: 'e-rutte', name: 'Mark Rutte', kind: 'person', forms: ['Mark Rutte', 'Rutte'] };
const dupont: TestEntity = { id: 'e-dupont', name: 'Jean Dupont', kind: 'person', forms: ['Jean Dupont', 'Dupont'] };
const smith: TestEntity = { id: 'e-smith', name: 'Anna Smith', kind: 'person', forms: ['Anna Smith', 'Smith'] };
const moscow: TestEntity = { id: 'e-russia', name: 'Russia', kind: 'country', forms: ['Moscou', 'Russie', 'Moscow', 'Russia'] };
const pentagon: TestEntity = { id: 'e-usa', name: 'United States', kind: 'country', forms: ['Pentagon', 'Washington'] };
const kyiv: TestEntity = { id: 'e-ukr', name: 'Ukraine', kind: 'country', forms: ['Kyiv', 'Kiev', 'Ukraine'] };
const people = [rutte, dupont, smith, moscow, pentagon, kyiv];

interface Expected {
  readonly text: string;
  readonly kind: 'direct' | 'indirect' | 'block';
  readonly speaker: string | null;
  readonly cue?: string;
}

interface Case {
  readonly name: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
  readonly quotes: readonly Expected[];
  readonly roles?: Readonly<Record<number, ParagraphRole>>;
  readonly pronouns?: readonly (readonly [string, number, string])[];
}

const CASES: readonly Case[] = [
  {
    name: 'fr: « » with the incise « a-t-il déclaré », pronoun left to the fallback',
    lang: 'fr',
    text: 'Jean Dupont est arrivé mardi à Bruxelles.\n« Nous ne céderons rien sur la sécurité du continent », a-t-il déclaré devant la presse.',
    quotes: [{ text: 'Nous ne céderons rien sur la sécurité du continent', kind: 'direct', speaker: 'Jean Dupont', cue: 'a-t-il déclaré' }],
  },
  {
    name: 'fr: « a-t-il déclaré » with the pronoun resolved by the entities stage',
    lang: 'fr',
    text: 'Mark Rutte a rencontré Jean Dupont.\n« Notre alliance reste la plus solide du monde », a-t-il déclaré.',
    pronouns: [['il', 0, 'e-rutte']],
    quotes: [{ text: 'Notre alliance reste la plus solide du monde', kind: 'direct', speaker: 'Mark Rutte', cue: 'a-t-il déclaré' }],
  },
  {
    name: 'fr: « … », a déclaré X (inversion)',
    lang: 'fr',
    text: '« L’alliance restera unie face aux menaces venues de l’est », a déclaré Mark Rutte jeudi.',
    quotes: [{ text: 'L’alliance restera unie face aux menaces venues de l’est', kind: 'direct', speaker: 'Mark Rutte', cue: 'a déclaré' }],
  },
  {
    name: 'fr: X a déclaré : « … »',
    lang: 'fr',
    text: 'Jean Dupont a déclaré : « Les sanctions seront renforcées dès le mois prochain. »',
    quotes: [{ text: 'Les sanctions seront renforcées dès le mois prochain.', kind: 'direct', speaker: 'Jean Dupont', cue: 'a déclaré' }],
  },
  {
    name: 'fr: nested quotes stay inside one quote',
    lang: 'fr',
    text: '« Le communiqué parle de “mesures fermes” contre Moscou, et nous les appliquerons », a précisé Jean Dupont.',
    quotes: [{ text: 'Le communiqué parle de “mesures fermes” contre Moscou, et nous les appliquerons', kind: 'direct', speaker: 'Jean Dupont', cue: 'a précisé' }],
  },
  {
    name: 'fr: a quote over two paragraphs, the second reopened by «',
    lang: 'fr',
    text: 'Mark Rutte a pris la parole.\n« Nous devons produire davantage de munitions pour nos armées.\n« Sans cet effort, notre dissuasion perdra sa crédibilité », a-t-il ajouté.',
    quotes: [{
      text: 'Nous devons produire davantage de munitions pour nos armées.\n« Sans cet effort, notre dissuasion perdra sa crédibilité',
      kind: 'direct',
      speaker: 'Mark Rutte',
      cue: 'a-t-il ajouté',
    }],
  },
  {
    name: 'fr: a sentence split inside the quote does not split the quote',
    lang: 'fr',
    text: '« Nous resterons vigilants. Rien n’est réglé à ce stade », a affirmé Jean Dupont.',
    quotes: [{ text: 'Nous resterons vigilants. Rien n’est réglé à ce stade', kind: 'direct', speaker: 'Jean Dupont', cue: 'a affirmé' }],
  },
  {
    name: 'fr: block quote over an attribution line',
    lang: 'fr',
    text: 'Le secrétaire général a été clair sur ce point :\nLa Russie devra répondre de ses actes devant la communauté internationale.\nMark Rutte, chef de l’Alliance atlantique',
    roles: { 2: 'attribution' },
    quotes: [{ text: 'La Russie devra répondre de ses actes devant la communauté internationale.', kind: 'block', speaker: 'Mark Rutte' }],
  },
  {
    name: 'fr: indirect « a déclaré que »',
    lang: 'fr',
    text: 'Jean Dupont a déclaré mardi que les livraisons d’armes reprendraient en mars.',
    quotes: [{ text: 'que les livraisons d’armes reprendraient en mars', kind: 'indirect', speaker: 'Jean Dupont', cue: 'a déclaré' }],
  },
  {
    name: 'fr: indirect « a-t-il souligné, qu’… » after an inversion',
    lang: 'fr',
    text: 'Mark Rutte a parlé longtemps. Il faut rappeler, a-t-il souligné, qu’aucun allié ne sera laissé seul.',
    quotes: [{ text: 'qu’aucun allié ne sera laissé seul', kind: 'indirect', speaker: 'Mark Rutte', cue: 'a-t-il souligné' }],
  },
  {
    name: 'fr: indirect with an infinitive « a affirmé avoir… »',
    lang: 'fr',
    text: 'Kiev a affirmé avoir abattu douze drones pendant la nuit.',
    quotes: [{ text: 'avoir abattu douze drones pendant la nuit', kind: 'indirect', speaker: 'Ukraine', cue: 'a affirmé' }],
  },
  {
    name: 'fr: a scare-quote term is no quote of its own, it stays in the indirect quote',
    lang: 'fr',
    text: 'Mark Rutte souligne qu’il s’agit de « risques inédits » pour la région.',
    quotes: [{ text: 'qu’il s’agit de « risques inédits » pour la région', kind: 'indirect', speaker: 'Mark Rutte', cue: 'souligne' }],
  },
  {
    name: 'fr: a denied speech act gives no quote',
    lang: 'fr',
    text: 'Moscou n’a jamais déclaré que ses troupes quitteraient la région.',
    quotes: [],
  },
  {
    name: 'fr: reported words first, attribution after the comma',
    lang: 'fr',
    text: 'Les négociations reprendront la semaine prochaine à Genève, a indiqué Jean Dupont.',
    quotes: [{ text: 'Les négociations reprendront la semaine prochaine à Genève', kind: 'indirect', speaker: 'Jean Dupont', cue: 'a indiqué' }],
  },
  {
    name: 'fr: nothing is read in a boilerplate paragraph',
    lang: 'fr',
    text: 'Mark Rutte est à Paris.\n« Abonnez-vous pour lire la suite de nos articles », a déclaré la rédaction.',
    roles: { 1: 'boilerplate' },
    quotes: [],
  },
  {
    name: 'en: “…,” he said',
    lang: 'en',
    text: 'Anna Smith visited the front on Monday.\n“We will keep sending shells as long as it takes,” she said.',
    quotes: [{ text: 'We will keep sending shells as long as it takes', kind: 'direct', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'en: “…,” said Smith',
    lang: 'en',
    text: '“The new package includes air defence systems,” said Anna Smith, the envoy in Kyiv.',
    quotes: [{ text: 'The new package includes air defence systems', kind: 'direct', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'en: straight quotes with Smith said: "…"',
    lang: 'en',
    text: 'Smith said: "Our allies have to move faster on ammunition."',
    quotes: [{ text: 'Our allies have to move faster on ammunition.', kind: 'direct', speaker: 'Anna Smith', cue: 'said' }],
  },
  {
    name: 'en: indirect "said that" with an adverbial between',
    lang: 'en',
    text: 'The Pentagon said on Tuesday that the drills would continue until spring.',
    quotes: [{ text: 'that the drills would continue until spring', kind: 'indirect', speaker: 'United States', cue: 'said' }],
  },
  {
    name: 'en: indirect "told reporters that"',
    lang: 'en',
    text: 'Rutte told reporters that the alliance would not be intimidated.',
    quotes: [{ text: 'that the alliance would not be intimidated', kind: 'indirect', speaker: 'Mark Rutte', cue: 'told' }],
  },
  {
    name: 'en: indirect without "that" after said, then a participle keeping the speaker',
    lang: 'en',
    text: 'Smith said Wednesday the convoy had reached the border, warning that further delays would cost lives.',
    quotes: [
      { text: 'the convoy had reached the border', kind: 'indirect', speaker: 'Anna Smith', cue: 'said' },
      { text: 'that further delays would cost lives', kind: 'indirect', speaker: 'Anna Smith', cue: 'warning' },
    ],
  },
  {
    name: 'en: a scare-quoted label is no quote',
    lang: 'en',
    text: 'Moscow still calls the invasion a "special military operation" in its statements.',
    quotes: [],
  },
  {
    name: 'en: reported words first, ", the ministry said"',
    lang: 'en',
    text: 'Two cargo ships were hit near the port overnight, the Pentagon said.',
    quotes: [{ text: 'Two cargo ships were hit near the port overnight', kind: 'indirect', speaker: 'United States', cue: 'said' }],
  },
  {
    name: 'en: the subject is looked for outside a relative clause',
    lang: 'en',
    text: 'The Pentagon, which has tracked the convoys from Russia for weeks, said the trucks carried artillery shells.',
    quotes: [{ text: 'the trucks carried artillery shells', kind: 'indirect', speaker: 'United States', cue: 'said' }],
  },
  {
    name: 'en: ", and on Monday…" ends the reported clause',
    lang: 'en',
    text: 'Kyiv said on Friday it had accepted the proposal, and on Monday sent a delegation to Geneva.',
    quotes: [{ text: 'it had accepted the proposal', kind: 'indirect', speaker: 'Ukraine', cue: 'said' }],
  },
  {
    name: 'fr: a coordinated verb keeps the person subject (« et a souligné que »)',
    lang: 'fr',
    text: 'Le porte-parole de Moscou, Jean Dupont, a qualifié ces rumeurs de mensonges et a souligné que les stocks restaient intacts.',
    quotes: [{ text: 'que les stocks restaient intacts', kind: 'indirect', speaker: 'Jean Dupont', cue: 'a souligné' }],
  },
  {
    name: 'fr: a verb with a complement after the comma is no trailing attribution',
    lang: 'fr',
    text: 'Les deux armées ont poursuivi leurs tirs toute la nuit, Jean Dupont a appelé à un cessez-le-feu.',
    quotes: [],
  },
  {
    name: 'fr: an apposition before the verb is no trailing attribution',
    lang: 'fr',
    text: 'Le chef de la diplomatie ukrainienne, Jean Dupont, l’a déclaré samedi à la télévision de Kiev.',
    quotes: [],
  },
  {
    name: 'en: a quote told after the reported clause is kept apart from it',
    lang: 'en',
    text: 'Smith said Tuesday her office would call Moscow before the weekend “and we will see what they answer.”',
    quotes: [
      { text: 'her office would call Moscow before the weekend', kind: 'indirect', speaker: 'Anna Smith', cue: 'said' },
      { text: 'and we will see what they answer.', kind: 'direct', speaker: 'Anna Smith', cue: 'said' },
    ],
  },
  {
    name: 'en: a dash and "but" hand back to the narrator',
    lang: 'en',
    text: 'Kyiv says it has accepted the truce plan − but turning it into a lasting peace will take months.',
    quotes: [{ text: 'it has accepted the truce plan', kind: 'indirect', speaker: 'Ukraine', cue: 'says' }],
  },
  {
    name: 'en: a trailing attribution followed by a circumstance',
    lang: 'en',
    text: 'The convoys carried artillery shells to the front, the Pentagon has said, after satellite images showed the trucks.',
    quotes: [{ text: 'The convoys carried artillery shells to the front', kind: 'indirect', speaker: 'United States', cue: 'has said' }],
  },
  {
    name: 'en: a quoted fragment with no verb of its own belongs to the indirect quote',
    lang: 'en',
    text: 'The missiles were fired into “waters where dozens of tankers” were sailing, the Pentagon said.',
    quotes: [{ text: 'The missiles were fired into “waters where dozens of tankers” were sailing', kind: 'indirect', speaker: 'United States', cue: 'said' }],
  },
  {
    name: 'fr: « alors que » ends the reported clause, which holds the quoted words',
    lang: 'fr',
    text: 'Mark Rutte a assuré que « le soutien ne faiblira pas » alors que le sommet touchait à sa fin.',
    quotes: [{ text: 'que « le soutien ne faiblira pas »', kind: 'indirect', speaker: 'Mark Rutte', cue: 'a assuré' }],
  },
  {
    name: 'fr: an unresolved pronoun goes to the subject of the sentence before, not its object',
    lang: 'fr',
    text: 'Mark Rutte a longuement parlé avec Jean Dupont mardi.\n« Nous sommes d’accord sur l’essentiel des questions », a-t-il déclaré.',
    quotes: [{ text: 'Nous sommes d’accord sur l’essentiel des questions', kind: 'direct', speaker: 'Mark Rutte', cue: 'a-t-il déclaré' }],
  },
  {
    name: 'fr: « selon laquelle » gives the quote to the subject of the sentence',
    lang: 'fr',
    text: 'Kiev a publié jeudi une note selon laquelle « les frappes ont visé des dépôts de carburant ».',
    quotes: [{ text: 'les frappes ont visé des dépôts de carburant', kind: 'direct', speaker: 'Ukraine', cue: 'selon laquelle' }],
  },
  {
    name: 'fr: the listener after the verb is no speaker, a subject named by no entity continues the previous source',
    lang: 'fr',
    text: '« Les pourparlers reprendront lundi à Genève », a déclaré Jean Dupont.\n« Rien n’est encore signé entre les parties », a précisé à Kiev le porte-parole.',
    quotes: [
      { text: 'Les pourparlers reprendront lundi à Genève', kind: 'direct', speaker: 'Jean Dupont', cue: 'a déclaré' },
      { text: 'Rien n’est encore signé entre les parties', kind: 'direct', speaker: 'Jean Dupont', cue: 'a précisé' },
    ],
  },
  {
    name: 'en: ", the minister said" attributes with no entity named',
    lang: 'en',
    text: '“We counted forty trucks at the crossing,” Smith said.\nMost of them carried fuel for the front, the spokeswoman said.',
    quotes: [
      { text: 'We counted forty trucks at the crossing', kind: 'direct', speaker: 'Anna Smith', cue: 'said' },
      { text: 'Most of them carried fuel for the front', kind: 'indirect', speaker: 'Anna Smith', cue: 'said' },
    ],
  },
  {
    name: 'en: a quoted predicate stays in its reported clause',
    lang: 'en',
    text: 'Smith complained that the new tariff hurts exporters and is “not fair to the farmers of Ukraine.”',
    quotes: [{ text: 'that the new tariff hurts exporters and is “not fair to the farmers of Ukraine.”', kind: 'indirect', speaker: 'Anna Smith', cue: 'complained' }],
  },
  {
    name: 'fr: a verb with its own object after the comma is no trailing attribution',
    lang: 'fr',
    text: 'Au-delà des sanctions prévues contre la Russie, Mark Rutte a aussi accusé Moscou de saboter les câbles sous-marins.',
    quotes: [],
  },
  {
    name: 'en: the subject of an adverbial clause is not taken from the main clause',
    lang: 'en',
    text: 'Smith visited the border town of Sumy, where local officials said the shelling had stopped.',
    quotes: [{ text: 'the shelling had stopped', kind: 'indirect', speaker: null, cue: 'said' }],
  },
  {
    name: 'fr: « selon X » after a direct quote names its source, « selon lui » the person before',
    lang: 'fr',
    text: '« Les réserves de munitions sont presque vides », selon Jean Dupont.\nMark Rutte a réuni les ministres mardi.\n« Il faudra doubler la production en deux ans », selon lui.',
    quotes: [
      { text: 'Les réserves de munitions sont presque vides', kind: 'direct', speaker: 'Jean Dupont', cue: 'selon' },
      { text: 'Il faudra doubler la production en deux ans', kind: 'direct', speaker: 'Mark Rutte', cue: 'selon' },
    ],
  },
  {
    name: 'fr: « selon X, … » is no reported speech',
    lang: 'fr',
    text: 'Selon Jean Dupont, les troupes russes ont reculé de plusieurs kilomètres.',
    quotes: [],
  },
  {
    name: 'fr: a quote opening the paragraph after « X a déclaré : »',
    lang: 'fr',
    text: 'Jean Dupont a ensuite déclaré devant les députés :\n« La défense aérienne du pays sera renforcée avant l’hiver. »',
    quotes: [{ text: 'La défense aérienne du pays sera renforcée avant l’hiver.', kind: 'direct', speaker: 'Jean Dupont', cue: 'a ensuite déclaré' }],
  },
  {
    name: 'fr: present-tense incise « poursuit-il »',
    lang: 'fr',
    text: 'Jean Dupont reçoit la presse au ministère.\n« Chaque semaine compte pour reconstruire nos stocks », poursuit-il.',
    quotes: [{ text: 'Chaque semaine compte pour reconstruire nos stocks', kind: 'direct', speaker: 'Jean Dupont', cue: 'poursuit-il' }],
  },
  {
    name: 'en: "she continued"',
    lang: 'en',
    text: 'Anna Smith took questions after the briefing.\n“We have to be ready for a long winter,” she continued.',
    quotes: [{ text: 'We have to be ready for a long winter', kind: 'direct', speaker: 'Anna Smith', cue: 'continued' }],
  },
  {
    name: 'fr: an incise inside the quote « …, a-t-il lancé, … »',
    lang: 'fr',
    text: 'Jean Dupont est arrivé à Vilnius.\n« Cette frontière, a-t-il lancé devant les soldats, restera la nôtre quoi qu’il arrive. »',
    quotes: [{
      text: 'Cette frontière, a-t-il lancé devant les soldats, restera la nôtre quoi qu’il arrive.',
      kind: 'direct',
      speaker: 'Jean Dupont',
      cue: 'a-t-il lancé',
    }],
  },
  {
    name: 'en: a quote without cue continues the previous speaker',
    lang: 'en',
    text: '“We are ready to talk tomorrow,” Smith said.\n“But nobody should expect a deal before the summer.”',
    quotes: [
      { text: 'We are ready to talk tomorrow', kind: 'direct', speaker: 'Anna Smith', cue: 'said' },
      { text: 'But nobody should expect a deal before the summer.', kind: 'direct', speaker: 'Anna Smith' },
    ],
  },
];

for (const item of CASES) {
  test(item.name, () => {
    const doc = buildTestDoc(item.text, { lang: item.lang, entities: people, roles: item.roles, pronouns: item.pronouns });
    assertDoc(doc);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const got = doc.get('quotes').map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker),
      ...(q.cue ? { cue: doc.text.slice(q.cue.start, q.cue.end) } : {}),
    }));
    const wanted = item.quotes.map((q) => ({ ...q, ...(q.cue === undefined ? {} : { cue: q.cue }) }));
    assert.deepEqual(got.map(({ cue, ...rest }) => ({ ...rest, ...(wanted.find((w) => w.text === rest.text)?.cue !== undefined ? { cue } : {}) })), wanted);
  });
}

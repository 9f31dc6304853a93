import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world, type HandEntity } from './test-doc.ts';

interface Case {
  readonly name: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
  readonly entities: readonly HandEntity[];
  /** "TYPE actor → target" of every event, in order. */
  readonly expect: readonly string[];
}

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'Ukraine', 'United States', 'NATO', 'Mark Rutte', 'Kursk Oblast', 'Kharkiv', 'Israel', 'Gaza Strip');

const ANDES: readonly HandEntity[] = [
  { name: 'Chile', kind: 'country', says: ['Chile', 'Chili'] },
  { name: 'Peru', kind: 'country', says: ['Peru', 'Pérou'] },
];

const FUEL: readonly HandEntity[] = [
  { name: 'Norway', kind: 'country', says: ['Oslo'] },
  { name: 'Peru', kind: 'country', says: ['Lima'] },
];

const ANDEAN: readonly HandEntity[] = [
  { name: 'Peru', kind: 'country', says: ['Lima'] },
  { name: 'Ecuador', kind: 'country', says: ['Quito', 'Ecuador', 'Équateur'] },
];

const cases: readonly Case[] = [
  { name: 'subject and "to" object (en)', lang: 'en', text: 'Tehran sent drones to Moscow.', entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'subject and "à" object (fr)', lang: 'fr', text: 'Téhéran livre des drones à Moscou.', entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'direct object (en)', lang: 'en', text: 'The United States sanctioned Beijing over the sales.', entities: [...ALL, { name: 'United States', kind: 'country', says: ['The United States'] }], expect: ['SANCTION United States → China'] },
  { name: 'passive with "by" (en)', lang: 'en', text: 'Kharkiv was shelled by Russia overnight.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'passive noun with "par" (fr)', lang: 'fr', text: 'Les sanctions imposées par Washington contre Pékin sont lourdes.', entities: ALL, expect: ['SANCTION United States → China'] },
  { name: 'passive verb with "par" (fr)', lang: 'fr', text: 'Kiev a été bombardée par Moscou dans la nuit.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'coordinated subjects give one event each (en)', lang: 'en', text: 'Iran, North Korea and China supply Moscow with weapons.', entities: ALL, expect: ['AID Iran → Russia', 'AID North Korea → Russia', 'AID China → Russia'] },
  { name: 'a comma alone is no coordination (en)', lang: 'en', text: 'In Washington, Tehran sent drones to Moscow.', entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'demonym before a noun trigger, a city stands for its state (en)', lang: 'en', text: 'Russian strikes on Kharkiv went on all night.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a place of no state in the doc stays the target of force (en)', lang: 'en', text: 'Israeli strikes on Gaza went on all night.', entities: ALL, expect: ['ASSAULT Israel → Gaza Strip'] },
  { name: 'troops deployed in another state are AID to it (fr)', lang: 'fr', text: 'Des soldats ont été déployés par Pyongyang dans la région de Koursk.', entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'a place is no target of aid (en)', lang: 'en', text: 'Pyongyang sent shells to Kharkiv.', entities: [...world('North Korea'), { name: 'Kharkiv', kind: 'place', says: ['Kharkiv'] }], expect: [] },
  { name: 'a demonym after its head noun is inside the prepositional phrase (fr)', lang: 'fr', text: "Pyongyang a envoyé des soldats à Moscou pour combattre sur le sol ukrainien.", entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'a concern about a pair targets both (fr)', lang: 'fr', text: 'Rutte a exprimé son inquiétude face au rapprochement militaire entre la Russie et la Corée du Nord.', entities: ALL, expect: ['ACCUSE Mark Rutte → Russia', 'ACCUSE Mark Rutte → North Korea'] },
  { name: 'demonym after a noun trigger (fr)', lang: 'fr', text: "L'offensive russe contre l'Ukraine a commencé en 2022.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'pair after "between" (en)', lang: 'en', text: 'Officials worry about the cooperation between Moscow and Pyongyang.', entities: ALL, expect: ['COOPERATE Russia → North Korea'] },
  { name: 'subject inside "according to" is skipped (en)', lang: 'en', text: 'According to NATO, Pyongyang sent troops to Russia.', entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'pronoun subject (en)', lang: 'en', text: 'Rutte spoke on Monday, and he urged Kyiv to hold on.', entities: [...ALL, { name: 'Rutte pronoun', kind: 'person', says: ['he'] }], expect: ['REQUEST Rutte pronoun → Ukraine'] },
  { name: 'a verb after "but" shares the sentence subject (en)', lang: 'en', text: 'Tehran welcomed the plan but rejected Washington.', entities: ALL, expect: ['REJECT Iran → United States'] },
  { name: 'an indirect quote does not hide the subject (fr)', lang: 'fr', text: 'Moscou a démenti avoir reçu des obus de Pyongyang.', entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'a verb inverted after a comma reports speech (en)', lang: 'en', text: 'Pyongyang sent shells to Moscow, warns Kyiv.', entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'genitive with an adjective before a noun trigger (en)', lang: 'en', text: "Russia's brutal invasion of Ukraine goes on.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'demonym after the object of a noun trigger (fr)', lang: 'fr', text: "Les envois d'obus nord-coréens à Moscou continuent.", entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: 'capture as coercion, object a demonym with its head noun (fr)', lang: 'fr', text: "L'Ukraine a capturé trois soldats nord-coréens.", entities: ALL, expect: ['COERCE Ukraine → North Korea'] },
  { name: 'the owner of the object is the target (fr)', lang: 'fr', text: 'Rutte a salué mardi la fermeté de Kiev.', entities: ALL, expect: ['SUPPORT Mark Rutte → Ukraine'] },
  { name: 'words inside a gapped phrase stay free as arguments (fr)', lang: 'fr', text: 'Rutte a appelé lundi Pékin à la retenue.', entities: ALL, expect: ['REQUEST Mark Rutte → China'] },
  { name: 'a role and a name side by side are one actor in a pair (en)', lang: 'en', text: 'Beijing and NATO chief Mark Rutte met last week.', entities: [...world('China'), { name: 'Mark Rutte', kind: 'person', says: ['NATO chief', 'Mark Rutte'] }], expect: ['CONSULT China → Mark Rutte'] },
  { name: 'a hyphen compound "X-backed Y" is aid (en)', lang: 'en', text: 'The Iranian-backed Houthi fighters fired again.', entities: [...ALL, { name: 'Houthis', kind: 'group', says: ['Houthi'] }], expect: ['AID Iran → Houthis'] },
  { name: 'a verb "backed" with a subject is no compound (en)', lang: 'en', text: 'Tehran backed the Houthi fighters.', entities: [...ALL, { name: 'Houthis', kind: 'group', says: ['Houthi'] }], expect: [] },
  { name: 'a list member inside a prepositional phrase is no actor (fr)', lang: 'fr', text: 'Face à Pyongyang, Washington et Kiev ont condamné Moscou.', entities: ALL, expect: ['ACCUSE United States → Russia', 'ACCUSE Ukraine → Russia'] },
  { name: 'the subject of a verb after "that" is not sought before it (en)', lang: 'en', text: 'Rutte thinks that the allies must send more arms to Kyiv.', entities: ALL, expect: [] },
  { name: 'the subject after "que" is found (fr)', lang: 'fr', text: 'Rutte estime que Pékin livre des drones à Moscou.', entities: ALL, expect: ['AID China → Russia'] },
  { name: 'a city where a pledge is made is no party to it (fr)', lang: 'fr', text: "Washington s'est engagé dimanche à Kharkiv.", entities: ALL, expect: [] },
  { name: 'a colon after the trigger opens its object list (en)', lang: 'en', text: 'Tehran attacked two ships: one from Kyiv and one from Moscow.', entities: ALL, expect: [] },
  { name: 'a colon after the trigger keeps the object in the clause (fr)', lang: 'fr', text: 'Téhéran a attaqué deux cibles : Kiev et Moscou.', entities: ALL, expect: ['ASSAULT Iran → Ukraine', 'ASSAULT Iran → Russia'] },
  { name: 'a positive answer to a proposal of X is agreement with X (en)', lang: 'en', text: 'Tehran responded positively to a Russian proposal.', entities: ALL, expect: ['AGREE Iran → Russia'] },
  { name: 'a comma closes a "that" clause before the main verb (en)', lang: 'en', text: 'Rutte, who hopes that the truce holds, will meet Tehran envoys.', entities: ALL, expect: ['CONSULT Mark Rutte → Iran'] },
  { name: 'a list after "between": the last named meets each of the others (en)', lang: 'en', text: 'The talks between Rutte, Washington and Kyiv ended.', entities: ALL, expect: ['CONSULT Mark Rutte → Ukraine', 'CONSULT United States → Ukraine'] },
  { name: 'an agent preposition must follow the trigger (fr)', lang: 'fr', text: "Kiev a été bombardée, selon l'état-major, par Moscou.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: "l'armée is no verb of aid (fr)", lang: 'fr', text: "Le Qatar et Kiev saluent le rôle joué par l'armée israélienne.", entities: [...ALL, { name: 'Qatar', kind: 'country', says: ['Qatar'] }], expect: [] },
  { name: 'no actor, no event (en)', lang: 'en', text: 'Drones were sent to the front.', entities: ALL, expect: [] },
  // One-participant events: the trigger allows them (event-patterns.tsv `alone`) and the subject stands close.
  { name: 'a condemnation names its author only (fr)', lang: 'fr', text: "Washington a fermement condamné l'assaut de la nuit.", entities: ALL, expect: ['ACCUSE United States → null'] },
  { name: 'troops deployed with no state named (en)', lang: 'en', text: 'Beijing deployed two carriers near the strait.', entities: ALL, expect: ['MOBILIZE China → null'] },
  { name: 'a noun after a determiner is no lone verb (fr)', lang: 'fr', text: 'Washington veut contrer cette menace.', entities: ALL, expect: [] },
  { name: 'a lone verb far from its subject is left out (en)', lang: 'en', text: 'Tehran, in a long speech about the old treaty, condemned the raid.', entities: ALL, expect: [] },
  { name: 'a trigger not marked alone needs a target (fr)', lang: 'fr', text: 'Moscou a livré des obus.', entities: ALL, expect: [] },
  // Classes of triggers: taking control, lifting sanctions, withdrawing troops, freezing participation, bringing together.
  { name: 'taking control of a city is force (fr)', lang: 'fr', text: 'Moscou a pris le contrôle de Kharkiv.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'lifting sanctions is a concession (en)', lang: 'en', text: 'Washington lifted most sanctions on Tehran.', entities: ALL, expect: ['CONCEDE United States → Iran'] },
  { name: 'lever les sanctions is a concession (fr)', lang: 'fr', text: 'Washington a levé les sanctions contre Téhéran.', entities: ALL, expect: ['CONCEDE United States → Iran'] },
  { name: 'withdrawing troops from a state is a retreat (fr)', lang: 'fr', text: "Moscou va retirer ses troupes d'Ukraine.", entities: ALL, expect: ['RETREAT Russia → Ukraine'] },
  { name: 'freezing participation reduces relations (en)', lang: 'en', text: 'Kyiv froze its participation in NATO talks.', entities: ALL, expect: ['SANCTION Ukraine → NATO'] },
  { name: 'bringing two leaders together is a meeting with each (fr)', lang: 'fr', text: 'Rutte réunira Washington et Kiev la semaine prochaine.', entities: ALL, expect: ['CONSULT Mark Rutte → United States', 'CONSULT Mark Rutte → Ukraine'] },
  { name: 'denouncing an agreement ends it (fr)', lang: 'fr', text: "Kiev a dénoncé l'accord avec Moscou.", entities: ALL, expect: ['SANCTION Ukraine → Russia'] },
  { name: 'a lone verb in a passive without agent names no doer (en)', lang: 'en', text: 'Several Ukrainian soldiers were attacked near the border.', entities: ALL, expect: [] },
  { name: 'working with a partner is cooperation (en)', lang: 'en', text: 'Tehran worked with Moscow on the drones.', entities: ALL, expect: ['COOPERATE Iran → Russia'] },
  { name: 'investigating is an accusation (fr)', lang: 'fr', text: 'Kiev enquête sur les drones iraniens.', entities: ALL, expect: ['ACCUSE Ukraine → Iran'] },
  // A noun names its target elsewhere in the text more often than not: no lone actor for nouns.
  { name: 'a noun trigger does not stand with its actor alone (fr)', lang: 'fr', text: "L'offensive russe a commencé à l'aube.", entities: ALL, expect: [] },
  { name: 'a noun deep in the sentence is no act of its subject (fr)', lang: 'fr', text: "Téhéran a livré des drones à Moscou plusieurs semaines avant le tout début de l'offensive contre Kiev.", entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'a noun close to its subject is its act (fr)', lang: 'fr', text: 'Moscou a lancé mardi une vaste offensive contre Kiev.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'sending a delegation is a meeting, not aid (en)', lang: 'en', text: 'Tehran sent a delegation to Moscow.', entities: ALL, expect: ['CONSULT Iran → Russia'] },
  // After an article a form is a noun: "la presse" is no form of presser, "l'aide" none of aider.
  { name: 'a verb form after an article is no verb (fr)', lang: 'fr', text: 'Rutte a répondu à la presse ukrainienne.', entities: ALL, expect: [] },
  { name: 'a name before "-led" modifies the named head after it (en)', lang: 'en', text: 'Kyiv froze its participation in the Moscow-led NATO talks.', entities: ALL, expect: ['SANCTION Ukraine → NATO'] },
  { name: 'a name before "-backed" owns a common noun (en)', lang: 'en', text: 'Tehran responded positively to a Moscow-backed plan.', entities: ALL, expect: ['AGREE Iran → Russia'] },
  // A call for an act is not the act.
  { name: 'asking for sanctions is no sanction (fr)', lang: 'fr', text: 'Kiev a demandé de nouvelles sanctions contre Moscou.', entities: ALL, expect: [] },
  { name: 'calling for sanctions is no sanction (en)', lang: 'en', text: 'NATO called for new sanctions against Moscow.', entities: ALL, expect: ['REQUEST NATO → null'] },
  { name: 'a relative clause after a comma ends at the next comma (en)', lang: 'en', text: 'Rutte, who visited the summit, said Moscow had shelled Kharkiv.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a withdrawal from a region is from its state (en)', lang: 'en', text: 'Moscow withdrew its troops from Kharkiv.', entities: ALL, expect: ['RETREAT Russia → Ukraine'] },
  // "soutenir"/"support" a party in a conflict is backing it (material help, the gold's AID); praise stays SUPPORT.
  { name: 'supporting a party is aid (fr)', lang: 'fr', text: 'Pékin soutient Moscou depuis le début.', entities: ALL, expect: ['AID China → Russia'] },
  { name: 'praising a party is support (en)', lang: 'en', text: 'Beijing praised Moscow on Monday.', entities: ALL, expect: ['SUPPORT China → Russia'] },
  // Relative clauses: the antecedent right before "qui"/"who" is the subject, or there is none.
  { name: 'a subject relative takes its antecedent (fr)', lang: 'fr', text: "Rutte a salué l'opération qui a frappé Moscou.", entities: ALL, expect: [] },
  { name: 'a subject relative after a name takes the name (en)', lang: 'en', text: 'Rutte met Tehran, which attacked Moscow last year.', entities: ALL, expect: ['CONSULT Mark Rutte → Iran', 'ASSAULT Iran → Russia'] },
  { name: 'an object relative keeps its own subject (en)', lang: 'en', text: 'The drones, which Tehran shipped to Moscow, were seized.', entities: ALL, expect: ['AID Iran → Russia'] },
  // An accusation's content is no object of the accusation.
  { name: 'the accused stands before the content (en)', lang: 'en', text: 'Kyiv accused them of lying to the press when Moscow was silent.', entities: ALL, expect: [] },
  { name: 'ending a cooperation reduces relations (fr)', lang: 'fr', text: 'Kiev va mettre fin à sa coopération avec Téhéran.', entities: ALL, expect: ['SANCTION Ukraine → Iran'] },
  { name: 'fighting alongside a party aids it (fr)', lang: 'fr', text: 'Les soldats nord-coréens combattent aux côtés de Moscou.', entities: ALL, expect: ['AID North Korea → Russia'] },
  { name: '"se dire préoccupé par" accuses what follows "par" (fr)', lang: 'fr', text: "Washington s'est dit préoccupé par Pékin.", entities: ALL, expect: ['ACCUSE United States → China'] },
  { name: 'a passive agent after an attribution (fr)', lang: 'fr', text: "Kiev a été bombardée, selon Washington, par Moscou.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  // "kinds" in event-patterns.tsv: leaving an organisation reduces relations, leaving a city is no event.
  { name: 'leaving an organisation is a sanction, leaving a city is none (en)', lang: 'en', text: 'Tehran is leaving NATO, and Rutte is leaving Kyiv.', entities: ALL, expect: ['SANCTION Iran → NATO'] },
  { name: 'quitting an organisation (fr)', lang: 'fr', text: "Kiev a quitté l'OTAN, puis Rutte a quitté Moscou.", entities: ALL, expect: ['SANCTION Ukraine → NATO'] },
  { name: 'a ceasefire between two parties is an agreement (en)', lang: 'en', text: 'A ceasefire between Moscow and Kyiv came into force.', entities: ALL, expect: ['AGREE Russia → Ukraine'] },
  { name: 'joint drills with a partner are cooperation (en)', lang: 'en', text: 'Washington will conduct naval drills with Kyiv.', entities: ALL, expect: ['COOPERATE United States → Ukraine'] },
  { name: 'a lone actor may have a topic after another preposition (fr)', lang: 'fr', text: 'Washington a condamné le vote sur Kiev.', entities: ALL, expect: ['ACCUSE United States → null'] },
  { name: 'a lone actor after a suspicion (fr)', lang: 'fr', text: "Washington est soupçonné d'avoir frappé la nuit dernière.", entities: ALL, expect: ['ASSAULT United States → null'] },
  { name: '"de son côté" opens no accusation content (fr)', lang: 'fr', text: 'Kiev accuse de son côté Téhéran de livrer des drones à Moscou.', entities: ALL, expect: ['ACCUSE Ukraine → Iran', 'AID Iran → Russia'] },
  { name: 'launching missiles at a city is force (en)', lang: 'en', text: 'Tehran launched dozens of missiles at Kharkiv.', entities: ALL, expect: ['ASSAULT Iran → Ukraine'] },
  { name: 'launching missiles with no target named (fr)', lang: 'fr', text: 'Téhéran a lancé des dizaines de missiles dans la nuit.', entities: ALL, expect: ['ASSAULT Iran → null'] },
  // A participle that only describes a noun says nothing of the sentence's subject; a passive or an apposition does.
  { name: 'a participle describing a noun leaves the far subject out (en)', lang: 'en', text: 'Kharkiv is hit every night by drones designed and shipped by Tehran.', entities: ALL, expect: [] },
  { name: 'a participle describing a noun leaves the far subject out (fr)', lang: 'fr', text: 'Kiev subit chaque nuit des drones conçus et livrés par Téhéran.', entities: ALL, expect: [] },
  { name: 'a participle in apposition to the subject (fr)', lang: 'fr', text: 'Kiev, bombardée par Moscou, tient bon.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  // A name after "et"/"and" + a verb of the same subject is that verb's argument, not the first verb's.
  { name: 'an object after "and" + a second verb belongs to that verb (en)', lang: 'en', text: 'Washington condemned the raid and urged Kyiv to wait.', entities: ALL, expect: ['ACCUSE United States → null', 'REQUEST United States → Ukraine'] },
  { name: 'an object after "et" + a past participle belongs to it (fr)', lang: 'fr', text: 'Washington a condamné le raid et exhorté Kiev à attendre.', entities: ALL, expect: ['ACCUSE United States → null', 'REQUEST United States → Ukraine'] },
  { name: 'an adjective agreeing after "et" is no second verb (fr)', lang: 'fr', text: 'Rutte appelle à une riposte ferme et unie de Kiev.', entities: ALL, expect: ['REQUEST Mark Rutte → Ukraine'] },
  // The agent after another participle belongs to that participle; an active verb has no agent.
  { name: 'an agent of a participle inside the object is no agent of the trigger (fr)', lang: 'fr', text: 'Moscou accuse les rebelles armés par Kiev.', entities: ALL, expect: [] },
  { name: 'an agent of a participle inside the object is no agent of the trigger (en)', lang: 'en', text: 'Tehran condemned the raids ordered by Washington.', entities: ALL, expect: ['ACCUSE Iran → null'] },
  // "des" after another preposition is an article, not "de + les": "par des drones ukrainiens" is an agent.
  { name: 'victims as subject of a passive, agent after "par des" (fr)', lang: 'fr', text: 'Des soldats nord-coréens ont été tués par des drones ukrainiens.', entities: [...world('North Korea'), { name: 'Ukraine', kind: 'country', says: [{ text: 'ukrainiens', form: 'demonym' }] }], expect: ['ASSAULT Ukraine → North Korea'] },
  { name: 'a subject inside a relative clause closed by commas is not the verb\'s (en)', lang: 'en', text: 'Rutte, who flew to Kyiv after Moscow shelled Kharkiv, has urged Tehran to stop.', entities: ALL, expect: ['REQUEST Mark Rutte → Iran', 'ASSAULT Russia → Ukraine'] },
  // A gerund after a comma takes its object: only a finite verb inverts with its subject (", warns Kyiv").
  { name: 'a gerund after a comma is no inverted speech verb (en)', lang: 'en', text: 'Tehran hardened its tone, accusing Kyiv of lying.', entities: ALL, expect: ['ACCUSE Iran → Ukraine'] },
  { name: 'a present participle after a comma is no inverted speech verb (fr)', lang: 'fr', text: 'Téhéran a durci le ton, accusant Kiev de mentir.', entities: ALL, expect: ['ACCUSE Iran → Ukraine'] },
  // The preposition of the first conjunct may repeat after the coordinator.
  { name: 'a repeated "à" keeps the second target (fr)', lang: 'fr', text: 'Téhéran a livré des drones à Moscou et à Pyongyang.', entities: ALL, expect: ['AID Iran → Russia', 'AID Iran → North Korea'] },
  { name: 'a repeated "to" keeps the second target (en)', lang: 'en', text: 'Tehran shipped drones to Moscow and to Pyongyang.', entities: ALL, expect: ['AID Iran → Russia', 'AID Iran → North Korea'] },
  // The agent preposition ends the words checked for another participle; an article after a verb opens its object.
  { name: 'a head noun after "par" that reads as a participle keeps the agent (fr)', lang: 'fr', text: "Kiev, pilonnée par l'armée russe, tient bon.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'the agent of the object is its owner, not the agent of the verb (en)', lang: 'en', text: 'Kyiv welcomed the decision by Tehran to halt the flights.', entities: ALL, expect: ['SUPPORT Ukraine → Iran'] },
  { name: 'the agent of the object is its owner (fr)', lang: 'fr', text: "Kiev a salué l'annonce par Téhéran d'une trêve.", entities: ALL, expect: ['SUPPORT Ukraine → Iran'] },
  // A subject that mediates between a pair meets each party; it is not one of them.
  { name: 'coordinated mediators meet each party of the pair (fr)', lang: 'fr', text: 'Washington et Pékin jouent les médiateurs entre Kiev et Moscou.', entities: ALL, expect: ['CONSULT United States → Ukraine', 'CONSULT United States → Russia', 'CONSULT China → Ukraine', 'CONSULT China → Russia'] },
  { name: 'a mediator meets each party of the pair (en)', lang: 'en', text: 'Beijing is mediating between Kyiv and Moscow.', entities: ALL, expect: ['CONSULT China → Ukraine', 'CONSULT China → Russia'] },
  // A force event in a clause opened by "where"/"où" hits the place named right before it.
  { name: 'a force event after "where" hits the place before it (en)', lang: 'en', text: 'Snow fell on Kharkiv, where Russian troops keep making advances.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a force event after "où" hits the place before it (fr)', lang: 'fr', text: "La neige tombe sur Kharkiv, où l'armée russe a lancé une offensive.", entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a meeting after "où" does not take the place as a party (fr)', lang: 'fr', text: 'La neige tombe sur Kharkiv, où Rutte a rencontré des élus.', entities: ALL, expect: [] },
  { name: 'a name before "-backed" after "by" is no agent (en)', lang: 'en', text: 'The strikes by the Iranian-backed Houthi fighters against Israel went on.', entities: [...ALL, { name: 'Houthis', kind: 'group', says: ['Houthi'] }], expect: ['ASSAULT Houthis → Israel', 'AID Iran → Houthis'] },
  { name: 'an English demonym takes no head noun before it (en)', lang: 'en', text: 'Kyiv said on Monday that Russian troops shelled Kharkiv.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  // An event noun that is the subject of a verb of reaching (event-slot-words.tsv `reach`) hits its object.
  { name: 'a force noun as subject of "viser" hits its object (fr)', lang: 'fr', text: 'Des frappes russes ont visé Kharkiv mardi.', entities: ALL, expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a force noun as subject of "reach" hits its object (en)', lang: 'en', text: 'The Iranian offensive reached Kharkiv overnight.', entities: ALL, expect: ['ASSAULT Iran → Ukraine'] },
  // event-slot-words.tsv demonym-head: a French demonym follows its noun and adjectives; an English one has no head before it.
  { name: 'a demonym after a noun and its adjective stays in their phrase (fr)', lang: 'fr', text: 'Kiev enquête depuis mars sur des obus lourds iraniens.', entities: ALL, expect: ['ACCUSE Ukraine → Iran'] },
  { name: 'an English demonym right after a verb is its object (en)', lang: 'en', text: 'Moscow vowed to attack Ukrainian positions.', entities: ALL, expect: ['THREATEN Russia → Ukraine'] },
  // A plural noun of members before "de"/"of" and the group (event-slot-words.tsv member): the group acts.
  { name: 'the countries of a group act as the group (fr)', lang: 'fr', text: "Les pays de l'OTAN ont adopté un texte de déclaration commune.", entities: ALL, expect: ['AGREE NATO → null'] },
  { name: 'the members of a group act as the group (en)', lang: 'en', text: 'The members of NATO adopted a final declaration.', entities: ALL, expect: ['AGREE NATO → null'] },
  { name: 'the actor named again after a lone verb is no target (fr)', lang: 'fr', text: "L'OTAN a adopté un texte de déclaration selon lequel l'OTAN restera unie.", entities: ALL, expect: ['AGREE NATO → null'] },
  // Coordinated demonyms before a noun own it together: a symmetric act pairs them, another act is each one's.
  { name: 'coordinated demonyms before a symmetric noun pair up (en)', lang: 'en', text: 'Analysts watch the Chinese and Iranian partnership closely.', entities: ALL, expect: ['COOPERATE China → Iran'] },
  { name: 'coordinated demonyms before a force noun each act (en)', lang: 'en', text: 'Iranian and Russian strikes on Kharkiv went on.', entities: ALL, expect: ['ASSAULT Iran → Ukraine', 'ASSAULT Russia → Ukraine'] },
  { name: 'coordinated demonyms after a force noun each act (fr)', lang: 'fr', text: "Les tirs iraniens et russes contre l'Ukraine continuent.", entities: ALL, expect: ['ASSAULT Iran → Ukraine', 'ASSAULT Russia → Ukraine'] },
  // A relative clause set off by a comma after a noun trigger: what follows is no argument of the noun.
  { name: 'a pair after a comma relative belongs to another noun (fr)', lang: 'fr', text: 'Les pourparlers, qui se sont ouverts lundi, ont achoppé sur des désaccords entre Kiev et Moscou.', entities: ALL, expect: [] },
  { name: 'a pair after a comma relative belongs to another noun (en)', lang: 'en', text: 'The talks, which began on Monday, foundered on rifts between Kyiv and Moscow.', entities: ALL, expect: [] },
  // A verb in an object relative acts on the owner of the antecedent (event-slot-words.tsv object-relative).
  { name: 'a verb in an object relative acts on the antecedent\'s owner (en)', lang: 'en', text: 'Kyiv read the Iranian proposal that Moscow accepted.', entities: ALL, expect: ['AGREE Russia → Iran'] },
  { name: 'a verb in an object relative acts on the antecedent\'s owner (fr)', lang: 'fr', text: 'Kiev a étudié le plan chinois que Moscou a accepté.', entities: ALL, expect: ['AGREE Russia → China'] },
  { name: 'a complementizer after a verb is no object relative (fr)', lang: 'fr', text: 'Les Russes estiment que Kiev a attaqué.', entities: [...ALL, { name: 'Russia', kind: 'country', says: [{ text: 'Russes', form: 'demonym' }] }], expect: ['ASSAULT Ukraine → null'] },
  { name: 'the subject of an object relative is no object of the verb before it (fr)', lang: 'fr', text: 'Kiev a salué la proposition que Moscou a faite.', entities: ALL, expect: [] },
  { name: 'the subject of an object relative is no object of the verb before it (en)', lang: 'en', text: 'Kyiv praised the proposal that Moscow made.', entities: ALL, expect: [] },
  { name: 'a "que" right after a warning reports its content (fr)', lang: 'fr', text: 'Kiev a averti hier que Moscou paierait.', entities: ALL, expect: ['THREATEN Ukraine → Russia'] },
  { name: 'a lone verb after the coordinator opening its clause shares the sentence subject (en)', lang: 'en', text: 'Tehran has boarded a tanker in the gulf, burned a barge, and launched drones at ports.', entities: ALL, expect: ['ASSAULT Iran → null'] },
  { name: 'the doer of a gerund after "for" is the party named before it (en)', lang: 'en', text: 'Washington sanctioned 31 Chinese companies for aiding Moscow.', entities: ALL, expect: ['SANCTION United States → China', 'AID China → Russia'] },
  // A subject relative pronoun right before a verb (event-slot-words.tsv subject-relative, and "qui"/"which"): the verb's
  // subject is the antecedent, which may be a demonym with its head noun after it.
  { name: 'a demonym and its head noun before "that" act in the relative (en)', lang: 'en', text: 'Two Chinese refiners that supply Pyongyang with fuel were listed.', entities: ALL, expect: ['AID China → North Korea'] },
  { name: 'a demonym and its head noun before "which" act in the relative (en)', lang: 'en', text: 'Iranian shipyards which supply Moscow with hulls were listed.', entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'a demonym, its noun and an adjective before "qui" act in the relative (fr)', lang: 'fr', text: 'Des ateliers iraniens clandestins qui fournissent des coques à Moscou ont été cités.', entities: ALL, expect: ['AID Iran → Russia'] },
  { name: 'a "that" after a reporting verb opens no relative (en)', lang: 'en', text: 'The Chinese envoy said that supplying fuel to Pyongyang is lawful.', entities: ALL, expect: [] },
  // A symmetric act noun that a sealing verb takes (event-slot-words.tsv seal) joins the coordinated subjects.
  { name: 'a truce concluded by coordinated subjects joins them (en)', lang: 'en', text: 'Chile and Peru concluded a truce.', entities: ANDES, expect: ['AGREE Chile → Peru'] },
  { name: 'a partnership renewed by coordinated subjects joins them (en)', lang: 'en', text: 'Chile and Peru renewed their partnership.', entities: ANDES, expect: ['COOPERATE Chile → Peru'] },
  { name: 'a truce concluded by coordinated subjects joins them (fr)', lang: 'fr', text: 'Le Chili et le Pérou ont conclu une trêve.', entities: ANDES, expect: ['AGREE Chile → Peru'] },
  { name: 'a truce criticised by coordinated subjects joins no one (en)', lang: 'en', text: 'Chile and Peru criticised the truce.', entities: ANDES, expect: ['ACCUSE Chile → null', 'ACCUSE Peru → null'] },
  // An aid noun's giver after "from" (event-slot-words.tsv giver); it goes to its "to" party or to the subject of a verb of receiving.
  { name: 'an aid noun with "from" and "to" names giver and receiver (en)', lang: 'en', text: 'Shipments of fuel from Oslo to Lima resumed.', entities: FUEL, expect: ['AID Norway → Peru'] },
  { name: 'an aid noun with "from" goes to the subject of a verb of receiving (en)', lang: 'en', text: 'Lima obtained deliveries of fuel from Oslo.', entities: FUEL, expect: ['AID Norway → Peru'] },
  { name: 'an aid noun with "from" goes to no subject of another verb (en)', lang: 'en', text: 'Quito condemned shipments of fuel from Oslo.', entities: [...FUEL, { name: 'Ecuador', kind: 'country', says: ['Quito'] }], expect: [] },
  // A verb of reaction (ACCUSE, SUPPORT, REJECT) between a subject and an act noun: the subject reacts, it did not act.
  { name: 'the subject of a condemnation did not strike (en)', lang: 'en', text: 'Lima condemned the strikes on Quito.', entities: ANDEAN, expect: ['ACCUSE Peru → null'] },
  { name: 'the subject of a denunciation did not invade (en)', lang: 'en', text: 'Lima denounced the invasion of Ecuador.', entities: ANDEAN, expect: ['ACCUSE Peru → Ecuador'] },
  { name: 'the subject of praise did not impose the sanctions (fr)', lang: 'fr', text: 'Lima a salué les sanctions contre Quito.', entities: ANDEAN, expect: [] },
  { name: 'the subject of a denunciation did not invade (fr)', lang: 'fr', text: "Lima a dénoncé l'invasion de l'Équateur.", entities: ANDEAN, expect: [] },
  // A word right after a genitive is a noun: its verb reading takes no subject and object around it.
  { name: 'a force word after a genitive is no verb (en)', lang: 'en', text: "Quito's attack on Lima angered Bogota.", entities: [...ANDEAN, { name: 'Colombia', kind: 'country', says: ['Bogota'] }], expect: ['ASSAULT Ecuador → Peru'] },
  { name: 'a plural force word after a genitive is no verb (en)', lang: 'en', text: "Quito's raids on Lima worried Bogota.", entities: [...ANDEAN, { name: 'Colombia', kind: 'country', says: ['Bogota'] }], expect: ['ASSAULT Ecuador → Peru'] },
  // After a noun-after preposition (event-slot-words.tsv) a word that is no gerund is a noun, not a verb with subject and object.
  { name: 'a word after "with" is no verb taking the subject and a later object (en)', lang: 'en', text: 'Lima, with help from Quito, attacked La Paz.', entities: [...ANDEAN, { name: 'Bolivia', kind: 'country', says: ['La Paz'] }], expect: [] },
  { name: 'a gerund after "for" stays a verb (en)', lang: 'en', text: 'Lima sanctioned Quito for aiding La Paz.', entities: [...ANDEAN, { name: 'Bolivia', kind: 'country', says: ['La Paz'] }], expect: ['SANCTION Peru → Ecuador', 'AID Ecuador → Bolivia'] },
  // An act noun after a preposition of circumstance (event-slot-words.tsv circumstance) is not the subject's act.
  { name: 'raids after "amid" are not the subject\'s (en)', lang: 'en', text: 'Lima held firm amid raids on Quito.', entities: ANDEAN, expect: [] },
  { name: 'raids after "despite the" are not the subject\'s (en)', lang: 'en', text: 'Lima held firm despite the raids on Quito.', entities: ANDEAN, expect: [] },
  { name: 'raids after "malgré les" are not the subject\'s (fr)', lang: 'fr', text: 'Lima, malgré les raids contre Quito, a reçu Bogota.', entities: [...ANDEAN, { name: 'Colombia', kind: 'country', says: ['Bogota'] }], expect: ['CONSULT Peru → Colombia'] },
  { name: 'raids after "with" are the subject\'s (en)', lang: 'en', text: 'Lima responded with raids on Quito.', entities: ANDEAN, expect: ['ASSAULT Peru → Ecuador'] },
];

for (const c of cases) {
  test(`arguments: ${c.name}`, (t) => {
    const why = morphologyMissing(c.lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text: c.text, lang: c.lang, entities: c.entities });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target}`), c.expect);
  });
}

// A mention inside a count ("over 40 Iranian firms", a quantity) is governed by what governs the count.
const OTTAWA: readonly HandEntity[] = [...ALL, { name: 'Canada', kind: 'country', says: ['Ottawa'] }];
const counted = [
  { text: 'Ottawa has imposed sanctions on over 40 Iranian firms.', count: 'over 40 Iranian firms', value: 40, unit: 'firm', name: 'after "on" is the target of sanctions' },
  { text: 'Ottawa sanctioned about 12 Iranian banks last week.', count: 'about 12 Iranian banks', value: 12, unit: 'bank', name: 'right after the verb is its object' },
];
for (const c of counted) {
  test(`arguments: a demonym inside a count ${c.name} (en)`, () => {
    const doc = handDoc({ text: c.text, lang: 'en', entities: OTTAWA, quantities: [{ text: c.count, value: c.value, unit: c.unit }] });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target}`), ['SANCTION Canada → Iran']);
  });
}

/**
 * Which words state which PLOVER type (lang/<xx>/event-patterns.tsv), one
 * sentence per class of trigger, in French and English, run through the whole
 * events stage on hand-built mentions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, morphologyMissing, viewEvents, world, type HandEntity } from './test-doc.ts';

interface Case {
  readonly name: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
  /** "TYPE actor → target" of every event, in order. */
  readonly expect: readonly string[];
  readonly entities?: readonly HandEntity[];
}

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'Ukraine', 'United States', 'NATO', 'Mark Rutte', 'Kharkiv', 'Israel', 'Gaza Strip');

const cases: readonly Case[] = [
  // ASSAULT: force, including the taking of land.
  { name: 'the killing of a party’s people is force (en)', lang: 'en', text: 'The killing of Iranian scientists by Israel was condemned.', expect: ['ASSAULT Israel → Iran'] },
  { name: 'un bombardement d’une ville is force (fr)', lang: 'fr', text: 'Le bombardement russe de Kharkiv a duré trois heures.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'a bombardment of a city is force (en)', lang: 'en', text: 'The Russian bombardment of Kharkiv lasted three hours.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'annexing land is force (en)', lang: 'en', text: 'Moscow annexed four Ukrainian provinces.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'breaking a truce is force (en)', lang: 'en', text: 'Tehran violated the ceasefire with Israel twice.', expect: ['ASSAULT Iran → Israel'] },
  { name: 'un pilonnage is force (fr)', lang: 'fr', text: 'Le pilonnage russe sur Kharkiv a repris.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'destroying is force (fr)', lang: 'fr', text: 'Moscou a détruit un pont ukrainien.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'opening fire on a party is force (fr)', lang: 'fr', text: 'Téhéran a ouvert le feu sur Israël.', expect: ['ASSAULT Iran → Israel'] },
  { name: 'an annexation is force (fr)', lang: 'fr', text: "L'annexion de la Crimée par Moscou date de 2014.", expect: ['ASSAULT Russia → Ukraine'], entities: [...ALL, { name: 'Crimea', kind: 'place', partOf: 'Ukraine', says: ['Crimée'] }] },
  { name: 'waging war on a party is force (en)', lang: 'en', text: 'Moscow has waged war on Kyiv since 2022.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'faire la guerre is force (fr)', lang: 'fr', text: "L'armée russe fait la guerre à l'Ukraine depuis 2022.", expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'the fighting against a party is force (en)', lang: 'en', text: 'Tehran stepped up the fighting against Israel.', expect: ['ASSAULT Iran → Israel'] },
  { name: 'a halt in fighting is no force against what follows (en)', lang: 'en', text: 'Kyiv backs a halt in fighting and Moscow agrees.', expect: [] },
  { name: 'carrying out strikes stands with its actor alone (en)', lang: 'en', text: 'Tehran carried out new strikes overnight.', expect: ['ASSAULT Iran → null'] },
  { name: 'launching an offensive against a party (en)', lang: 'en', text: 'Moscow launched a new offensive against Kyiv.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'mener des opérations militaires stands with its actor alone (fr)', lang: 'fr', text: 'Téhéran a mené trois opérations militaires cette semaine.', expect: ['ASSAULT Iran → null'] },
  { name: 'effectuer des frappes sur une partie (fr)', lang: 'fr', text: 'Israël a effectué des frappes sur Gaza.', expect: ['ASSAULT Israel → Gaza Strip'] },
  { name: 'hitting a party is force (en)', lang: 'en', text: 'Russian missiles hit Kyiv overnight.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'retaliating against a party is force (en)', lang: 'en', text: 'Tehran retaliated against Israel within hours.', expect: ['ASSAULT Iran → Israel'] },
  { name: 'clashing with a party is force (en)', lang: 'en', text: 'Chinese troops clashed with American sailors.', expect: ['ASSAULT China → United States'] },
  { name: 'riposter contre une partie is force (fr)', lang: 'fr', text: 'Téhéran a riposté contre Israël.', expect: ['ASSAULT Iran → Israel'] },
  { name: 'affronter une partie is force (fr)', lang: 'fr', text: "L'armée ukrainienne affronte les troupes russes.", expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'hitting out at a party is criticism, not force (en)', lang: 'en', text: 'Beijing hit out at Washington on Monday.', expect: ['ACCUSE China → United States'] },
  { name: 'repelling an attack by a party is force against it (en)', lang: 'en', text: 'Israeli jets repelled a night attack by Iran.', expect: ['ASSAULT Israel → Iran'] },
  { name: 'repousser une offensive d’une partie is force (fr)', lang: 'fr', text: "L'armée ukrainienne a repoussé une offensive de la Russie.", expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'advances into a state are force (en)', lang: 'en', text: 'Russian advances into Ukraine slowed in May.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'des avancées en territoire adverse are force (fr)', lang: 'fr', text: 'Les avancées russes en Ukraine ont ralenti.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'firing at a party is force (en)', lang: 'en', text: 'Russian troops fired at Ukrainian soldiers.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'fighting for a party is aid to it, not force (en)', lang: 'en', text: 'North Korean soldiers are fighting for Russia.', expect: ['AID North Korea → Russia'] },
  { name: 'se battre pour une partie is aid to it (fr)', lang: 'fr', text: 'Des soldats nord-coréens se battent pour la Russie.', expect: ['AID North Korea → Russia'] },
  { name: 'fighting against a party stays force (en)', lang: 'en', text: 'North Korean soldiers are fighting against Ukraine.', expect: ['ASSAULT North Korea → Ukraine'] },
  // Nouns are triggers in the plural too.
  { name: 'incursions in the plural (en)', lang: 'en', text: 'Russian incursions into Ukraine went on.', expect: ['ASSAULT Russia → Ukraine'] },
  { name: 'des partenariats au pluriel (fr)', lang: 'fr', text: 'Les partenariats de Pékin avec Moscou se multiplient.', expect: ['COOPERATE China → Russia'] },
  // ACCUSE: criticism in strong words, concern, legal action.
  { name: 'lambasting is criticism (en)', lang: 'en', text: 'Washington lambasted Beijing for its silence.', expect: ['ACCUSE United States → China'] },
  { name: 'voicing concern about a party (en)', lang: 'en', text: 'NATO voiced deep concern about Tehran.', expect: ['ACCUSE NATO → Iran'] },
  { name: 'deploring stands with its author alone (en)', lang: 'en', text: 'Kyiv deplored the vote.', expect: ['ACCUSE Ukraine → null'] },
  { name: 'fustiger is criticism (fr)', lang: 'fr', text: 'Washington a fustigé Pékin mardi.', expect: ['ACCUSE United States → China'] },
  { name: 'a condemnation of a party (fr)', lang: 'fr', text: "La condamnation de Téhéran par l'OTAN a surpris.", expect: ['ACCUSE NATO → Iran'] },
  { name: 'filing a complaint against a party (fr)', lang: 'fr', text: 'Kiev a porté plainte contre Moscou.', expect: ['ACCUSE Ukraine → Russia'] },
  { name: 'opposing a party is disapproval (en)', lang: 'en', text: 'Beijing opposed Washington at the vote.', expect: ['ACCUSE China → United States'] },
  { name: "s'opposer à une partie is disapproval (fr)", lang: 'fr', text: "Pékin s'est opposé à la proposition américaine.", expect: ['ACCUSE China → United States'] },
  { name: 'imputer une attaque à une partie is an accusation (fr)', lang: 'fr', text: "Kiev impute l'attaque à Moscou.", expect: ['ACCUSE Ukraine → Russia'] },
  { name: 'taking exception to a party is criticism (en)', lang: 'en', text: 'Beijing took exception to Washington over the visa rules.', expect: ['ACCUSE China → United States'] },
  { name: 'lashing out at a party is criticism (en)', lang: 'en', text: 'Tehran lashed out at Washington on Friday.', expect: ['ACCUSE Iran → United States'] },
  { name: "s'en prendre à une partie is criticism (fr)", lang: 'fr', text: "Pékin s'en est pris à Washington lundi.", expect: ['ACCUSE China → United States'] },
  { name: 'taking strong exception to a party (en)', lang: 'en', text: "Beijing took strong exception to Washington's remarks.", expect: ['ACCUSE China → United States'] },
  { name: 'calling a party’s claims baseless is criticism (en)', lang: 'en', text: "Beijing called Washington's claims baseless.", expect: ['ACCUSE China → United States'] },
  { name: 'qualifier d’infondé l’appel d’une partie is criticism (fr)', lang: 'fr', text: "Pékin a qualifié l'appel de Washington d'infondé.", expect: ['ACCUSE China → United States'] },
  { name: 'regretting a party’s decision is criticism (en)', lang: 'en', text: "Kyiv regrets Washington's decision.", expect: ['ACCUSE Ukraine → United States'] },
  { name: 'regretter la décision d’une partie is criticism (fr)', lang: 'fr', text: 'Kiev regrette la décision de Washington.', expect: ['ACCUSE Ukraine → United States'] },
  { name: 'blasting a party is criticism (en)', lang: 'en', text: 'Washington blasted Beijing over the export rules.', expect: ['ACCUSE United States → China'] },
  { name: 'a blast is no criticism (en)', lang: 'en', text: 'A blast hit the Russian embassy in Kyiv.', expect: [] },
  { name: 'alleging that a party acted is an accusation of it (en)', lang: 'en', text: 'Tehran alleged that Israel had planned the attack.', expect: ['ACCUSE Iran → Israel'] },
  { name: 'alléguer qu’une partie a agi is an accusation of it (fr)', lang: 'fr', text: "Téhéran allègue qu'Israël a préparé l'attaque.", expect: ['ACCUSE Iran → Israel'] },
  { name: 'les critiques contre une partie are criticism (fr)', lang: 'fr', text: 'Les critiques de Pékin contre Washington se multiplient.', expect: ['ACCUSE China → United States'] },
  { name: 'reproaching a party is criticism (en)', lang: 'en', text: 'Kyiv reproached Moscow for the delay.', expect: ['ACCUSE Ukraine → Russia'] },
  { name: 'des reproches à une partie are criticism (fr)', lang: 'fr', text: 'Les reproches de Kiev à Moscou se multiplient.', expect: ['ACCUSE Ukraine → Russia'] },
  { name: 'calling a party\'s act a provocation is criticism, not a phone call (en)', lang: 'en', text: 'Paris called the Russian decision a dangerous provocation.', expect: ['ACCUSE France → Russia'], entities: [...ALL, { name: 'France', kind: 'country', says: ['Paris', 'France'] }] },
  { name: 'calling a party still is a phone call (en)', lang: 'en', text: 'Rutte called Kyiv on Monday.', expect: ['CONSULT Mark Rutte → Ukraine'] },
  { name: 'qualifier de provocation is criticism (fr)', lang: 'fr', text: 'Paris a qualifié de « provocation » la décision russe.', expect: ['ACCUSE France → Russia'], entities: [...ALL, { name: 'France', kind: 'country', says: ['Paris', 'France'] }] },
  // REQUEST.
  { name: 'calling on a party names it after the preposition of the phrase (en)', lang: 'en', text: 'Kyiv called on Washington to send more air defence.', expect: ['REQUEST Ukraine → United States'] },
  { name: 'appealing to a party (en)', lang: 'en', text: 'Kyiv appealed to Washington for help.', expect: ['REQUEST Ukraine → United States'] },
  { name: 'calling for a party to act (en)', lang: 'en', text: 'Washington called for Moscow to withdraw.', expect: ['REQUEST United States → Russia'] },
  { name: 'demands on a party are requests (en)', lang: 'en', text: "Washington's demands on Kyiv grew.", expect: ['REQUEST United States → Ukraine'] },
  { name: 'les exigences envers une partie are requests (fr)', lang: 'fr', text: "L'exigence américaine envers Kiev est claire.", expect: ['REQUEST United States → Ukraine'] },
  { name: 'pleading with a party is a request (en)', lang: 'en', text: 'Kyiv pleaded with Washington for more air defence.', expect: ['REQUEST Ukraine → United States'] },
  { name: 'a call to a party is a request (fr)', lang: 'fr', text: "L'appel de Kiev à Washington est resté sans réponse.", expect: ['REQUEST Ukraine → United States'] },
  { name: 'calling for the withdrawal of a party asks that party (fr)', lang: 'fr', text: 'Washington a appelé au retrait des troupes russes.', expect: ['REQUEST United States → Russia'] },
  { name: 'calling for the withdrawal of a party asks that party (en)', lang: 'en', text: 'NATO called for the withdrawal of Russian troops.', expect: ['REQUEST NATO → Russia'] },
  // THREATEN.
  { name: 'a warning to a party is a threat (fr)', lang: 'fr', text: "L'avertissement de Pékin à Washington était clair.", expect: ['THREATEN China → United States'] },
  { name: 'threats against a party (en)', lang: 'en', text: "Tehran's threats against Israel grew louder.", expect: ['THREATEN Iran → Israel'] },
  { name: 'posing a threat is no threat made (en)', lang: 'en', text: 'Tehran poses a threat to Israel.', expect: [] },
  // SANCTION: reducing relations.
  { name: 'freezing assets is a sanction (en)', lang: 'en', text: 'Washington froze the assets of Tehran.', expect: ['SANCTION United States → Iran'] },
  { name: 'tariffs on a party are a sanction (en)', lang: 'en', text: 'American tariffs on China took effect.', expect: ['SANCTION United States → China'] },
  { name: 'cutting ties is a sanction (en)', lang: 'en', text: 'Kyiv cut diplomatic ties with Tehran.', expect: ['SANCTION Ukraine → Iran'] },
  { name: 'cancelling an agreement is a sanction, not an agreement (en)', lang: 'en', text: 'Kyiv announced the cancellation of its trade agreements with Tehran.', expect: ['SANCTION Ukraine → Iran'] },
  { name: 'un embargo is a sanction (fr)', lang: 'fr', text: "L'embargo américain contre l'Iran reste en vigueur.", expect: ['SANCTION United States → Iran'] },
  { name: 'breaking off relations is a sanction (fr)', lang: 'fr', text: 'Kiev a rompu ses relations diplomatiques avec Téhéran.', expect: ['SANCTION Ukraine → Iran'] },
  { name: 'cancelling an agreement is a sanction (fr)', lang: 'fr', text: "Kiev a annulé l'accord gazier avec Moscou.", expect: ['SANCTION Ukraine → Russia'] },
  // AID.
  { name: 'aid to a party (en)', lang: 'en', text: 'American aid to Kyiv doubled last year.', expect: ['AID United States → Ukraine'] },
  { name: "l'aide à une partie (fr)", lang: 'fr', text: "L'aide américaine à l'Ukraine a doublé.", expect: ['AID United States → Ukraine'] },
  { name: 'logistical support is material aid (en)', lang: 'en', text: "Tehran's logistical support for Moscow grew.", expect: ['AID Iran → Russia'] },
  { name: 'un soutien financier is material aid (fr)', lang: 'fr', text: 'Le soutien financier américain à Kiev continue.', expect: ['AID United States → Ukraine'] },
  // CONSULT.
  { name: 'discussing with a party is a consultation (en)', lang: 'en', text: 'Rutte discussed the war with Beijing.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'negotiations between two parties (en)', lang: 'en', text: 'Negotiations between Tehran and Washington stalled.', expect: ['CONSULT Iran → United States'] },
  { name: 'a phone conversation with a party is a consultation (en)', lang: 'en', text: 'Rutte had a phone conversation with Beijing.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'conferring with a party is a consultation (en)', lang: 'en', text: 'Rutte conferred with Beijing on Monday.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'a phone call with a party (fr)', lang: 'fr', text: 'Rutte a eu un appel téléphonique avec Pékin.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'phoning a party is a consultation (en)', lang: 'en', text: 'Beijing phoned Moscow on Monday.', expect: ['CONSULT China → Russia'] },
  { name: 'a meeting with a party (fr)', lang: 'fr', text: 'La réunion entre Kiev et Washington a duré deux heures.', expect: ['CONSULT Ukraine → United States'] },
  { name: 'a trip abroad is a visit (fr)', lang: 'fr', text: 'Rutte prépare un déplacement en Chine.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'a joint statement with a party stands for a meeting (en)', lang: 'en', text: 'Rutte spoke during a joint statement with Kyiv.', expect: ['CONSULT Mark Rutte → Ukraine'] },
  { name: 'une conférence de presse commune avec une partie (fr)', lang: 'fr', text: 'Rutte a tenu une conférence de presse commune avec Kiev.', expect: ['CONSULT Mark Rutte → Ukraine'] },
  // AGREE, SUPPORT, COOPERATE.
  { name: 'a treaty between two parties (en)', lang: 'en', text: 'The treaty between Moscow and Pyongyang took effect.', expect: ['AGREE Russia → North Korea'] },
  { name: 'un pacte between two parties (fr)', lang: 'fr', text: 'Le pacte entre Moscou et Pyongyang est entré en vigueur.', expect: ['AGREE Russia → North Korea'] },
  { name: 'thanking a party is support (en)', lang: 'en', text: 'Kyiv thanked Washington for the new air defence systems.', expect: ['SUPPORT Ukraine → United States'] },
  { name: 'remercier une partie is support (fr)', lang: 'fr', text: 'Kiev a remercié Washington pour son aide.', expect: ['SUPPORT Ukraine → United States'] },
  { name: 'congratulating is support (en)', lang: 'en', text: 'Beijing congratulated Moscow on the vote.', expect: ['SUPPORT China → Russia'] },
  { name: 'recognising a party is support (en)', lang: 'en', text: 'Beijing recognised Kyiv in 1991.', expect: ['SUPPORT China → Ukraine'] },
  { name: 'reconnaître une partie is support (fr)', lang: 'fr', text: 'Pékin a reconnu Kiev en 1991.', expect: ['SUPPORT China → Ukraine'] },
  { name: 'appuyer une partie is support (fr)', lang: 'fr', text: 'Washington appuie la candidature de Kiev.', expect: ['SUPPORT United States → Ukraine'] },
  { name: 'support for a party as a noun is support, the verb stays aid (en)', lang: 'en', text: 'Chinese support for Moscow grew. Washington supports Kyiv.', expect: ['SUPPORT China → Russia', 'AID United States → Ukraine'] },
  { name: 'solidarity with a party is support (fr)', lang: 'fr', text: "La solidarité de l'OTAN avec Kiev ne faiblit pas.", expect: ['SUPPORT NATO → Ukraine'] },
  { name: 'collaborating with a party is cooperation (en)', lang: 'en', text: 'Tehran collaborated with Moscow on the drones.', expect: ['COOPERATE Iran → Russia'] },
  { name: 'sharing intelligence is cooperation (fr)', lang: 'fr', text: 'Washington partage ses renseignements avec Kiev.', expect: ['COOPERATE United States → Ukraine'] },
  { name: 'providing intelligence to a party is cooperation, not aid (en)', lang: 'en', text: 'Washington provided satellite intelligence to Kyiv.', expect: ['COOPERATE United States → Ukraine'] },
  { name: 'fournir des données à une partie is cooperation, not aid (fr)', lang: 'fr', text: 'Washington a fourni à Kiev des données satellitaires.', expect: ['COOPERATE United States → Ukraine'] },
  { name: 'sharing information with a party is cooperation (en)', lang: 'en', text: 'Beijing shared flight information with Moscow.', expect: ['COOPERATE China → Russia'] },
  { name: 'partager des informations avec une partie is cooperation (fr)', lang: 'fr', text: 'Pékin partage ses informations avec Moscou.', expect: ['COOPERATE China → Russia'] },
  { name: 'funding for a party is aid (en)', lang: 'en', text: 'American funding for Kyiv doubled.', expect: ['AID United States → Ukraine'] },
  { name: 'le financement à une partie is aid (fr)', lang: 'fr', text: "Le financement américain à l'Ukraine a doublé.", expect: ['AID United States → Ukraine'] },
  { name: 'travailler avec une partie is cooperation (fr)', lang: 'fr', text: 'Pékin travaille avec Moscou sur les drones.', expect: ['COOPERATE China → Russia'] },
  { name: 'training a party’s troops is aid (en)', lang: 'en', text: 'Washington trains Ukrainian troops in Germany.', expect: ['AID United States → Ukraine'] },
  { name: 'former les soldats d’une partie is aid (fr)', lang: 'fr', text: 'Moscou a formé trois mille soldats nord-coréens.', expect: ['AID Russia → North Korea'] },
  { name: 'a loan to a party is aid (en)', lang: 'en', text: "Washington's loan to Kyiv was approved.", expect: ['AID United States → Ukraine'] },
  { name: 'pledging support to a party is support, not an agreement (en)', lang: 'en', text: 'Tehran pledged its full support to Moscow.', expect: ['SUPPORT Iran → Russia'] },
  { name: 'assuring a party of support (en)', lang: 'en', text: 'Beijing assured Moscow of its support.', expect: ['SUPPORT China → Russia'] },
  { name: 'offrir son soutien à une partie (fr)', lang: 'fr', text: "Téhéran a offert son soutien à Moscou.", expect: ['SUPPORT Iran → Russia'] },
  { name: 'assurer un soutien militaire à une partie is aid, not support (fr)', lang: 'fr', text: 'Téhéran assure un soutien militaire à Moscou.', expect: ['AID Iran → Russia'] },
  { name: 'assurer un soutien à une partie (fr)', lang: 'fr', text: 'Pékin a assuré un soutien sans faille à Moscou.', expect: ['SUPPORT China → Russia'] },
  { name: 'the noun of a phrase may open a quotation (en)', lang: 'en', text: 'Tehran pledged "unwavering support" to Moscow.', expect: ['SUPPORT Iran → Russia'] },
  { name: "le nom d'une locution peut ouvrir une citation (fr)", lang: 'fr', text: 'Pékin a assuré un « soutien total » à Moscou.', expect: ['SUPPORT China → Russia'] },
  // MOBILIZE, REJECT, RETREAT, COERCE, PROTEST, CONCEDE.
  { name: 'a proposal unacceptable to a party is rejected by it (en)', lang: 'en', text: "Moscow's latest offer is unacceptable to Kyiv.", expect: ['REJECT Ukraine → Russia'] },
  { name: 'inacceptable pour une partie is a rejection (fr)', lang: 'fr', text: 'Le plan russe est inacceptable pour Kiev.', expect: ['REJECT Ukraine → Russia'] },
  { name: 'a deployment to a state (en)', lang: 'en', text: "Washington's deployment to Israel began in May.", expect: ['MOBILIZE United States → Israel'] },
  { name: 'rebuffing a party is a rejection (en)', lang: 'en', text: 'Tehran rebuffed Washington again.', expect: ['REJECT Iran → United States'] },
  { name: 'pulling out of a state is a retreat (en)', lang: 'en', text: 'Washington pulled out of Iraq last year.', expect: ['RETREAT United States → Iraq'], entities: [...ALL, { name: 'Iraq', kind: 'country', says: ['Iraq'] }] },
  { name: 'deporting is coercion (fr)', lang: 'fr', text: 'Moscou a déporté un journaliste ukrainien.', expect: ['COERCE Russia → Ukraine'] },
  { name: 'a cyberattack on a party is coercion (en)', lang: 'en', text: 'The Chinese cyberattack on Washington was traced back.', expect: ['COERCE China → United States'] },
  { name: 'boycotting is protest (fr)', lang: 'fr', text: "Kiev boycotte l'OTAN cette année.", expect: ['PROTEST Ukraine → NATO'] },
  { name: 'taking people captive with a gap is coercion (en)', lang: 'en', text: 'Tehran took two Israeli sailors captive.', expect: ['COERCE Iran → Israel'] },
  { name: 'holding people hostage is coercion (en)', lang: 'en', text: 'Pyongyang held an American student hostage for months.', expect: ['COERCE North Korea → United States'] },
  { name: 'prendre des gens en otage, avec un écart, is coercion (fr)', lang: 'fr', text: 'Téhéran a pris un marin israélien en otage.', expect: ['COERCE Iran → Israel'] },
  { name: 'retenir quelqu’un en otage is coercion (fr)', lang: 'fr', text: 'Pyongyang a retenu un étudiant américain en otage.', expect: ['COERCE North Korea → United States'] },
  { name: 'intercepting a party’s drone is force (en)', lang: 'en', text: 'Kyiv intercepted a Russian drone at dawn.', expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'intercepter le drone d’une partie is force (fr)', lang: 'fr', text: 'Kiev a intercepté un drone russe.', expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'a blockade of a party is a military move (en)', lang: 'en', text: 'The Chinese blockade of Taiwan lasted a week.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan'] }] },
  { name: 'un blocus contre une partie is a military move (fr)', lang: 'fr', text: 'Le blocus chinois de Taïwan a duré une semaine.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taïwan'] }] },
  { name: 'drills around a party are a military move (en)', lang: 'en', text: 'Beijing held military drills around Taiwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan'] }] },
  { name: 'tendre une embuscade à une partie is force (fr)', lang: 'fr', text: 'Le Hamas a tendu une embuscade à une patrouille israélienne.', expect: ['ASSAULT Hamas → Israel'], entities: [...ALL, { name: 'Hamas', kind: 'organization', says: ['Hamas'] }] },
  { name: 'se déployer en territoire étranger is a military move (fr)', lang: 'fr', text: "L'armée russe s'est déployée en Ukraine.", expect: ['MOBILIZE Russia → Ukraine'] },
  { name: 'speaking to a party is a consultation (en)', lang: 'en', text: 'Rutte spoke to Beijing on Monday.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'parler à une partie is a consultation (fr)', lang: 'fr', text: 'Rutte a parlé à Pékin lundi.', expect: ['CONSULT Mark Rutte → China'] },
  { name: 'adopting a declaration is an agreement of its authors (en)', lang: 'en', text: 'NATO adopted a final declaration on Wednesday.', expect: ['AGREE NATO → null'] },
  { name: 'adopter une déclaration is an agreement of its authors (fr)', lang: 'fr', text: "L'OTAN a adopté mercredi une déclaration finale.", expect: ['AGREE NATO → null'] },
  { name: 'neutralizing a party’s drone is force (en)', lang: 'en', text: 'Kyiv neutralized a Russian drone overnight.', expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'neutraliser le drone d’une partie is force (fr)', lang: 'fr', text: 'Kiev a neutralisé un drone russe.', expect: ['ASSAULT Ukraine → Russia'] },
  { name: 'naval drills near a party are a military move (en)', lang: 'en', text: 'Beijing held naval drills near Taiwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'des exercices navals près d’une partie are a military move; près de governs the name (fr)', lang: 'fr', text: 'Pékin a organisé des exercices navals près de Taïwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'military manoeuvres around a party are a military move (en)', lang: 'en', text: 'Beijing staged military manoeuvres around Taiwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'des manœuvres militaires autour d’une partie are a military move (fr)', lang: 'fr', text: 'Pékin a organisé des manœuvres militaires autour de Taïwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'conducting drills around a party is a military move, not cooperation (en)', lang: 'en', text: 'Beijing conducted military drills around Taiwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'mener des exercices autour d’une partie is a military move, not cooperation (fr)', lang: 'fr', text: 'Pékin a mené des exercices militaires autour de Taïwan.', expect: ['MOBILIZE China → Taiwan'], entities: [...ALL, { name: 'Taiwan', kind: 'country', says: ['Taiwan', 'Taïwan'] }] },
  { name: 'conducting drills with a party stays cooperation (en)', lang: 'en', text: 'Beijing conducted joint drills with Moscow.', expect: ['COOPERATE China → Russia'] },
  { name: 'hacking a party is coercion (en)', lang: 'en', text: 'Beijing hacked American servers last year.', expect: ['COERCE China → United States'] },
  { name: 'pirater une partie is coercion (fr)', lang: 'fr', text: 'Pékin a piraté un serveur américain.', expect: ['COERCE China → United States'] },
  { name: 'stationing troops near a party is a military move (en)', lang: 'en', text: 'Moscow stationed troops near Kyiv.', expect: ['MOBILIZE Russia → Ukraine'] },
  { name: 'stationner des troupes près d’une partie is a military move (fr)', lang: 'fr', text: 'Moscou a stationné des troupes près de Kiev.', expect: ['MOBILIZE Russia → Ukraine'] },
  { name: 'concessions to a party (en)', lang: 'en', text: 'Kyiv made no concessions to Moscow.', expect: ['CONCEDE Ukraine → Russia'] },
];

for (const c of cases) {
  test(`trigger vocabulary: ${c.name}`, (t) => {
    const why = morphologyMissing(c.lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text: c.text, lang: c.lang, entities: c.entities ?? ALL });
    assert.deepEqual(viewEvents(doc).map((e) => `${e.type} ${e.actor} → ${e.target}`), c.expect);
  });
}

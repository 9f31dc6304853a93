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
  has(mentionsOf("Un professeur de l'université de Kerlaz a publié une étude.", 'fr'), 'université de Kerlaz → université de Kerlaz (shape)');
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

test('a subject pronoun prefers the subject before it (a resolved pronoun included) over the latest person', () => {
  const cases: [string, string, string][] = [
    // The chain: "Il" = Rutte, so the inverted "il" after the quote is Rutte too, not Trump named in between.
    ['fr', "Mark Rutte est arrivé lundi à La Haye. Il veut parler des drones avec le président élu Donald Trump. « Le temps presse », a-t-il ajouté.", 'il → Mark Rutte (pronoun)'],
    ['en', 'Mark Rutte flew to Ankara on Monday. He plans to raise the drone deliveries with President-elect Donald Trump. "Time is short," he added.', 'he → Mark Rutte (pronoun)'],
    // A person after a preposition is an oblique: the subject of the clause wins.
    ['fr', "Interrogée par Donald Trump, Kaja Kallas a souri. Elle a répondu sans détour.", 'Elle → Kaja Kallas (pronoun)'],
    ['en', 'After a call with Donald Trump, Mark Rutte left the room. He did not comment.', 'He → Mark Rutte (pronoun)'],
    // The inverted subject of a speech verb is the speaker, over the subject of the reported clause.
    ['fr', "L'envoyé, Jean Berthelot, quittera Niamey demain, a précisé Mark Rutte. « Nous partons », a-t-il ajouté.", 'il → Mark Rutte (pronoun)'],
    ['en', 'The envoy, John Ruddock, will leave Niamey, said Mark Rutte. "We are leaving," he added.', 'he → Mark Rutte (pronoun)'],
    // an embedded pronoun ("qu'il") may take the person after a preposition of its own sentence
    ['fr', "Jean Berthelot a parlé lundi. Pour Mark Rutte, le sommet compte d'autant plus qu'il veut rassurer les alliés.", 'il → Mark Rutte (pronoun)'],
    // "celui-ci" is the latter: the person named last
    ['fr', "Mark Rutte a été reçu par Jean Berthelot, un ancien député. Celui-ci a reconnu mercredi l'échec des pourparlers.", 'Celui-ci → Jean Berthelot (pronoun)'],
  ];
  for (const [lang, text, expected] of cases) {
    const list = mentionsOf(text, lang);
    has(list, expected);
    lacks(list, /^(?:il|he) → Donald Trump/iu);
  }
});

test('ranks and titles belong to the role, never to the name', () => {
  const cases: [string, string, string, RegExp][] = [
    ['en', 'Colonel Amadou Dialla, a spokesman for the junta, spoke on the radio.', 'Amadou Dialla → Amadou Dialla (shape)', /Colonel/u],
    ['en', 'Officials said the NATO Secretary General would travel to Vilnius.', 'NATO Secretary General → Mark Rutte (role)', /→ General/u],
    ['fr', 'Le lieutenant-colonel Amadou Dialla a lu le communiqué.', 'Amadou Dialla → Amadou Dialla (shape)', /colonel/iu],
    // a short sentence of a rank and a name is no title-case headline
    ['en', 'General Romeo Santos disagreed.', 'Romeo Santos → Romeo Santos (shape)', /General/u],
  ];
  for (const [lang, text, expected, junk] of cases) {
    const list = mentionsOf(text, lang);
    has(list, expected);
    lacks(list, new RegExp(`→ [^(]*${junk.source}`, 'iu'));
  }
});

test('a role followed by a rank and a name binds that person', () => {
  const list = mentionsOf('The president toured the base. "We will not move," army chief General Romeo Santos told reporters. He said the ships would stay.', 'en');
  has(list, 'army chief → Romeo Santos (role)');
  has(list, 'He → Romeo Santos (pronoun)');
});

test('a person by shape wins over a place or a body named inside it', () => {
  const cases: [string, string, string, RegExp][] = [
    ['fr', 'La ministre Marie Kabanga Wagner a saisi le Conseil de sécurité.', 'Marie Kabanga Wagner → Marie Kabanga Wagner (shape)', /Wagner Group/u],
    ['en', 'Milan Petrovic was questioned by the police in Belgrade.', 'Milan Petrovic → Milan Petrovic (shape)', /→ Milan \(/u],
  ];
  for (const [lang, text, expected, wrong] of cases) {
    const list = mentionsOf(text, lang);
    has(list, expected);
    lacks(list, wrong);
  }
});

test('a capitalised noun after an article is the body a title belongs to, not a person', () => {
  lacks(mentionsOf('Il fut vice-président de la Ligue démocrate, un petit parti.', 'fr'), /Ligue/u);
});

test('"aéroport de X" names the place X', () => {
  has(mentionsOf("Des civils se sont rassemblés près de l'aéroport de Kerlaz.", 'fr'), 'Kerlaz → Kerlaz (shape)');
});

test('states inside hyphenated compounds are mentions: modifiers, pairs and combining forms', () => {
  const cases: [string, string, readonly string[]][] = [
    ['en', 'The ceasefire was a US- and French-brokered arrangement.', ['US → United States (name)', 'French → France (demonym)']],
    ['en', 'A Chinese-built frigate escorted the Iran-backed convoy.', ['Chinese → China (demonym)', 'Iran → Iran (name)']],
    ['en', 'Talks on the Russia-Ukraine war stalled as Sino-Indian ties cooled.', ['Russia → Russia (name)', 'Ukraine → Ukraine (name)', 'Sino → China (demonym)', 'Indian → India (demonym)']],
    ['fr', 'Le couple franco-allemand a évoqué la guerre russo-ukrainienne.', ['franco → France (demonym)', 'allemand → Germany (demonym)', 'russo → Russia (demonym)']],
  ];
  for (const [lang, text, expected] of cases) {
    const list = mentionsOf(text, lang);
    for (const item of expected) has(list, item);
  }
  // A combining form is a name only before a hyphen, and a name inside a hyphenated name stays out.
  lacks(mentionsOf('Le général Franco est mort en 1975.', 'fr'), /France/u);
  lacks(mentionsOf("Le ministre sud-coréen de la Défense, Park Jin-ho, s'est exprimé.", 'fr'), /^Park Jin →/u);
});

test('an anaphoric noun as a subject refers to the latest entity of its kind', () => {
  const cases: [string, string, string][] = [
    ['en', 'ECOWAS leaders met in Abuja on Sunday. The bloc suspended Guinea after the vote.', 'The bloc → ECOWAS (role)'],
    ['fr', "La Cédéao s'est réunie dimanche à Abuja. Le bloc n'a pas levé les sanctions.", 'Le bloc → ECOWAS (role)'],
    ['en', 'Hezbollah launched drones at a base near Haifa. The group said it acted alone.', 'The group → Hezbollah (role)'],
    ['fr', 'Le Hezbollah a tiré des roquettes vers Haïfa. Le mouvement a revendiqué les tirs.', 'Le mouvement → Hezbollah (role)'],
    ['fr', 'Le Niger a dénoncé les accords de défense. La junte exige le départ des soldats.', 'La junte → Niger (role)'],
    ['en', "Guinea closed its border on Monday. The junta has ordered the army to the north.", 'The junta → Guinea (role)'],
    ['en', "Mali closed its airspace. The country's leaders gave no reason.", 'The country → Mali (role)'],
    ['en', "Niger's junta expelled the envoy.", "Niger's junta → Niger (role)"],
    ['en', 'Hezbollah fired rockets at Haifa. The Iran-backed movement reportedly fired drones too.', 'The Iran-backed movement → Hezbollah (role)'],
    ['fr', 'Le Hezbollah a tiré des roquettes. Le groupe armé a aussi lancé des drones.', 'Le groupe → Hezbollah (role)'],
    // a complement: "du bloc", "by the group", "of the country"
    ['fr', 'Le G20 se réunit à Rio. Le communiqué du bloc reste prudent.', 'du bloc → G20 (role)'],
    ['en', 'The Houthis claimed the strike. Ships were hit from areas controlled by the militant group in the west.', 'the militant group → Houthis (role)'],
    ['en', 'Mali expelled the envoy. Fighting continued in the north of the country on Monday.', 'the country → Mali (role)'],
    ['fr', 'La junte nigérienne a expulsé le diplomate.', 'junte nigérienne → Niger (role)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
});

test('an anaphoric noun is left alone when it is no subject or has no antecedent near', () => {
  // an adjective, not a verb, follows: "l'alliance grandissante entre…" is not NATO
  lacks(mentionsOf("Nouvelle inquiétude pour l'OTAN : l'alliance grandissante entre Moscou et Pyongyang.", 'fr'), /alliance →/u);
  // no organisation named before
  lacks(mentionsOf('Rain fell on Monday. The group said nothing.', 'en'), /group →/u);
  // a complement described further is a new description ("du groupe africain")
  lacks(mentionsOf("L'ONU a ouvert la séance. Un délégué a parlé au nom du groupe africain.", 'fr'), /groupe →/u);
  // an object, not a subject
  lacks(mentionsOf('Hezbollah fired rockets. Israel struck the group on Monday.', 'en'), /group →/u);
});

test('an epicene title leaves the gender to the given name, so "elle" finds her', () => {
  const list = mentionsOf("« Nous demandons des sanctions », a déclaré la ministre congolaise des Affaires étrangères, Marie Kabanga Wagner, à New York. Elle a quitté la salle.", 'fr');
  has(list, 'Elle → Marie Kabanga Wagner (pronoun)');
});

test("a body of a named state stands for it: \"Chad's Armed Forces\"", () => {
  const list = mentionsOf("Chad's Armed Forces said the convoy was hit.", 'en');
  has(list, "Chad's Armed Forces → Chad (role)");
  lacks(list, /→ Armed Forces/u);
});

test('a sentence-initial elision splits like a lower-case one ("L\'ambassadeur", not "O\'Brien")', () => {
  has(mentionsOf("L'ambassadeur français, Jean Berthelot, quittera Niamey.", 'fr'), 'ambassadeur français → Jean Berthelot (role)');
  has(mentionsOf('Senator Conor O\'Brien said the vote would wait.', 'en'), "Conor O'Brien → Conor O'Brien (shape)");
});

test('a function title with no office names only the person in apposition', () => {
  has(mentionsOf('Ali Reza Tehrani, an adviser to the supreme leader, said talks were over.', 'en'), 'adviser → Ali Reza Tehrani (role)');
  has(mentionsOf('Le commandant des forces kényanes, Jean Otieno, a parlé aux soldats.', 'fr'), 'commandant des forces kényanes → Jean Otieno (role)');
  // alone, it names nobody
  lacks(mentionsOf('Jean Otieno est arrivé. Le commandant a parlé aux soldats.', 'fr'), /^commandant →/u);
});

test('a role in title position takes in its compound nouns, and a vague noun binds no office', () => {
  const list = mentionsOf('The president toured the base. "We will not move," armed forces chief General Romeo Santos told reporters.', 'en');
  has(list, 'armed forces chief → Romeo Santos (role)');
  lacks(list, /^president → Romeo Santos/u);
  has(mentionsOf("Chad's caretaker Prime Minister Omar Saleh resigned.", 'en'), "Chad's caretaker Prime Minister → Omar Saleh (role)");
  // not across a verb or an article
  lacks(mentionsOf('He met the former president Joe Biden.', 'en'), /former president/u);
});

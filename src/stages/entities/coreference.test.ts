// Pronouns and nominal anaphora: salience, chains, anaphoric nouns (round 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { has, lacks, mentionsOf } from './make-test-doc.ts';

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
    // a state noun before the seat of its state: the seat names the state even where it reads as a city
    ['fr', 'Le régime de Damas a fermé la frontière.', 'régime de Damas → Syria (role)'],
    ['en', 'The junta in Niamey expelled the envoy.', 'junta in Niamey → Niger (role)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
});

test('an anaphoric noun is left alone when it is no subject or has no antecedent near', () => {
  // an adjective, not a verb, follows: "l'alliance croissante entre…" is not NATO
  lacks(mentionsOf("Autre motif de souci à l'OTAN : l'alliance croissante entre Pyongyang et Moscou.", 'fr'), /alliance →/u);
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

test('a plural subject pronoun stands for the collective that was the subject before it', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Les Houthis ont revendiqué un tir de missile lundi. Selon leur porte-parole, ils visaient un pétrolier.', 'ils → Houthis (pronoun)'],
    ['en', 'Western powers met in Rome on Monday. They promised new sanctions on the regime.', 'They → Western countries (pronoun)'],
    ['fr', "Les États-Unis ont répété qu'ils resteraient fidèles à l'alliance.", "ils → United States (pronoun)"],
    // a speech verb opens the clause without "that"
    ['en', 'Western powers warned they would expel more diplomats.', 'they → Western countries (pronoun)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
});

test('a resolved plural pronoun is the subject the next one finds (the chain)', () => {
  const cases: [string, string][] = [
    ['fr', 'Les Houthis ont revendiqué trois attaques lundi. Selon la chaîne Al-Masirah, ils ont visé un pétrolier. Un drone a aussi été abattu. Plus tard, ils ont tiré deux missiles.'],
    ['en', 'Western powers met in Rome. According to diplomats, they agreed on a fund. A vote was held. Later, they imposed new sanctions.'],
  ];
  for (const [lang, text] of cases) {
    const list = mentionsOf(text, lang);
    assert.equal(list.filter((item) => /^(?:ils|they) → (?:Houthis|Western countries) \(pronoun\)$/u.test(item)).length, 2, list.join('\n'));
  }
});

test('a plural possessive opening the subject stands for the collective that owns it', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Les talibans ont revendiqué un attentat. Leurs combattants ont pris un poste frontière.', 'Leurs → Taliban (pronoun)'],
    ['fr', "Les Kurdes ont annoncé que leur armée avait repris le barrage.", 'leur → Kurds (pronoun)'],
    ['en', 'Western powers rejected the deal on Friday. Their envoys left Vienna.', 'Their → Western countries (pronoun)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
  // an indirect object "leur" after the subject pronoun is no owner in subject position
  lacks(mentionsOf('Les talibans ont rencontré les émissaires. Ils leur ont remis une lettre.', 'fr'), /^leur →/u);
});

test('"it" after "that" stands for the state or body that reports it', () => {
  has(mentionsOf('Qatar said that it would host the next round in Doha.', 'en'), 'it → Qatar (pronoun)');
  // the latest party before "that", not the first subject of the sentence
  has(mentionsOf('Chile asked the court to rule, and Peru replied that it would comply.', 'en'), 'it → Peru (pronoun)');
  // a person as reporter: "it" is a thing
  lacks(mentionsOf('Ramaphosa said that it was a difficult week.', 'en'), /^it →/u);
  // with no "that", "it" stays unknown
  lacks(mentionsOf('Qatar hosted the talks and it rained all day.', 'en'), /^it →/u);
});

test('"il"/"elle" after "que" stand for the state or body that reports the clause', () => {
  has(mentionsOf("La Norvège a annoncé qu'elle accueillerait la conférence.", 'fr'), 'elle → Norway (pronoun)');
  // a person named before does not win over the state that reports
  has(mentionsOf("Jonas Gahr Støre est arrivé à Oslo. Le Danemark a prévenu qu'il fermerait sa frontière.", 'fr'), 'il → Denmark (pronoun)');
  // a person reporting keeps the person
  has(mentionsOf("Jonas Gahr Støre a prévenu qu'il fermerait la frontière.", 'fr'), 'il → Jonas Gahr Støre (pronoun)');
});

test('a pronoun after "que"/"that" with no party before it in its sentence takes the state that was the subject before', () => {
  has(mentionsOf("La Norvège doit agir vite. L'une des mesures qu'elle prépare est un gel des avoirs.", 'fr'), 'elle → Norway (pronoun)');
  has(mentionsOf('Norway must act fast. One of the steps that it plans is an asset freeze.', 'en'), 'it → Norway (pronoun)');
  // the article gives the state the other gender: "le Danemark" is no "elle"
  lacks(mentionsOf("Le Danemark doit agir vite. L'une des mesures qu'elle prépare est un gel des avoirs.", 'fr'), /^elle → Denmark/u);
  // a person as the subject before is no state
  lacks(mentionsOf('Jonas Gahr Støre must act fast. One of the steps that it plans is an asset freeze.', 'en'), /^it →/u);
  // a capitalised word left unnamed before the pronoun may be its antecedent
  lacks(mentionsOf("Le Danemark a confirmé la nouvelle. Le successeur de Vantorsen reste inconnu, dans un pays qu'il dirigeait depuis 1990.", 'fr'), /^il → Denmark/u);
});

test('a plural pronoun after a person or a singular state as subject is left unknown', () => {
  // two people: "ils" is the pair, not some group named earlier
  lacks(mentionsOf('Les Houthis ont tiré lundi. Emmanuel Macron et Olaf Scholz ont parlé mardi. Ils ont condamné les tirs.', 'fr'), /^Ils →/u);
  // a singular state as subject: "they" are people the text does not name
  lacks(mentionsOf('Western powers met on Monday. Poland opened its border and they crossed at night.', 'en'), /^they →/u);
  // an object is no subject to refer back to
  lacks(mentionsOf('Israel struck the Houthis at dawn. They are civilians.', 'en'), /^They →/u);
});

test('a pair noun stands for the two latest parties of its kind, one mention each', () => {
  const cases: [string, string, string[]][] = [
    ['fr', 'Le roi Abdallah a accueilli Recep Tayyip Erdogan à Amman. Les deux dirigeants ont parlé du Liban.', ['Les deux → Abdallah (role)', 'dirigeants → Recep Tayyip Erdoğan (role)']],
    ['en', 'Armenia and Azerbaijan met in Geneva. Both sides pledged to free prisoners.', ['Both → Armenia (role)', 'sides → Azerbaijan (role)']],
    ['en', "Chile expelled Venezuela's envoy. The two countries have clashed before.", ['The two → Chile (role)', 'countries → Venezuela (role)']],
    ['fr', "Le Maroc a rouvert sa frontière avec l'Algérie. Les deux pays restent rivaux.", ['Les deux → Morocco (role)', 'pays → Algeria (role)']],
  ];
  for (const [lang, text, expected] of cases) {
    const list = mentionsOf(text, lang);
    for (const item of expected) has(list, item);
  }
});

test('a pair noun needs two parties of its kind, a definite determiner, and no place', () => {
  // one person only before "les deux dirigeants"
  lacks(mentionsOf('Emmanuel Macron a parlé lundi. Les deux dirigeants arrivent demain.', 'fr'), /dirigeants →/u);
  // "two countries" without "the" are new ones, not the ones named before
  lacks(mentionsOf('Chile and Peru signed a deal. Two countries objected.', 'en'), /countries →/u);
  // "in the Saudi city": a state named in a phrase of place is where they met, not a side
  lacks(mentionsOf('Envoys from Ukraine met in the Saudi city of Jeddah. Both sides agreed.', 'en'), /→ Saudi Arabia \(role\)/u);
  // people are no "sides"
  lacks(mentionsOf('Emmanuel Macron met Olaf Scholz. Both sides agreed.', 'en'), /sides →/u);
});

test('plural nouns of fighters after a definite determiner stand for the armed group that acted before', () => {
  has(mentionsOf('Le M23 a pris Goma en janvier. Les rebelles ont ensuite avancé vers Uvira.', 'fr'), 'Les rebelles → M23 (role)');
  has(mentionsOf('Hezbollah launched drones at dawn. The militants also fired rockets.', 'en'), 'The militants → Hezbollah (role)');
  // "des rebelles" are new ones; a news agency that reported is no fighter
  lacks(mentionsOf('Le M23 a pris Goma. Des rebelles ont pillé la ville.', 'fr'), /rebelles →/u);
  lacks(mentionsOf('Reuters reported the clashes on Sunday. The rebels fired at the convoy.', 'en'), /rebels →/u);
});

test('"the North", "le Nord" after a determiner stand for the state named before whose key holds that word', () => {
  has(mentionsOf('North Korea tested a rocket engine on Friday. Tokyo said the North had warned no one.', 'en'), 'the North → North Korea (role)');
  has(mentionsOf('La Corée du Nord a testé un moteur de fusée. Selon Tokyo, le Nord n’a prévenu personne.', 'fr'), 'le Nord → North Korea (role)');
  // no such state named before, a name after it, or a complement: a region, not a state
  lacks(mentionsOf('Floods hit the North on Friday.', 'en'), /North →/u);
  lacks(mentionsOf('North Korea tested a rocket. Storms crossed the North Atlantic.', 'en'), /North → North Korea \(role\)/u);
  lacks(mentionsOf('La Corée du Nord a testé une fusée. Le Nord du Japon est sous la neige.', 'fr'), /Nord → North Korea \(role\)/u);
});

test("a name by shape made of a state's demonym and body words only is a mention of that state", () => {
  has(mentionsOf('The Nigerian Army repelled an attack near Maiduguri.', 'en'), 'Nigerian Army → Nigeria (role)');
  has(mentionsOf('The Chadian Armed Forces shelled a rebel column.', 'en'), 'Chadian Armed Forces → Chad (role)');
  has(mentionsOf('Les Forces armées maliennes ont repris Anéfis.', 'fr'), 'Forces armées maliennes → Mali (role)');
  // any other word keeps the name as found
  lacks(mentionsOf('The Nigerian Democratic Army claimed the raid.', 'en'), /→ Nigeria \(role\)/u);
});

test("a state's own forces ('the government troops', 'les forces gouvernementales') stand for the state named through its forces before", () => {
  // two states near: the one named through its army is the one whose troops these are
  has(mentionsOf("Chad's Armed Forces lost a base near the border with Niger. At dawn, gunmen ambushed a column of the government troops near a well.", 'en'), 'the government troops → Chad (role)');
  has(mentionsOf("Les Forces armées tchadiennes ont perdu une base près du Niger. Les rebelles ont attaqué les forces gouvernementales à l'aube.", 'fr'), 'les forces gouvernementales → Chad (role)');
  // a state named right beside says whose they are
  lacks(mentionsOf("Chad's Armed Forces lost a base. Rebels attacked Sudanese government troops at dawn.", 'en'), /government troops → Chad/u);
});

test('members of a body ("les pays membres", "la plupart des membres", "most members") stand for the organisation named before', () => {
  has(mentionsOf('Le Mercosur a tenu son sommet à Asunción. La plupart des membres rejettent le choix du Venezuela.', 'fr'), 'plupart des membres → Mercosur (role)');
  has(mentionsOf("L'ASEAN s'est réunie à Jakarta. Les pays membres ont rejeté le plan.", 'fr'), 'Les pays membres → ASEAN (role)');
  has(mentionsOf('The African Union met in Addis Ababa on Sunday. Most members rejected the coup.', 'en'), 'Most members → African Union (role)');
  // members of something else, or "des membres" with no quantity: new people
  lacks(mentionsOf("L'ASEAN s'est réunie à Jakarta. Les membres du jury sont partis.", 'fr'), /membres →/u);
  lacks(mentionsOf("L'ASEAN s'est réunie à Jakarta. Des membres ont quitté la salle.", 'fr'), /membres →/u);
});

test('"the opposition" stands for the opposition group of the state the doc names', () => {
  has(mentionsOf("Au Venezuela, le Conseil électoral a proclamé les résultats. L'opposition conteste le décompte.", 'fr'), "L'opposition → Venezuelan opposition (role)");
  has(mentionsOf('Venezuela announced the results on Monday. Opposition leaders demanded the tally sheets.', 'en'), 'Opposition leaders → Venezuelan opposition (role)');
  // the opposition to something, a state right after it, or no such state in the doc
  lacks(mentionsOf("Au Venezuela, le Parlement a voté malgré l'opposition à la réforme.", 'fr'), /opposition →/u);
  lacks(mentionsOf("Au Venezuela, on observe l'opposition russe.", 'fr'), /opposition → Venezuelan/u);
  lacks(mentionsOf('Poland announced the results. The opposition demanded a recount.', 'en'), /opposition →/u);
  // a state named through its leader only; a preposition of place or time after it is no object of opposing
  has(mentionsOf('Nicolás Maduro was declared the winner. The opposition demanded the tally sheets.', 'en', '2024-07-29'), 'The opposition → Venezuelan opposition (role)');
  has(mentionsOf("Nicolás Maduro a été proclamé vainqueur. Un décompte a été publié par l'opposition dans la soirée.", 'fr', '2024-07-29'), "l'opposition → Venezuelan opposition (role)");
});

test("a state noun with the state's leader names that state", () => {
  has(mentionsOf('Le régime de Kim Jong-un a tiré un missile vers le Japon.', 'fr'), 'régime de Kim Jong-un → North Korea (role)');
  has(mentionsOf("Netanyahu's government rejected the proposal on Sunday.", 'en', '2024-07-07'), "Netanyahu's government → Israel (role)");
  // someone who leads no state
  lacks(mentionsOf('Le gouvernement de Jean Dupont a démissionné.', 'fr'), /gouvernement de Jean Dupont →/u);
});

test("a warship's name ('HMS Kent', 'l'USS Carney') is a mention of the state whose navy it serves", () => {
  has(mentionsOf('HMS Kent shot down two drones over the Gulf of Aden.', 'en'), 'HMS Kent → United Kingdom (role)');
  const list = mentionsOf("Le destroyer USS Carney a abattu trois drones au large d'Aden.", 'fr');
  has(list, 'USS Carney → United States (role)');
  // the ship's name is no person
  lacks(list, /Carney → Mark Carney/u);
});

test('"le pouvoir", "les autorités", "the authorities" stand for the state only as the subject of a verb', () => {
  has(mentionsOf("Au Venezuela, les syndicats affirment que le pouvoir a truqué le scrutin.", 'fr'), 'le pouvoir → Venezuela (role)');
  has(mentionsOf("L'Iran a saisi un pétrolier lundi. Les autorités ont arrêté son équipage.", 'fr'), 'Les autorités → Iran (role)');
  has(mentionsOf('Iran seized a tanker on Monday. The authorities detained its crew.', 'en'), 'The authorities → Iran (role)');
  // "au pouvoir" (in power), "aux autorités" (handed over to): no state acting
  lacks(mentionsOf('Au Venezuela, Nicolás Maduro, au pouvoir depuis 2013, a rejeté ces accusations.', 'fr'), /pouvoir →/u);
  lacks(mentionsOf("L'Iran a saisi un pétrolier. L'équipage a été remis aux autorités.", 'fr'), /autorités →/u);
  // a preposition after the noun opens a complement: "fait" there is no verb
  lacks(mentionsOf("La France a rappelé ses soldats. Elle rompt avec les autorités de fait du Niger.", 'fr'), /autorités → France/u);
});

test("a place noun with a state's demonym ('the Ukrainian city', « la ville ukrainienne ») is the latest place of that state named before", () => {
  has(mentionsOf('Russian drones hit Kharkiv overnight. Power was cut across the battered Ukrainian city on Monday.', 'en'), 'the battered Ukrainian city → Kharkiv (role)');
  has(mentionsOf("Des drones russes ont frappé Kharkiv. Le courant a été coupé dans la ville ukrainienne lundi.", 'fr'), 'la ville ukrainienne → Kharkiv (role)');
  // no longer a mention of the state itself
  lacks(mentionsOf('Russian drones hit Kharkiv overnight. Power was cut across the battered Ukrainian city on Monday.', 'en'), /Ukrainian → Ukraine/u);
  // a complement names the place itself; with no place of that state named, the demonym keeps its state
  lacks(mentionsOf('Russian drones hit Kharkiv. The Ukrainian region of Sumy was shelled too.', 'en'), /→ Kharkiv \(role\)/u);
  has(mentionsOf('Talks resumed in Geneva. Floods hit the Ukrainian region on Monday.', 'en'), 'Ukrainian → Ukraine (demonym)');
  // "territory" may be the whole state: the place only while the state itself is not yet in the text
  has(mentionsOf('Shelling hit Khan Younis again. Aid agencies want a truce in the Palestinian territory.', 'en'), 'the Palestinian territory → Khan Younis (role)');
  lacks(mentionsOf('Drones hit Belgorod, a Russian official said. Kyiv wants strikes deeper into the Russian territory.', 'en'), /→ Belgorod Oblast \(role\)|→ Belgorod \(role\)/u);
  // a place of that state in the phrase's own sentence: the phrase is said of it
  lacks(mentionsOf('Rain fell on Kharkiv. Odesa became the first Ukrainian city to ban the cars.', 'en'), /\(role\)/u);
});

test("members named with a state group ('opposition leaders', « les dirigeants de l'opposition ») are a mention of that group", () => {
  const en = mentionsOf('Nicolás Maduro claimed a third term. On Monday, opposition leaders said they held the tally sheets.', 'en');
  has(en, 'opposition leaders → Venezuelan opposition (role)');
  has(mentionsOf("Nicolás Maduro a revendiqué un troisième mandat. Les dirigeants de l'opposition ont dénoncé une fraude.", 'fr'), "dirigeants de l'opposition → Venezuelan opposition (role)");
  // one leader is a person's title, not the group
  lacks(mentionsOf('Nicolás Maduro claimed a third term. Opposition leader Edmundo González disputed the count.', 'en'), /Opposition leader → Venezuelan/u);
});

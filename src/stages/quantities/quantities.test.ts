import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import type { Quantity } from '../../core/layers.ts';
import { fixtureDoc } from '../dates/fixture-doc.ts';
import { quantities } from './index.ts';

/** Runs the stage on one text and returns [text, value, unit, approx] of each quantity. */
function read(text: string, lang: string): [string, number, string | null, string][] {
  const doc = fixtureDoc(text, lang, null, [quantities]);
  assertDoc(doc);
  return doc.get('quantities').map((q: Quantity) => [q.text, q.value, q.unit, q.approx]);
}

const FRENCH: [string, [string, number, string | null, string][]][] = [
  ['Ils ont envoyé 10 000 soldats.', [['10 000 soldats', 10000, 'soldier', 'exact']]],
  ['Ils ont envoyé 10\u00A0000 soldats.', [['10\u00A0000 soldats', 10000, 'soldier', 'exact']]],
  ['Ils ont envoyé 10\u202F000 soldats.', [['10\u202F000 soldats', 10000, 'soldier', 'exact']]],
  ['Le bilan dépasse 1.170 morts.', [['1.170 morts', 1170, 'death', 'exact']]],
  ["Pyongyang enverrait jusqu'à 8 000 soldats.", [["jusqu'à 8 000 soldats", 8000, 'soldier', 'up_to']]],
  ['Sur les 10 000 soldats arrivés, jusqu’à 8 000 seraient au front.', [
    ['10 000 soldats', 10000, 'soldier', 'exact'], ['jusqu’à 8 000', 8000, 'soldier', 'up_to']]],
  ['Le sommet réunit une quarantaine de dirigeants.', [['une quarantaine de dirigeants', 40, 'leader', 'about']]],
  ['Le fonds pèse 1,2 milliard d’euros.', [['1,2 milliard d’euros', 1_200_000_000, 'euro', 'exact']]],
  ['Washington promet 425 millions de dollars.', [['425 millions de dollars', 425_000_000, 'dollar', 'exact']]],
  ['Le oui obtient 73 % des voix.', [['73 %', 73, 'percent', 'exact']]],
  ['Le oui obtient 73 pour cent des voix.', [['73 pour cent', 73, 'percent', 'exact']]],
  ['La croissance atteint 2,3 %.', [['2,3 %', 2.3, 'percent', 'exact']]],
  ['La remise monte à 15 pourcents, puis à vingt pourcentage.', [['15 pourcents', 15, 'percent', 'exact'], ['vingt pourcentage', 20, 'percent', 'exact']]],
  ['Le seuil est supérieur à 8 %.', [['supérieur à 8 %', 8, 'percent', 'more_than']]],
  ['Au moins 12 civils et plus de 30 blessés.', [['Au moins 12 civils', 12, 'civilian', 'at_least'], ['plus de 30 blessés', 30, 'injured', 'more_than']]],
  ['Environ 300 manifestants, moins de 50 policiers.', [['Environ 300 manifestants', 300, 'protester', 'about'], ['moins de 50 policiers', 50, 'police officer', 'less_than']]],
  ['Quelque 13 banques russes sont visées.', [['Quelque 13 banques', 13, 'bank', 'about']]],
  ['Trois cents milliards de dollars sont promis.', [['Trois cents milliards de dollars', 300_000_000_000, 'dollar', 'exact']]],
  ['Il compte quatre-vingt-dix-neuf navires.', [['quatre-vingt-dix-neuf navires', 99, 'ship', 'exact']]],
  ['Il compte dix-sept navires et soixante et onze chars.', [['dix-sept navires', 17, 'ship', 'exact'], ['soixante et onze chars', 71, 'tank', 'exact']]],
  ['Il compte soixante-dix navires et vingt-trois avions.', [['soixante-dix navires', 70, 'ship', 'exact'], ['vingt-trois avions', 23, 'aircraft', 'exact']]],
  ["Près d'un millier de personnes ont défilé.", [["Près d'un millier de personnes", 1000, 'person', 'about']]],
  // an unstated amount is no quantity (dev gold convention), a figure-like approximate noun is
  ['Des milliers de manifestants défilent.', []],
  ['Des dizaines de milliers de réfugiés fuient.', []],
  ['Plusieurs milliers de civils et quelques centaines de soldats ont fui.', []],
  ['Des dizaines de morts et une vingtaine de blessés.', [['une vingtaine de blessés', 20, 'injured', 'about']]],
  // a small number after a definite determiner refers back to what was named
  ['Les deux pays ont signé ; ces trois hommes et leurs deux portraits.', []],
  ['Les dirigeants des deux pays ont reçu deux soldats.', [['deux soldats', 2, 'soldier', 'exact']]],
  ['Les trois autres candidats ont perdu.', [['trois autres candidats', 3, 'candidate', 'exact']]],
  ['Sur les 10 000 soldats, aux deux frontières.', [['10 000 soldats', 10000, 'soldier', 'exact']]],
  // forms
  ['Trois assaillants ont été abattus.', [['Trois assaillants', 3, 'assailant', 'exact']]],
  ['Quatre hommes armés ont tué 12 fidèles ; deux corps d’armée et 40 corps.', [['Quatre hommes armés', 4, 'gunman', 'exact'], ['12 fidèles', 12, 'worshipper', 'exact'], ['deux corps d’armée', 2, 'army corps', 'exact'], ['40 corps', 40, 'body', 'exact']]],
  ['Un policier a été tué et deux autres blessés.', [['deux autres', 2, 'police officer', 'exact']]],
  ['Une attaque a eu lieu et deux autres blessés sont morts.', [['deux autres blessés', 2, 'injured', 'exact']]],
  ['Un plan de 10 milliards et une hausse de 25 pour cent.', [['25 pour cent', 25, 'percent', 'exact']]],
  ['Le taux passe de 5 à 10 % ; le score est de 3 à 1.', [['5 à 10 %', 5, 'percent', 'at_least'], ['10 %', 10, 'percent', 'up_to']]],
  ['Un navire a été saisi et deux autres coulés par des missiles.', [['deux autres', 2, 'ship', 'exact']]],
  ['Une bande de 5 km et un tronçon de 12-km ; une trêve de 30-jours.', [['5 km', 5, 'kilometer', 'exact'], ['12-km', 12, 'kilometer', 'exact']]],
  ['Entre 300 et 350 hommes attaquent.', [['Entre 300 et 350 hommes', 300, 'man', 'at_least'], ['350 hommes', 350, 'man', 'up_to']]],
  ['Entre 4 et 5 millions d’adultes votent.', [['Entre 4 et 5 millions d’adultes', 4_000_000, 'adult', 'at_least'], ['5 millions d’adultes', 5_000_000, 'adult', 'up_to']]],
  ['Le navire est à 76 milles marins, soit 141 km.', [['76 milles marins', 76, 'nautical mile', 'exact'], ['141 km', 141, 'kilometer', 'exact']]],
  ['Deux soldats ont été tués et huit autres ont été blessés.', [['Deux soldats', 2, 'soldier', 'exact'], ['huit autres', 8, 'soldier', 'exact']]],
  ['Deux soldats et huit autres candidats.', [['Deux soldats', 2, 'soldier', 'exact'], ['huit autres candidats', 8, 'candidate', 'exact']]],
  ['La guerre a commencé en 2022.', []],
  ['La COP29 et la COP 29 se tiennent à Bakou.', []],
  ['La COP 29 promet 300 milliards de dollars.', [['300 milliards de dollars', 300_000_000_000, 'dollar', 'exact']]],
  ['La réunion commence à 14 h 30.', []],
  ['Une trêve de 30 jours est proposée.', []],
  ['Le 7 novembre, il a parlé.', []],
  ["L'article 5 du traité est invoqué.", []],
  ['Le missile KN-23 et le F-16 sont cités.', []],
  ['Il arrive 1er et son fils est âgé de 45 ans.', []],
  ['La quarantaine a été levée.', []],
  ['Un enfant sur trois et deux adultes sur dix sont touchés.', [['deux adultes', 2, 'adult', 'exact']]],
  ['Elle vise trois entités et une personne.', [['trois entités', 3, 'entity', 'exact'], ['une personne', 1, 'person', 'exact']]],
  ['Une attaque a visé un dépôt et une personne a été blessée.', []],
  ['Appelez le 01 45 67 89 10 ou le n° 12.', []],
  ['Le budget atteint 2 milliards d’euros.', [['2 milliards d’euros', 2_000_000_000, 'euro', 'exact']]],
  ['Le bilan humain atteint désormais 44.', [['44', 44, 'death', 'exact']]],
  ['Le nombre de soldats envoyés atteindrait 11 000.', [['11 000', 11000, 'soldier', 'exact']]],
  ['Kiev réclame 200 chars Leopard 2.', [['200 chars', 200, 'tank', 'exact']]],
  ['Quelque 300-350 hommes ont gagné 3-1 en 2023-2024.', [['Quelque 300-350 hommes', 300, 'man', 'at_least'], ['350 hommes', 350, 'man', 'up_to']]],
  ['Entre deux et trois millions de personnes ont fui.', [['Entre deux et trois millions de personnes', 2_000_000, 'person', 'at_least'], ['trois millions de personnes', 3_000_000, 'person', 'up_to']]],
  ['Les 27 ont sanctionné 116 entités.', [['116 entités', 116, 'entity', 'exact']]],
  ['Un milliard de dollars est promis.', [['Un milliard de dollars', 1_000_000_000, 'dollar', 'exact']]],
  ['Moins de 10 millions ont voté sur 21 millions d’électeurs.', [['Moins de 10 millions', 10_000_000, 'voter', 'less_than'], ['21 millions d’électeurs', 21_000_000, 'voter', 'exact']]],
];

const ENGLISH: [string, [string, number, string | null, string][]][] = [
  ['They sent 11,000 troops.', [['11,000 troops', 11000, 'troop', 'exact']]],
  ['Kyiv received $1.5 billion in aid.', [['$1.5 billion', 1_500_000_000, 'dollar', 'exact']]],
  ['The fund holds €2bn.', [['€2bn', 2_000_000_000, 'euro', 'exact']]],
  ['Turnout was 73 percent, up from 2.5 per cent.', [['73 percent', 73, 'percent', 'exact'], ['2.5 per cent', 2.5, 'percent', 'exact']]],
  ['Up to 8,000 soldiers were deployed.', [['Up to 8,000 soldiers', 8000, 'soldier', 'up_to']]],
  ['At least 17 people died and more than 30 were hurt.', [['At least 17 people', 17, 'person', 'at_least'], ['more than 30', 30, 'person', 'more_than']]],
  ['It fired 13 Shahed drones and three million artillery shells.', [['13 Shahed drones', 13, 'drone', 'exact'], ['three million artillery shells', 3_000_000, 'shell', 'exact']]],
  ['It blacklisted over 200 Chinese and Iranian firms and more than 90,000 (mortar) rounds.', [['over 200 Chinese and Iranian firms', 200, 'firm', 'more_than'], ['more than 90,000 (mortar) rounds', 90_000, 'round', 'more_than']]],
  ['The death toll rose to at least 44 on Sunday.', [['at least 44', 44, 'death', 'at_least']]],
  ['The blast killed 12 and wounded 40 people.', [['40 people', 40, 'person', 'exact']]],
  ['Some 31 companies and over 300 entities were listed.', [['Some 31 companies', 31, 'company', 'about'], ['over 300 entities', 300, 'entity', 'more_than']]],
  ['Approximately two dozen bodies were found.', [['Approximately two dozen bodies', 24, 'body', 'about']]],
  ['Hundreds of protesters gathered.', []],
  ['Several hundred fighters, a few hundred tanks and millions of rounds.', []],
  ['The two leaders met; all three countries and both sides agreed.', []],
  ['The two other ships sank.', [['two other ships', 2, 'ship', 'exact']]],
  ['These two men saw the 300 delegates and two soldiers.', [['300 delegates', 300, 'delegate', 'exact'], ['two soldiers', 2, 'soldier', 'exact']]],
  ['Twelve people died on a 43-kilometre road and a 10-mile corridor.', [['Twelve people', 12, 'person', 'exact'], ['43-kilometre', 43, 'kilometer', 'exact'], ['10-mile', 10, 'mile', 'exact']]],
  ['They signed a $5-billion deal for a 25-percent stake and a 500-pound bomb; a 12-member crew.', [['$5-billion', 5_000_000_000, 'dollar', 'exact'], ['25-percent', 25, 'percent', 'exact'], ['500-pound', 500, 'pound', 'exact']]],
  ['Between 5% and 10% of 10,000 to 12,000 troops.', [['Between 5% and 10%', 5, 'percent', 'at_least'], ['10%', 10, 'percent', 'up_to'], ['10,000 to 12,000 troops', 10000, 'troop', 'at_least'], ['12,000 troops', 12000, 'troop', 'up_to']]],
  ['One guard was killed and two others wounded.', [['two others', 2, 'guard', 'exact']]],
  ['Rebels seized a cargo ship, sank two others and fired missiles.', [['two others', 2, 'ship', 'exact']]],
  ['A drone hit a depot and two others fell.', []],
  ['Three soldiers were killed and two others wounded.', [['Three soldiers', 3, 'soldier', 'exact'], ['two others', 2, 'soldier', 'exact']]],
  ['A ship was hit 40 nautical miles off the coast.\nThe rebels sank two others.', [['40 nautical miles', 40, 'nautical mile', 'exact']]],
  ['Two soldiers died and 10 others were wounded.', [['Two soldiers', 2, 'soldier', 'exact'], ['10 others', 10, 'soldier', 'exact']]],
  ['The ship was 40 nautical miles away, about 93km.', [['40 nautical miles', 40, 'nautical mile', 'exact'], ['about 93km', 93, 'kilometer', 'about']]],
  ['Twenty-three vessels and one hundred and twenty trucks.', [['Twenty-three vessels', 23, 'vessel', 'exact'], ['one hundred and twenty trucks', 120, 'truck', 'exact']]],
  ['The number of containers shipped so far is about 5,000.', [['about 5,000', 5000, 'container', 'about']]],
  ['Kyiv wants 200 Leopard 2 tanks and some 2.3 million Palestinians are hungry.', [['200 Leopard 2 tanks', 200, 'tank', 'exact'], ['some 2.3 million Palestinians', 2_300_000, 'palestinian', 'about']]],
  ['A billion dollars and a dozen tanks were promised.', [['A billion dollars', 1_000_000_000, 'dollar', 'exact'], ['a dozen tanks', 12, 'tank', 'exact']]],
  ['The 45-year-old was one of 12 suspects aged between 20 and 30.', [['12 suspects', 12, 'suspect', 'exact']]],
  ['They agreed a 60-day truce in 2022.', []],
  ['Some 10k troops and fewer than 50 tanks.', [['Some 10k troops', 10_000, 'troop', 'about'], ['fewer than 50 tanks', 50, 'tank', 'less_than']]],
  ['Call 555-0123 or write to No. 12 Main Street.', []],
  ['One child in three, or one in five adults, is hungry.', []],
  ['Two soldiers and a civilian died; a drone hit a depot.', [['Two soldiers', 2, 'soldier', 'exact'], ['a civilian', 1, 'civilian', 'exact']]],
  ['Some 10–15 soldiers won 2-1 and the 2023-2024 plans held.', [['Some 10–15 soldiers', 10, 'soldier', 'at_least'], ['15 soldiers', 15, 'soldier', 'up_to']]],
  ['The G20 met on November 7, 2024, at 3 pm.', []],
  ['He signed Article 5 at 10:30.', []],
  ['She is aged 45 and talks for 30 days.', []],
];

for (const [lang, cases] of [['fr', FRENCH], ['en', ENGLISH]] as const) {
  for (const [text, expected] of cases) {
    test(`quantities (${lang}): ${text}`, () => {
      assert.deepEqual(read(text, lang), expected);
    });
  }
}

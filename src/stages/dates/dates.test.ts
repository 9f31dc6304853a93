import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import type { DateRef } from '../../core/layers.ts';
import { fixtureDoc } from './fixture-doc.ts';
import { dates } from './index.ts';
import { addDays, addMonths, formatDate, isoWeekday, parseYmd } from './calendar-math.ts';

/** Runs the stage and returns [text, value] of each date. */
function read(text: string, lang: string, published: string | null): [string, string | null][] {
  const doc = fixtureDoc(text, lang, published, [dates]);
  assertDoc(doc);
  return doc.get('dates').map((d: DateRef) => [d.text, d.value]);
}

// 2024-11-08 is a Friday; 2024-11-07 a Thursday.
const FRIDAY = '2024-11-08';

const FRENCH: [string, string | null, [string, string | null][]][] = [
  ['Le ministre a parlé jeudi à Berlin.', FRIDAY, [['jeudi', '2024-11-07']]],
  ['Le ministre a parlé vendredi à Berlin.', FRIDAY, [['vendredi', '2024-11-08']]],
  ['Le ministre a parlé samedi à Berlin.', FRIDAY, [['samedi', '2024-11-02']]],
  ['Il a parlé vendredi dernier.', FRIDAY, [['vendredi dernier', '2024-11-01']]],
  ['Il a parlé lundi dernier.', FRIDAY, [['lundi dernier', '2024-11-04']]],
  ['Ils se verront lundi prochain.', FRIDAY, [['lundi prochain', '2024-11-11']]],
  ['Les troupes sont arrivées hier.', FRIDAY, [['hier', '2024-11-07']]],
  ['Les troupes sont arrivées avant-hier.', FRIDAY, [['avant-hier', '2024-11-06']]],
  ["Le vote a lieu aujourd’hui et demain.", FRIDAY, [['aujourd’hui', '2024-11-08'], ['demain', '2024-11-09']]],
  ['Il a été visé la semaine dernière.', FRIDAY, [['la semaine dernière', '2024-11']]],
  ["L'an dernier, rien n'a changé.", FRIDAY, [["L'an dernier", '2023']]],
  ["L'offensive de février 2022 a tout changé.", FRIDAY, [['février 2022', '2022-02']]],
  ['Tout a commencé en 2022.', FRIDAY, [['2022', '2022']]],
  ["D'ici 2035, l'aide doublera.", null, [['2035', '2035']]],
  ['La trêve tiendra jusqu’à la mi-novembre.', FRIDAY, [['mi-novembre', '2024-11']]],
  ['Les tirs ont eu lieu entre décembre et fin février.', '2024-03-10', [['décembre', '2023-12'], ['fin février', '2024-02']]],
  ['Le sommet a eu lieu en août.', FRIDAY, [['août', '2024-08']]],
  ['Le traité entre en vigueur le 1er mars.', '2025-02-10', [['1er mars', '2025-03-01']]],
  ['Il est arrivé mercredi 19 juin.', '2024-06-20', [['mercredi 19 juin', '2024-06-19']]],
  ['Le 7 octobre, le Hamas a attaqué.', '2024-05-09', [['7 octobre', '2023-10-07']]],
  ['Le texte du 7 novembre 2024 est signé.', null, [['7 novembre 2024', '2024-11-07']]],
  ['Le décret du 07/11/2024 est publié.', null, [['07/11/2024', '2024-11-07']]],
  ['La note datée 2024-11-07 fuite.', null, [['2024-11-07', '2024-11-07']]],
  ['Le 12 déc. 2023 il signe, le 3 févr. 2024 il part.', null, [['12 déc. 2023', '2023-12-12'], ['3 févr. 2024', '2024-02-03']]],
  ['Alors qu’à la veille de Noël tout était calme.', '2022-02-01', [['la veille de Noël', '2021-12-24']]],
  ['Le ministre a parlé jeudi.', null, [['jeudi', null]]],
  ['La réunion se tiendra lundi à Paris.', FRIDAY, [['lundi', '2024-11-11']]],
  ['Il a dit jeudi que le sommet se tiendra en mars.', FRIDAY, [['jeudi', '2024-11-07'], ['mars', '2025-03']]],
  // a complementiser (date-future-cues kind boundary) ends the clause of the cue before it
  ['Les avocats vont soutenir que lundi les troupes se sont retirées.', '2024-11-13', [['lundi', '2024-11-11']]],
  // a bare weekday looks back unless its clause speaks of the future (before it, or after it when it opens the sentence)
  ['Le sommet réunirait les deux présidents mardi.', FRIDAY, [['mardi', '2024-11-12']]],
  ['La réunion rassemblerait les ministres kényan et ougandais et leurs adjoints lors d’une longue visioconférence mardi.', FRIDAY, [['mardi', '2024-11-12']]],
  ['Il aurait rencontré mardi le ministre ; il déclarait mardi que tout allait bien.', FRIDAY, [['mardi', '2024-11-05'], ['mardi', '2024-11-05']]],
  ['Lundi, les ministres se réuniront à Bruxelles.', FRIDAY, [['Lundi', '2024-11-11']]],
  ['Lundi, les ministres se sont réunis à Bruxelles.', FRIDAY, [['Lundi', '2024-11-04']]],
  ['Mercredi, il a dit que le vote aura lieu.', FRIDAY, [['Mercredi', '2024-11-06']]],
  ['Vendredi, la trêve entrera en vigueur.', FRIDAY, [['Vendredi', '2024-11-08']]],
  ['À partir de mardi, les troupes quitteront la ville.', FRIDAY, [['mardi', '2024-11-12']]],
  ['Il a dit mardi, devant la presse, que tout ira bien ; il annonce mardi, enfin, des mesures.', FRIDAY, [['mardi', '2024-11-05'], ['mardi', '2024-11-05']]],
  ['Les élections se tiendront mardi prochain, et non mardi dernier.', FRIDAY, [['mardi prochain', '2024-11-12'], ['mardi dernier', '2024-11-05']]],
  ['Le sommet de mars a déçu.', FRIDAY, [['mars', '2024-03']]],
  ['Les tirs de novembre et décembre derniers ont cessé en mars dernier.', '2024-02-01', [['novembre', '2023-11'], ['décembre', '2023-12'], ['mars', '2023-03']]],
  ['La réunion commence à 14 h 30 et dure trois jours.', FRIDAY, []],
  ['Il a 45 ans et 2 000 soldats.', FRIDAY, []],
  ['Le front a bougé début 2023 puis ce matin.', FRIDAY, [['début 2023', '2023'], ['ce matin', '2024-11-08']]],
  ['Les combats ont duré pendant trois jours.', FRIDAY, []],
  ['Dans les années 1990, puis en 1999, tout a changé.', FRIDAY, [['1999', '1999']]],
  ['Le tir a eu lieu à 1800 GMT.', FRIDAY, []],
  // an abbreviated month names a month only beside a day, a year or a modifier
  ['Les Vingt-Sept ont voté ; les sept pays ont signé le 12 sept. 2023, puis fin sept.', FRIDAY, [['12 sept. 2023', '2023-09-12'], ['fin sept.', '2024-09']]],
  ['Ils se sont réunis à Vingt-Sept.', FRIDAY, []],
  ['Depuis le 7-Octobre, la guerre dure.', '2024-05-09', [['7-Octobre', '2023-10-07']]],
  ['Il est arrivé il y a trois jours, elle il y a 2 semaines.', FRIDAY, [['il y a trois jours', '2024-11-05'], ['il y a 2 semaines', '2024-10']]],
  // a past verb nearer the date than the future cue keeps it in the past; so does a sentence end inside a quotation
  ['Le parti voudrait un candidat qui a gagné la primaire du 2 octobre.', FRIDAY, [['2 octobre', '2024-10-02']]],
  ['« On ignore ce qui va suivre. Nous avons fermé mardi à midi. »', FRIDAY, [['mardi', '2024-11-05']]],
  // digits with one separator throughout; a two-digit year by the century pivot of date-formats.tsv
  ['Le bail signé le 14-02-2019 court jusqu’au 2031/06/30.', FRIDAY, [['14-02-2019', '2019-02-14'], ['2031/06/30', '2031-06-30']]],
  ['Né le 03/09/58, il a quitté le pays le 3/9/04.', FRIDAY, [['03/09/58', '1958-09-03'], ['3/9/04', '2004-09-03']]],
  ['Composez le 04.72.18.30.11 pour la version 2.1.18.', FRIDAY, []],
  ['Le pont s’est effondré le 14 août 87, près de Nantes.', FRIDAY, [['14 août 87', '1987-08-14']]],
  ['Le pont s’est effondré le 14 août 87, près de Nantes.', '1995-01-02', [['14 août 87', '1987-08-14']]],
  ['Le bail expire le 30/06/31.', null, [['30/06/31', '2031-06-30']]],
  // two digits after a month are a year only before a punctuation mark; French never puts the day after the month
  ['Le 2 mai 40 otages ont été libérés.', FRIDAY, [['2 mai', '2024-05-02']]],
  // days listed before a day-month share its month and year; each must come before the next
  ['Les grèves des 2, 3 et 9 octobre ont coûté cher ; la foire ira du 12 au 15 juin 2025.', FRIDAY, [['2', '2024-10-02'], ['3', '2024-10-03'], ['9 octobre', '2024-10-09'], ['12', '2025-06-12'], ['15 juin 2025', '2025-06-15']]],
  // a weekday with a day and no month: the month near publication where that day is that weekday
  ['La foire a ouvert mercredi 6 et fermera le samedi 16.', FRIDAY, [['mercredi 6', '2024-11-06'], ['samedi 16', '2024-11-16']]],
  ['Le gel a commencé jeudi 31, selon la mairie.', FRIDAY, [['jeudi 31', '2024-10-31']]],
  ['Il a parlé lundi 31 ; nul lundi 31 n’est proche.', FRIDAY, [['lundi 31', '2024-11-04'], ['lundi 31', '2024-11-04']]],
  // a weekday counted within its month (ordinals of numbers.tsv, "dernier" for the last)
  ['Le marché se tient le premier samedi de juin et le dernier mardi de janvier 2026.', FRIDAY, [['premier samedi de juin', '2024-06-01'], ['dernier mardi de janvier 2026', '2026-01-27']]],
  ['Le troisième lundi de mars, la digue a cédé.', FRIDAY, [['troisième lundi de mars', '2024-03-18']]],
  // "prochain"/"dernier" after a day-month set its year and stay out of the span
  ['Le salon du 15 août prochain remplace celui des 2 et 4 décembre derniers.', FRIDAY, [['15 août', '2025-08-15'], ['2', '2023-12-02'], ['4 décembre', '2023-12-04']]],
  // a list that opens the sentence looks forward as one phrase; "nous/vous" futures are cues too
  ['Les 3 et 4 mars, nous jouerons à Lille.', FRIDAY, [['3', '2025-03-03'], ['4 mars', '2025-03-04']]],
  ['Le vote, entre le 8 et le 11 mars, a été suivi.', FRIDAY, [['8', '2024-03-08'], ['11 mars', '2024-03-11']]],
  ['Les blessés passent de 9 à 4 mars après mars.', FRIDAY, [['4 mars', '2024-03-04'], ['mars', '2024-03']]],
  // "ce" names the weekday of the publication week (the coming one only with a future cue); a week after a weekday
  ['Ce mardi, le port a rouvert ; ce dimanche, il fermera.', FRIDAY, [['mardi', '2024-11-05'], ['dimanche', '2024-11-10']]],
  ['La grue livrée ce mardi sera montée ce samedi.', FRIDAY, [['mardi', '2024-11-05'], ['samedi', '2024-11-09']]],
  // parts of the month or year of publication; a modifier of direction wins over a future cue
  ['Le chantier, lancé avant hier, finira à la fin du mois ou au début de l’année prochaine.', FRIDAY, [['avant hier', '2024-11-06'], ['la fin du mois', '2024-11'], ['début de l’année prochaine', '2025']]],
  ['Le musée rouvrira après fin août dernier.', FRIDAY, [['fin août', '2024-08']]],
  ['Les soldats partiront d’ici la fin de l’année.', FRIDAY, []],
  ['Les vitrines ont été brisées à la Toussaint et à la Saint-Valentin.', FRIDAY, [['la Toussaint', '2024-11-01'], ['la Saint-Valentin', '2024-02-14']]],
  // counts forward from publication
  ['Le pont rouvrira dans 3 jours, la digue dans deux semaines et le musée dans un an.', FRIDAY, [['dans 3 jours', '2024-11-11'], ['dans deux semaines', '2024-11'], ['dans un an', '2025']]],
  ['Le port a rouvert mercredi de la semaine dernière et fermera lundi de la semaine prochaine.', FRIDAY, [['mercredi de la semaine dernière', '2024-10-30'], ['lundi de la semaine prochaine', '2024-11-11']]],
];

const ENGLISH: [string, string | null, [string, string | null][]][] = [
  ['The minister spoke on Thursday in Berlin.', FRIDAY, [['Thursday', '2024-11-07']]],
  ['They met last Monday.', FRIDAY, [['last Monday', '2024-11-04']]],
  ['They will meet next Thursday.', FRIDAY, [['next Thursday', '2024-11-14']]],
  ['Troops arrived yesterday and leave tomorrow.', FRIDAY, [['yesterday', '2024-11-07'], ['tomorrow', '2024-11-09']]],
  ['Talks collapsed last week.', FRIDAY, [['last week', '2024-11']]],
  ['It happened last year.', '2023-04-28', [['last year', '2022']]],
  ['The invasion began in February 2022.', null, [['February 2022', '2022-02']]],
  ['It has grown since 2022.', null, [['2022', '2022']]],
  ['The ships were seized in November.', '2024-01-15', [['November', '2023-11']]],
  ['It was signed on November 7, 2024, in Lima.', null, [['November 7, 2024', '2024-11-07']]],
  ['The attacks of Sept. 11, 2001, changed NATO.', null, [['Sept. 11, 2001', '2001-09-11']]],
  ['The agency reported on Thursday (Oct 24) that troops moved.', '2024-10-25', [['Thursday', '2024-10-24'], ['Oct 24', '2024-10-24']]],
  ['Attacks have continued since 19 November.', '2024-01-10', [['19 November', '2023-11-19']]],
  ['A memo dated 11/07/2024 leaked.', null, [['11/07/2024', '2024-11-07']]],
  ['Growth will slow in mid-March and early 2025.', '2024-11-08', [['mid-March', '2025-03'], ['early 2025', '2025']]],
  ['Officials may meet, but they may not agree.', FRIDAY, []],
  ['Former prime minister Theresa May and Jan Egeland spoke in May.', FRIDAY, [['May', '2024-05']]],
  ['It was signed on 7 Nov. and talks resume this week.', FRIDAY, [['7 Nov.', '2024-11-07'], ['this week', '2024-11']]],
  ['The council met on Tues. and again on Thursday evening.', FRIDAY, [['Tues.', '2024-11-05'], ['Thursday', '2024-11-07']]],
  ['They will meet on Monday in Doha.', FRIDAY, [['Monday', '2024-11-11']]],
  ['The lawyers will argue that on Monday the troops withdrew.', '2024-11-13', [['Monday', '2024-11-11']]],
  ['The strike came at 2000 GMT in 2023.', FRIDAY, [['2023', '2023']]],
  ['He left two days ago and she left a year ago.', FRIDAY, [['two days ago', '2024-11-06'], ['a year ago', '2023']]],
  ['The talks that ended on Monday will resume.', FRIDAY, [['Monday', '2024-11-04']]],
  ['On Monday, ministers will meet in Brussels.', FRIDAY, [['Monday', '2024-11-11']]],
  ['On Monday, ministers met in Brussels.', FRIDAY, [['Monday', '2024-11-04']]],
  ['Starting Monday, troops will leave.', FRIDAY, [['Monday', '2024-11-11']]],
  ['The envoy said he would travel to Cairo on Tuesday.', FRIDAY, [['Tuesday', '2024-11-12']]],
  ['The envoy would have travelled to Cairo on Tuesday.', FRIDAY, [['Tuesday', '2024-11-05']]],
  ['Peacekeepers are to leave the base on Sunday.', FRIDAY, [['Sunday', '2024-11-10']]],
  ['He said Monday, in a statement, that troops will leave.', FRIDAY, [['Monday', '2024-11-04']]],
  ['On Tuesday, he said the vote will be held.', FRIDAY, [['Tuesday', '2024-11-05']]],
  ['Leaders are due to sign the deal on Wednesday.', FRIDAY, [['Wednesday', '2024-11-13']]],
  ['The truce lasts 30 days and starts at 3 pm.', FRIDAY, []],
  ['Sales fell in Feb, rose on Feb. 3 and in Sept 2022.', FRIDAY, [['Feb. 3', '2025-02-03'], ['Sept 2022', '2022-09']]],
  ['The party would back a rival who was beaten in the primary of October 2.', FRIDAY, [['October 2', '2024-10-02']]],
  ['"Nobody knows what will follow. We shut the shop on Tuesday at noon."', FRIDAY, [['Tuesday', '2024-11-05']]],
  ['The lease signed 2-14-2019 runs to 2031/06/30.', FRIDAY, [['2-14-2019', '2019-02-14'], ['2031/06/30', '2031-06-30']]],
  ['Born 9/3/58, she fled on 9/3/04.', FRIDAY, [['9/3/58', '1958-09-03'], ['9/3/04', '2004-09-03']]],
  ['Dial 555.72.18.30.11 for version 2.1.18.', FRIDAY, []],
  ['The bridge fell on 14 August 87, near Leeds.', FRIDAY, [['14 August 87', '1987-08-14']]],
  ['Work begun at the end of last year will finish by the end of the month, or end of October.', FRIDAY, [['the end of last year', '2023'], ['the end of the month', '2024-11'], ['end of October', '2024-10']]],
  ['Troops will leave by the end of the year.', FRIDAY, []],
  ['Windows were smashed on Halloween and on Valentine’s Day.', FRIDAY, [['Halloween', '2024-10-31'], ['Valentine’s Day', '2024-02-14']]],
  ['The fair opened on Wednesday 6 and closes on Saturday the 16th.', FRIDAY, [['Wednesday 6', '2024-11-06'], ['Saturday the 16th', '2024-11-16']]],
  // "in N days" looks forward only after a future cue: "the worst floods in 20 years" look back
  ['The bridge is due to reopen in 3 days and the museum a year from now.', FRIDAY, [['in 3 days', '2024-11-11'], ['a year from now', '2025']]],
  ['The bridge is due in two weeks.', FRIDAY, [['in two weeks', '2024-11']]],
  ['These were the worst floods in 20 years.', FRIDAY, []],
  ['This Tuesday the port reopened; it shuts on Wednesday of next week and shut Monday last week.', FRIDAY, [['Tuesday', '2024-11-05'], ['Wednesday of next week', '2024-11-13'], ['Monday last week', '2024-10-28']]],
  ['The market is held on the first Saturday of June and the last Tuesday in January 2026.', FRIDAY, [['first Saturday of June', '2024-06-01'], ['last Tuesday in January 2026', '2026-01-27']]],
  ['On 3 and 4 March, we will play in Leeds.', FRIDAY, [['3', '2025-03-03'], ['4 March', '2025-03-04']]],
  ['Strikes on 2, 3 and 9 October were costly; the fair runs from 12 to 15 June 2025.', FRIDAY, [['2', '2024-10-02'], ['3', '2024-10-03'], ['9 October', '2024-10-09'], ['12', '2025-06-12'], ['15 June 2025', '2025-06-15']]],
];

for (const [lang, cases] of [['fr', FRENCH], ['en', ENGLISH]] as const) {
  for (const [text, published, expected] of cases) {
    test(`dates (${lang}, published ${published}): ${text}`, () => {
      assert.deepEqual(read(text, lang, published), expected);
    });
  }
}

test('dates: known parts are kept apart from implied ones', () => {
  const doc = fixtureDoc('Il a parlé jeudi, puis le 3 mars 2024.', 'fr', FRIDAY, [dates]);
  assertDoc(doc);
  const [thursday, march] = doc.get('dates');
  assert.deepEqual([thursday?.known, thursday?.implied, thursday?.granularity], [['weekday'], ['year', 'month', 'day'], 'day']);
  assert.deepEqual([march?.known, march?.implied], [['year', 'month', 'day'], []]);
});

test('dates: calendar arithmetic crosses months, years and leap days', () => {
  assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addMonths({ year: 2024, month: 12, day: 9 }, 1), { year: 2025, month: 1, day: 1 });
  assert.equal(isoWeekday({ year: 2024, month: 11, day: 7 }), 4);
  assert.equal(parseYmd('2024-13-45'), null);
  assert.equal(formatDate({ year: 2022, month: 2, day: 1 }, 'month'), '2022-02');
});

test('dates: a relative date without publication date has no value and a message', () => {
  const doc = fixtureDoc('Les troupes sont arrivées hier.', 'fr', null, [dates]);
  assertDoc(doc);
  assert.equal(doc.get('dates')[0]?.value, null);
  assert.deepEqual(doc.messages.map((m) => m.rule), ['dates/no-publication-date']);
});

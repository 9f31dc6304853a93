import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.ts';
import { assertDoc } from '../../core/assert-doc.ts';

/** `text=value kind` for each number of the text. */
function numbersOf(text: string, lang: 'fr' | 'en'): string[] {
  const doc = analyze({ text, lang });
  assertDoc(doc);
  return doc.get('numbers').map((n) => `${n.text}=${Math.round(n.value * 1e4) / 1e4} ${n.kind}`);
}

/** `text=[min,max]` for each range, brackets saying whether each end is included. */
function rangesOf(text: string, lang: 'fr' | 'en'): string[] {
  const doc = analyze({ text, lang });
  assertDoc(doc);
  return doc.get('ranges').map((r) => `${r.text}=${r.minIncluded ? '[' : '('}${r.min ?? ''},${r.max ?? ''}${r.maxIncluded ? ']' : ')'}`);
}

const NUMBERS: { lang: 'fr' | 'en'; text: string; expected: string[] }[] = [
  // cardinals in words, digits and both
  { lang: 'fr', text: 'Le port attend dix-sept cargos et quatre-vingt-onze barges.', expected: ['dix-sept=17 cardinal', 'quatre-vingt-onze=91 cardinal'] },
  { lang: 'fr', text: 'On en compte trente et un, puis cent soixante et onze.', expected: ['trente et un=31 cardinal', 'cent soixante et onze=171 cardinal'] },
  { lang: 'fr', text: 'La commune vote nonante motions et 2 millions d’euros.', expected: ['nonante=90 cardinal', '2 millions=2000000 cardinal'] },
  { lang: 'fr', text: 'Le budget atteint 1,5 milliard, soit 12 500 000,75 au centime.', expected: ['1,5 milliard=1500000000 decimal', '12 500 000,75=12500000.75 decimal'] },
  { lang: 'fr', text: 'Les deux pays, deux et trois, restent distincts.', expected: ['deux=2 cardinal', 'deux=2 cardinal', 'trois=3 cardinal'] },
  { lang: 'en', text: 'Ninety-nine thousand tents and one hundred and five trucks arrived.', expected: ['Ninety-nine thousand=99000 cardinal', 'one hundred and five=105 cardinal'] },
  // decimals said in words, and a foreign decimal point in French
  { lang: 'fr', text: 'Le taux passe à trois virgule zéro cinq, puis à 4.25.', expected: ['trois virgule zéro cinq=3.05 decimal', '4.25=4.25 decimal'] },
  { lang: 'en', text: 'Growth slowed to two point seven.', expected: ['two point seven=2.7 decimal'] },
  // fractions: numerator and denominator, "sur", slash, vulgar fractions, mixed numbers, fractions of a scale
  { lang: 'fr', text: 'Les trois quarts du verger et un cinquième des ruches ont gelé.', expected: ['trois quarts=0.75 fraction', 'un cinquième=0.2 fraction'] },
  { lang: 'fr', text: 'Un électeur sur quatre hésite ; 2/5 ont tranché ; ½ ne dit rien.', expected: ['quatre=4 cardinal', '2/5=0.4 fraction', '½=0.5 fraction'] },
  { lang: 'fr', text: 'Il faut un et demi, puis quatre millions et demi, et un demi-million.', expected: ['un et demi=1.5 decimal', 'quatre millions et demi=4500000 decimal', 'un demi-million=500000 cardinal'] },
  { lang: 'fr', text: 'La moitié des sondés et deux tiers des élus.', expected: ['moitié=0.5 fraction', 'deux tiers=0.6667 fraction'] },
  { lang: 'en', text: 'Three fifths of the herd and half a million birds; one in four farms.', expected: ['Three fifths=0.6 fraction', 'half a million=500000 cardinal', 'one in four=0.25 fraction'] },
  // ordinals: words, compounds, digit suffixes; "un troisième mandat" is a rank, not a third
  { lang: 'fr', text: 'Le vingt-et-unième congrès ouvre le 1er juin son 3e débat.', expected: ['vingt-et-unième=21 ordinal', '1er=1 ordinal', '3e=3 ordinal'] },
  { lang: 'fr', text: 'Elle brigue un troisième mandat.', expected: ['troisième=3 ordinal'] },
  { lang: 'en', text: 'She won a third term at the 22nd congress.', expected: ['third=3 ordinal', '22nd=22 ordinal'] },
  // signs, approximate nouns, scales glued to digits; a hyphenated word is no number
  { lang: 'fr', text: 'Il fait -7 degrés, soit négatif sept, pour une vingtaine de marcheurs.', expected: ['-7=-7 cardinal', 'négatif sept=-7 cardinal', 'une vingtaine=20 approx'] },
  { lang: 'fr', text: 'La demi-finale réunit 10k spectateurs.', expected: ['10k=10000 cardinal'] },
  { lang: 'en', text: 'Minus four, then dozens of drones and $2bn.', expected: ['Minus four=-4 cardinal', 'dozens=12 approx', '2bn=2000000000 cardinal'] },
  // "mille" counts by itself, "million" does not; "et" never joins a zero or a second hundred
  { lang: 'fr', text: 'Mille marcheurs, puis millions de curieux.', expected: ['Mille=1000 cardinal', 'millions=1000000 approx'] },
  { lang: 'fr', text: 'Le code 3 cents et 4 cents, puis 2 mille et 0.', expected: ['3 cents=300 cardinal', '4 cents=400 cardinal', '2 mille=2000 cardinal', '0=0 cardinal'] },
  { lang: 'fr', text: 'Il reste zéro place et un quart de million de tickets.', expected: ['zéro=0 cardinal', 'un quart de million=250000 cardinal'] },
  // "un sur cinq", a fraction written inside one hyphenated token, scientific and caret notation
  { lang: 'fr', text: 'Un ménage sur cinq, soit un sur cinq, et sept-huitièmes.', expected: ['cinq=5 cardinal', 'un sur cinq=0.2 fraction', 'sept-huitièmes=0.875 fraction'] },
  { lang: 'fr', text: 'La constante vaut 6,02e23 et l’aire 1,5^2.', expected: ['6,02e23=6.02e+23 decimal', '1,5^2=2.25 decimal'] },
];

for (const c of NUMBERS) {
  test(`numbers (${c.lang}): ${c.text}`, () => {
    assert.deepEqual(numbersOf(c.text, c.lang), c.expected);
  });
}

test('numbers: a slash between a day and a month, or three slashed parts, is no fraction', () => {
  assert.deepEqual(numbersOf('Rendez-vous le 09/12 puis le 3/2/2025.', 'fr'), ['09=9 cardinal', '12=12 cardinal', '3=3 cardinal', '2=2 cardinal', '2025=2025 cardinal']);
});

const RANGES: { lang: 'fr' | 'en'; text: string; expected: string[] }[] = [
  { lang: 'fr', text: 'Entre 40 et 60 bateaux, de dix à douze jours.', expected: ['Entre 40 et 60=[40,60]', 'de dix à douze=[10,12]'] },
  { lang: 'fr', text: 'Plus de 300 foyers, au moins 15 écoles, jusqu’à 80 lits et moins de 9 médecins.', expected: ['Plus de 300=(300,)', 'au moins 15=[15,)', 'jusqu’à 80=(,80]', 'moins de 9=(,9)'] },
  { lang: 'fr', text: 'Une note supérieure à 12 et inférieure ou égale à 16.', expected: ['supérieure à 12 et inférieure ou égale à 16=(12,16]'] },
  { lang: 'fr', text: 'Au plus 90 et au moins 30 places ; plus de 50 et moins de 20 ne font pas une plage.', expected: ['Au plus 90 et au moins 30=[30,90]', 'plus de 50=(50,)', 'moins de 20=(,20)'] },
  { lang: 'fr', text: 'Il en faut 200 ou plus, égal à 75, plus de la moitié.', expected: ['200 ou plus=[200,)', 'égal à 75=[75,75]', 'plus de la moitié=(0.5,)'] },
  { lang: 'fr', text: 'Il finit entre le cinquième et le huitième.', expected: ['entre le cinquième et le huitième=[5,8]'] },
  { lang: 'fr', text: 'La dette passe de 90 à 70 milliards.', expected: [] },
  { lang: 'en', text: 'Between 40 and 60 boats, from ten to twelve days, more than 300 homes.', expected: ['Between 40 and 60=[40,60]', 'from ten to twelve=[10,12]', 'more than 300=(300,)'] },
  { lang: 'en', text: 'Scores greater than 12 but lower than 16; 500 or fewer, above 2.', expected: ['greater than 12 but lower than 16=(12,16)', '500 or fewer=(,500]', 'above 2=(2,)'] },
];

for (const c of RANGES) {
  test(`ranges (${c.lang}): ${c.text}`, () => {
    assert.deepEqual(rangesOf(c.text, c.lang), c.expected);
  });
}

test('assertDoc: a range with its ends crossed, or with no end, is refused', async () => {
  const { Doc } = await import('../../core/doc.ts');
  const withRange = (min: number | null, max: number | null) => {
    const doc = new Doc({ text: 'de 9 à 4', lang: 'fr' });
    doc.add('ranges', [{ start: 0, end: 8, text: 'de 9 à 4', min, minIncluded: true, max, maxIncluded: true, by: 'numbers/from-to' }]);
    return doc;
  };
  assert.throws(() => assertDoc(withRange(9, 4)), /min 9 above max 4/);
  assert.throws(() => assertDoc(withRange(null, null)), /neither end/);
  assert.doesNotThrow(() => assertDoc(withRange(4, 9)));
});

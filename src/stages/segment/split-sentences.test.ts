import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { segmentText } from './segment-text.ts';

function sentencesOf(text: string, lang: string): string[] {
  const doc = segmentText(text, lang);
  assertDoc(doc);
  return doc.get('sentences').map((s) => text.slice(s.start, s.end));
}

const CASES: readonly [string, string, string[]][] = [
  ['fr', 'M. Dupont est venu. Il a parlé.', ['M. Dupont est venu.', 'Il a parlé.']],
  ['fr', 'Le Dr. Martin opère. Le Dr Petit aussi.', ['Le Dr. Martin opère.', 'Le Dr Petit aussi.']],
  ['fr', 'Le gén. Durand commande. Il arrive.', ['Le gén. Durand commande.', 'Il arrive.']],
  ['fr', '« Pourquoi ? » a demandé le ministre. Puis il est parti.', ['« Pourquoi ? » a demandé le ministre.', 'Puis il est parti.']],
  ['fr', 'Il a dit : « Non ! » Puis il est parti.', ['Il a dit : « Non ! »', 'Puis il est parti.']],
  ['fr', '« Nous sommes prêts. Nous irons », a-t-il dit. Fin.', ['« Nous sommes prêts. Nous irons », a-t-il dit.', 'Fin.']],
  ['fr', '« Nous sommes prêts. Nous irons. » Fin.', ['« Nous sommes prêts.', 'Nous irons. »', 'Fin.']],
  ['fr', 'La séance a pris fin à 14 h 30. Les ministres sont partis.', ['La séance a pris fin à 14 h 30.', 'Les ministres sont partis.']],
  ['fr', 'Le taux est de 2.5 et 1,2 pour 10 000 habitants. Bien.', ['Le taux est de 2.5 et 1,2 pour 10 000 habitants.', 'Bien.']],
  ['fr', 'Des armes, des drones, etc. Les enquêteurs cherchent.', ['Des armes, des drones, etc.', 'Les enquêteurs cherchent.']],
  ['fr', 'Fondée en 52 av. J.-C. selon la légende. Elle grandit.', ['Fondée en 52 av. J.-C. selon la légende.', 'Elle grandit.']],
  ['fr', 'Signé par J. R. R. Tolkien. Puis publié.', ['Signé par J. R. R. Tolkien.', 'Puis publié.']],
  ['fr', 'Il reste le plan B. Il faudra choisir.', ['Il reste le plan B.', 'Il faudra choisir.']],
  ['fr', 'Il est parti vers le nord.Le lendemain, « tout a changé ».Puis rien.', ['Il est parti vers le nord.', 'Le lendemain, « tout a changé ».', 'Puis rien.']],
  ['en', 'The report cites Censor.NET and marinetraffic.com today. Fine.', ['The report cites Censor.NET and marinetraffic.com today.', 'Fine.']],
  ['fr', 'Rien n’est joué… Le président doit parler. L’Iran, la Chine… Moscou aussi.', ['Rien n’est joué…', 'Le président doit parler.', 'L’Iran, la Chine… Moscou aussi.']],
  ['fr', '« Nous verrons… » Elle sourit.', ['« Nous verrons… »', 'Elle sourit.']],
  ['en', 'Mr. Smith met Mrs. Jones. They talked.', ['Mr. Smith met Mrs. Jones.', 'They talked.']],
  ['en', 'U.S. officials met U.N. envoys. The talks ended.', ['U.S. officials met U.N. envoys.', 'The talks ended.']],
  ['en', 'The U.S. Army moved. It was sent by the U.S. The allies agreed.', ['The U.S. Army moved.', 'It was sent by the U.S.', 'The allies agreed.']],
  ['en', 'He was born in Dayton, Ohio, and moved to Sacramento, Calif. He stayed there.', ['He was born in Dayton, Ohio, and moved to Sacramento, Calif.', 'He stayed there.']],
  ['en', 'The base near Ft. Bragg was closed. Sgt. Lee left.', ['The base near Ft. Bragg was closed.', 'Sgt. Lee left.']],
  ['fr', 'Deux villes, c.-à-d. Kiev et Odessa. Puis rien.', ['Deux villes, c.-à-d. Kiev et Odessa.', 'Puis rien.']],
  ['en', 'Gen. Miller spoke. George W. Bush listened.', ['Gen. Miller spoke.', 'George W. Bush listened.']],
  ['en', '"Stop!" he shouted. Nobody moved.', ['"Stop!" he shouted.', 'Nobody moved.']],
  ['en', '"We are ready. We will go," he said. End.', ['"We are ready. We will go," he said.', 'End.']],
  ['en', 'About 11,000 troops and 3.5 tanks. Fine.', ['About 11,000 troops and 3.5 tanks.', 'Fine.']],
];

for (const [lang, text, expected] of CASES) {
  test(`sentences (${lang}): ${text}`, () => assert.deepEqual(sentencesOf(text, lang), expected));
}

test('hard-wrapped lines join their paragraph and sentence', () => {
  const text = 'Les ministres de la Défense ont\nréaffirmé leur soutien à Kiev. Ils se\nreverront en mars.\nUn autre paragraphe.';
  const doc = segmentText(text, 'fr');
  assertDoc(doc);
  assert.deepEqual(doc.get('paragraphs').map((p) => p.end - p.start > 0 && p.by), ['segment/wrapped-line', 'segment/line-break']);
  assert.deepEqual(doc.get('sentences').map((s) => text.slice(s.start, s.end)), [
    'Les ministres de la Défense ont\nréaffirmé leur soutien à Kiev.',
    'Ils se\nreverront en mars.',
    'Un autre paragraphe.',
  ]);
});

test('sentences carry the index of their paragraph and stay out of boilerplate', () => {
  const text = 'Accueil > Monde\nPremière phrase. Deuxième phrase.\nTroisième phrase.';
  const doc = segmentText(text, 'fr');
  assertDoc(doc);
  assert.deepEqual(doc.get('sentences').map((s) => s.paragraph), [1, 1, 2]);
});

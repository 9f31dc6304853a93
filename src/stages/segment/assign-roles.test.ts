import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { segmentText } from './segment-text.ts';

const PROSE_FR = 'Les ministres de la Défense se sont retrouvés jeudi à Bruxelles pour parler du soutien à l’Ukraine, des stocks d’obus et des livraisons de munitions prévues pour cet hiver.';
const PROSE_EN = 'Defence ministers met in Brussels on Thursday to discuss support for Ukraine, stocks of shells and the deliveries of ammunition planned for the coming winter months.';

function rolesOf(lines: readonly string[], lang: string): string[] {
  const doc = segmentText(lines.join('\n'), lang);
  assertDoc(doc);
  return doc.get('paragraphs').map((p) => p.role);
}

const CASES: readonly [string, string, readonly string[], readonly string[]][] = [
  ['glued menu words on top', 'fr', ['ActualitésMonde', 'Un titre court', PROSE_FR, PROSE_FR], ['boilerplate', 'title', 'body', 'body']],
  ['breadcrumb on top', 'en', ['Home > World > Europe', 'A short title', PROSE_EN], ['boilerplate', 'title', 'body']],
  ['a two-word title alone above the prose stays the title', 'en', ['Brexit chaos', PROSE_EN, PROSE_EN], ['title', 'body', 'body']],
  ['a kicker above the headline', 'fr', ['Guerre en Ukraine', 'Kiev dit avoir abattu vingt drones dans la nuit', PROSE_FR, PROSE_FR], ['heading', 'title', 'body', 'body']],
  ['reading time on top', 'fr', ['Temps de lecture : 3 min', 'Un titre court', PROSE_FR], ['boilerplate', 'title', 'body']],
  ['English reading time and share line on top', 'en', ['4 min read', 'Share', 'A short title', PROSE_EN], ['boilerplate', 'boilerplate', 'title', 'body']],
  ['a title starting like a cue word stays the title', 'en', ['Share prices fall in Seoul', PROSE_EN], ['title', 'body']],
  ['metadata line with a bullet', 'fr', ['Dépêche AFP • 07/11/2024 à 10:12', 'Un titre court', PROSE_FR], ['boilerplate', 'title', 'body']],
  ['a title with one slash stays the title', 'fr', ['Russie / Ukraine : la trêve tient', PROSE_FR], ['title', 'body']],
  ['a title with a site name after a bar stays the title', 'en', ['Ceasefire holds in Gaza | Example News', PROSE_EN], ['title', 'body']],
  ['byline', 'fr', ['Un titre court', 'Par Jeanne Martin et Paul Roux', PROSE_FR], ['title', 'boilerplate', 'body']],
  ['a first sentence opening with "By" is no byline', 'en', ['By Tuesday, more than 3,000 troops had crossed the border, officials said.', PROSE_EN], ['body', 'body']],
  ['byline with a role', 'fr', ['Un titre court', 'Par Jeanne Martin, envoyée spéciale à Kyiv', PROSE_FR], ['title', 'boilerplate', 'body']],
  ['byline with a place in brackets', 'en', ['A short title', 'By John Roe (Seoul)', PROSE_EN], ['title', 'boilerplate', 'body']],
  ['a title starting with "Par" stays the title', 'fr', ['Par la force des armes, Moscou avance', PROSE_FR], ['title', 'body']],
  ['agency line and copyright at the end', 'en', [PROSE_EN, 'Reuters', '© 2024 Example News'], ['body', 'boilerplate', 'boilerplate']],
  ['section label under the title', 'fr', ['Un titre court', 'Ukraine', PROSE_FR], ['title', 'boilerplate', 'body']],
  ['promotional footer', 'fr', [PROSE_FR, 'Pour nous soutenir, abonnez-vous à la lettre quotidienne.'], ['body', 'boilerplate']],
  ['author bio with sponsoring call', 'fr', [PROSE_FR, 'Curieux de tout, j’écris sur la défense. Pour le sponsoring, contactez-nous.'], ['body', 'boilerplate']],
  ['English footer run', 'en', [PROSE_EN, 'Sign up for our daily briefing.', 'All rights reserved.'], ['body', 'boilerplate', 'boilerplate']],
  ['read-more link inside the article', 'en', [PROSE_EN, 'Read more: Why allies argue over budgets', PROSE_EN], ['body', 'boilerplate', 'body']],
  // Captions name people and places readers count as the article's: they stay body.
  ['bare read-also line and the linked title under it', 'fr', [PROSE_FR, 'Lire aussi', 'Les drones, arme centrale du conflit', PROSE_FR], ['body', 'boilerplate', 'boilerplate', 'body']],
  ['share buttons under a footer cue', 'fr', [PROSE_FR, 'Partager', 'Facebook', 'Newsletter', "S'inscrire"], ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']],
  ['short last lines without any cue are no boilerplate', 'fr', [PROSE_FR, 'Kiev', 'Moscou'], ['body', 'heading', 'body']],
  ['photo caption with credit stays body', 'en', [PROSE_EN, 'Ministers pose in Brussels on Thursday. (AP Photo/Jane Doe)', PROSE_EN], ['body', 'body', 'body']],
  ['a cue word in prose stays body', 'en', [PROSE_EN, 'Several states refused to sign up to the plan, officials said.'], ['body', 'body']],
  ['a long last paragraph with a cue stays body', 'fr', [PROSE_FR, `${PROSE_FR} ${PROSE_FR} ${PROSE_FR} Les lecteurs peuvent nous contacter ; contactez-nous.`], ['body', 'body']],
  ['heading between paragraphs', 'fr', [PROSE_FR, 'Des renforts attendus', PROSE_FR], ['body', 'heading', 'body']],
  ['short question heading', 'fr', [PROSE_FR, 'Pourquoi maintenant ?', PROSE_FR], ['body', 'heading', 'body']],
  ['truncated last line stays body', 'en', [PROSE_EN, 'The ministers had expected the'], ['body', 'body']],
  ['attribution after a quoted block', 'fr', [PROSE_FR, 'Nous tiendrons nos engagements envers nos alliés.', 'Jeanne Martin, ministre des Armées', PROSE_FR], ['body', 'body', 'attribution', 'body']],
  ['dash attribution', 'en', [PROSE_EN, 'We will keep our promises to our allies.', '— Jane Doe', PROSE_EN], ['body', 'body', 'attribution', 'body']],
  ['a punctuated sentence ends the top region', 'fr', ['Les ministres ont promis jeudi de livrer plus de munitions à Kiev avant la fin de l’hiver prochain.', 'Deux mots', PROSE_FR], ['body', 'heading', 'body']],
  ['guillemets are no breadcrumb', 'fr', ['« Pourquoi ? » a demandé le ministre.'], ['body']],
  ['a one-paragraph brief with a cue word is the article', 'en', ['The EU will launch a newsletter so that citizens can follow the new rules on tariffs and sanctions as they come in.'], ['body']],
  ['one paragraph has no title', 'fr', ['Moscou dément'], ['body']],
  ['a question title', 'en', ['Why are allies worried?', PROSE_EN], ['title', 'body']],
];

for (const [name, lang, lines, expected] of CASES) {
  test(`roles: ${name}`, () => assert.deepEqual(rolesOf(lines, lang), expected));
}

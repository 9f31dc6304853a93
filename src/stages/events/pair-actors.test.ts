// Pair nouns through the whole pipeline: "les deux dirigeants", "both sides" act as the two parties named before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.ts';

function eventsOf(text: string, lang: string): string[] {
  const doc = analyze({ text, lang, published: '2025-02-10' });
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  return doc.get('events').map((e) => `${e.type} ${names.get(e.actor ?? '') ?? null} → ${names.get(e.target ?? '') ?? null}`);
}

test('a pair noun as subject of a symmetric act pairs its two parties', () => {
  assert.ok(eventsOf('Armenia and Azerbaijan met in Geneva on Monday. Both sides agreed to a prisoner swap.', 'en').includes('AGREE Armenia → Azerbaijan'));
  assert.ok(eventsOf("Le Maroc a rouvert sa frontière avec l'Algérie. Les deux pays ont signé un accord gazier.", 'fr').includes('AGREE Morocco → Algeria'));
});

test('a pair noun as object is acted upon on both sides', () => {
  const found = eventsOf('Armenia and Azerbaijan traded fire overnight. Washington urged both sides to stop.', 'en');
  assert.ok(found.includes('REQUEST United States → Armenia'), found.join('; '));
  assert.ok(found.includes('REQUEST United States → Azerbaijan'), found.join('; '));
});

test('a speaker named after the reported words is no party to the event', () => {
  assert.deepEqual(eventsOf('Minsk has moved more tanks to the border, Zelensky said on Monday.', 'en').filter((e) => e.includes('Zelensky')), []);
  assert.deepEqual(eventsOf('Minsk a encore bombardé des villages, a affirmé Zelensky lundi.', 'fr').filter((e) => e.includes('Zelensky')), []);
  // the speaker before an infinitive is its subject: "a démenti avoir reçu" keeps Moscow as the recipient
  assert.ok(eventsOf('Moscou a démenti avoir reçu des obus de la Corée du Nord.', 'fr').includes('AID North Korea → Russia'));
});

test('victims counted by a crowd noun are the target of a passive act, its agent the actor', () => {
  assert.ok(eventsOf('Hundreds of Armenian soldiers were killed by Azerbaijani artillery last autumn.', 'en').includes('ASSAULT Azerbaijan → Armenia'));
  assert.ok(eventsOf('Une vingtaine de soldats maliens ont été tués par des drones algériens.', 'fr').includes('ASSAULT Algeria → Mali'));
  // a participle right after the counted victims needs no auxiliary
  assert.ok(eventsOf('Des centaines de soldats arméniens tués par l\'artillerie azerbaïdjanaise ont été rapatriés.', 'fr').includes('ASSAULT Azerbaijan → Armenia'));
});

test('a noun keeps its own participle agent past an adjective', () => {
  // the condemning state is not the one that struck: "menées par" names the doer of the strikes
  assert.deepEqual(eventsOf('La Turquie a condamné les frappes aériennes menées par l\'Égypte contre le Liban.', 'fr').filter((e) => e.startsWith('ASSAULT')), ['ASSAULT Egypt → Lebanon']);
  assert.ok(eventsOf('Les sanctions économiques imposées par le Canada contre l\'Iran restent en vigueur.', 'fr').includes('SANCTION Canada → Iran'));
  assert.ok(eventsOf('Turkey condemned the deadly air strikes carried out by Egypt against Lebanon.', 'en').includes('ASSAULT Egypt → Lebanon'));
  // a participle after another noun phrase keeps its agent to itself
  assert.deepEqual(eventsOf('L\'Égypte a condamné les frappes sur des villes bombardées par la Turquie.', 'fr').filter((e) => e.includes('Turkey')), []);
});

test('the collective owner of a subject acts ("leurs combattants", "their envoys")', () => {
  assert.ok(eventsOf('Les Houthis ont revendiqué un tir lundi. Leurs forces navales ont attaqué un pétrolier grec.', 'fr').includes('ASSAULT Houthis → Greece'));
  assert.ok(eventsOf('Western powers met in Rome on Monday. Their envoys condemned Iran.', 'en').includes('ACCUSE Western countries → Iran'));
});

test('a comma before "and"/"et" outside a list joins two clauses, not two parties', () => {
  const en = eventsOf('Ankara sends drones to Kenya, and Cairo sends shells to Sudan.', 'en');
  assert.ok(en.includes('AID Turkey → Kenya') && en.includes('AID Egypt → Sudan'), en.join('; '));
  assert.ok(!en.includes('AID Turkey → Egypt') && !en.includes('AID Turkey → Sudan'), en.join('; '));
  const fr = eventsOf('Ankara livre des drones au Kenya, et Le Caire envoie des obus au Soudan.', 'fr');
  assert.ok(fr.includes('AID Turkey → Kenya') && fr.includes('AID Egypt → Sudan'), fr.join('; '));
  assert.ok(!fr.includes('AID Turkey → Egypt'), fr.join('; '));
  // a list keeps its serial comma
  const list = eventsOf('Ankara sends drones to Kenya, Chad, and Sudan.', 'en');
  assert.ok(['AID Turkey → Kenya', 'AID Turkey → Chad', 'AID Turkey → Sudan'].every((e) => list.includes(e)), list.join('; '));
});

test('a demonym or owner qualifying an event noun is no subject of the verb after it', () => {
  assert.deepEqual(eventsOf('The Turkish alliance threatens Armenia.', 'en').filter((e) => e.startsWith('THREATEN')), []);
  assert.deepEqual(eventsOf("Le partenariat turc menace l'Arménie.", 'fr').filter((e) => e.startsWith('THREATEN')), []);
  // a form that reads as verb and noun is the noun after a demonym
  assert.deepEqual(eventsOf('Turkish support for Baku worries Yerevan.', 'en').filter((e) => e.startsWith('AID')), []);
  // the noun and the verb tell one act: the actor stays
  assert.ok(eventsOf('Turkish strikes killed four soldiers in Syria.', 'en').some((e) => e.startsWith('ASSAULT Turkey')));
});

test('"it" after "that" lets a state act in its reported clause, and is no target of the reporting verb', () => {
  assert.ok(eventsOf('Qatar said that it would host talks with the Taliban.', 'en').includes('CONSULT Qatar → Taliban'));
  const warned = eventsOf('Egypt warned that it would expel the Sudanese ambassador.', 'en');
  assert.ok(warned.includes('THREATEN Egypt → Sudan'), warned.join('; '));
});

test('"il"/"elle" after "que" let a state act in its reported clause', () => {
  const found = eventsOf("La Norvège a averti qu'elle sanctionnerait le Venezuela.", 'fr');
  assert.ok(found.includes('SANCTION Norway → Venezuela'), found.join('; '));
});

test('a capital after a noun of support is its state, the one supported', () => {
  // entity-locatives.tsv: "soutien à", "appui à", "support to" give, like "livrer à": the capital is the recipient
  assert.ok(eventsOf('Ottawa a exprimé son soutien à Kiev.', 'fr').includes('SUPPORT Canada → Ukraine'));
  assert.ok(eventsOf('Ottawa voiced its support to Kyiv.', 'en').includes('SUPPORT Canada → Ukraine'));
  const doc = analyze({ text: 'Ottawa a exprimé son appui à Kiev.', lang: 'fr', published: '2025-02-10' });
  assert.deepEqual(doc.get('entities').filter((e) => e.kind === 'place').map((e) => e.name), []);
});

test('a full stop inside a quotation ends the clause of a trigger', () => {
  const found = eventsOf("« Ankara achète ces pièces depuis l'invasion. Les registres indiquent qu'elles arrivaient de Syrie », affirme le quotidien.", 'fr');
  assert.deepEqual(found.filter((e) => e.includes('Syria')), [], found.join('; '));
});

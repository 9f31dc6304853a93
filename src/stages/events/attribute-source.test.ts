import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'Ukraine', 'United States', 'NATO', 'Mark Rutte');

/** [language, text, source of the one AID event (entity name or words), certainty]. */
const cases: readonly (readonly ['fr' | 'en', string, string | null, string])[] = [
  ['fr', "Selon Washington, Pyongyang a envoyé des soldats à Moscou.", 'United States', 'reported'],
  ['fr', "D'après des sources proches du dossier, Pyongyang a envoyé des soldats à Moscou.", 'des sources proches du dossier', 'reported'],
  ['en', 'According to NATO, Pyongyang sent soldiers to Moscow.', 'NATO', 'reported'],
  ['en', 'According to people familiar with the talks, Pyongyang sent soldiers to Moscow.', 'people familiar with the talks', 'reported'],
  ['fr', 'Mark Rutte a déclaré que Pyongyang a envoyé des soldats à Moscou.', 'Mark Rutte', 'reported'],
  ['en', 'Rutte said that Pyongyang sent soldiers to Moscow.', 'Mark Rutte', 'reported'],
  ['en', 'Pyongyang sent soldiers to Moscow, Rutte said.', 'Mark Rutte', 'reported'],
  ['en', 'Pyongyang sent soldiers to Moscow, officials said.', 'officials', 'reported'],
  ['en', 'Pyongyang sent soldiers to Moscow last month.', null, 'asserted'],
  ['fr', 'Pyongyang a assuré un soutien militaire à Moscou.', null, 'asserted'],
  ['fr', 'Washington a démenti les rumeurs selon lesquelles des soldats nord-coréens auraient été envoyés à Moscou.', 'United States', 'denied'],
  ['en', 'Pyongyang denied sending soldiers to Moscow.', 'North Korea', 'denied'],
  ['en', 'Pyongyang did not send soldiers to Moscow.', null, 'denied'],
  ['en', 'Washington denied that Pyongyang had sent soldiers to Moscow.', 'United States', 'denied'],
  // Unnamed sources: the whole noun phrase up to the speech verb; a name after "told" is the listener.
  ['en', 'Pyongyang sent soldiers to Moscow, two senior officials told NATO.', 'two senior officials', 'reported'],
  ['en', 'A senior official said Pyongyang sent soldiers to Moscow.', 'A senior official', 'reported'],
  ['fr', 'Des diplomates ont affirmé que Pyongyang a envoyé des soldats à Moscou.', 'Des diplomates', 'reported'],
  ['fr', 'Pyongyang a envoyé des soldats à Moscou, a indiqué lundi un diplomate en poste à Séoul.', 'un diplomate', 'reported'],
  // An entity that qualifies the unnamed source is the source ("White House officials").
  ['en', 'NATO officials said Pyongyang sent soldiers to Moscow.', 'NATO', 'reported'],
  ['fr', "Washington soupçonne Pyongyang d'envoyer des soldats à Moscou.", 'United States', 'suspected'],
  // A speaker's claim about its own past act, with a perfect infinitive, is reported by the speaker.
  ['fr', "Pyongyang affirme d'une part avoir envoyé des soldats à Moscou.", 'North Korea', 'reported'],
  ['en', 'Pyongyang claimed to have sent soldiers to Moscow.', 'North Korea', 'reported'],
  // An admission reports what it admits, as any speech verb does.
  ['en', 'Washington acknowledged that Pyongyang sent soldiers to Moscow.', 'United States', 'reported'],
  ['fr', 'Washington a admis que Pyongyang a envoyé des soldats à Moscou.', 'United States', 'reported'],
  // "has not denied" is no denial by anyone: the act stays alleged, sourced to no one.
  ['en', 'NATO has not denied that Pyongyang sent soldiers to Moscow.', null, 'alleged'],
  // A speech verb in the passive before an infinitive talks about its subject: no source, the act alleged.
  ['en', 'Pyongyang is said to have sent soldiers to Moscow.', null, 'alleged'],
  ['en', 'Pyongyang was reported to have sent soldiers to Moscow.', null, 'alleged'],
];

for (const [lang, text, source, certainty] of cases) {
  test(`source: ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    const aid = viewEvents(doc).filter((e) => e.type === 'AID');
    assert.deepEqual(aid, [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty, source }]);
  });
}

test('source: an event inside a quote is sourced to its speaker', () => {
  const text = 'Rutte warned: "Moscow is sending technology to Pyongyang."';
  const doc = handDoc({ text, lang: 'en', entities: ALL, quotes: [{ text: 'Moscow is sending technology to Pyongyang.', speaker: 'Mark Rutte' }] });
  assertDoc(doc);
  const aid = doc.get('events').find((e) => e.type === 'AID');
  assert.ok(aid);
  assert.equal(aid.source?.by, 'events/quote-direct');
  assert.deepEqual(viewEvents(doc).filter((e) => e.type === 'AID'), [{ type: 'AID', actor: 'Russia', target: 'North Korea', certainty: 'reported', source: 'Mark Rutte' }]);
});

test('source: each of coordinated speakers speaks for itself (en)', () => {
  const doc = handDoc({ text: 'Iran and Washington said they would send envoys to Moscow.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc).map((e) => `${e.actor} ${e.source}`), ['Iran Iran', 'United States United States']);
});

/** [language, text, certainty and source of the one CONSULT event]. */
const backgroundCases: readonly (readonly ['fr' | 'en', string, string, string | null])[] = [
  // A meeting named in a time phrase is background the writer takes as known...
  ['en', 'Rutte said that Pyongyang had grown bolder since its talks with Moscow.', 'asserted', null],
  ['fr', 'Mark Rutte a déclaré que la Corée du Nord est plus audacieuse depuis sa rencontre avec la Russie.', 'asserted', null],
  // ...while the same meeting as what the speaker talks about is his claim.
  ['en', 'Rutte said the talks between Pyongyang and Moscow worried NATO.', 'reported', 'Mark Rutte'],
];

for (const [lang, text, certainty, source] of backgroundCases) {
  test(`source: background or claim? ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).filter((e) => e.type === 'CONSULT'), [{ type: 'CONSULT', actor: 'North Korea', target: 'Russia', certainty, source }]);
  });
}

test('source: each member of a coordinated subject of a denial or a speech verb is a source of its own', (t) => {
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const fr = handDoc({ text: "La Chine et l'Iran ont démenti que des soldats nord-coréens auraient été envoyés à Moscou.", lang: 'fr', entities: ALL });
  assertDoc(fr);
  assert.deepEqual(viewEvents(fr).map((e) => `${e.certainty} ${e.source}`), ['denied China', 'denied Iran']);
  const en = handDoc({ text: 'Beijing and Tehran said that Pyongyang had sent soldiers to Ukraine.', lang: 'en', entities: ALL });
  assertDoc(en);
  assert.deepEqual(viewEvents(en).map((e) => `${e.certainty} ${e.source}`), ['reported China', 'reported Iran']);
});

test('source: a speech verb reports nothing after the quotation it opens has closed (fr, en)', (t) => {
  const en = handDoc({ text: 'Rutte said that "the Alliance stands together" as Pyongyang sends soldiers to Moscow.', lang: 'en', entities: ALL });
  assertDoc(en);
  assert.deepEqual(viewEvents(en), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'asserted', source: null }]);
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const fr = handDoc({ text: "Mark Rutte a affirmé que « l'Alliance reste soudée » au moment où Pyongyang envoie des soldats à Moscou.", lang: 'fr', entities: ALL });
  assertDoc(fr);
  assert.deepEqual(viewEvents(fr), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'asserted', source: null }]);
  // A quoted phrase inside the complement does not end it.
  const inside = handDoc({ text: "Mark Rutte souligne qu'il s'agit de « signaux graves » montrant que Pyongyang envoie des soldats à Moscou.", lang: 'fr', entities: ALL });
  assertDoc(inside);
  assert.deepEqual(viewEvents(inside), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'reported', source: 'Mark Rutte' }]);
});

/** [language, two sentences, certainty and source of the AID the first one states]. */
const nextSentenceCases: readonly (readonly ['fr' | 'en', string, string, string | null])[] = [
  // A pronoun for the sentence before, next to a speech verb, makes its subject the source...
  ['fr', "Pyongyang a envoyé des soldats à Moscou. Mark Rutte l'a confirmé mardi.", 'reported', 'Mark Rutte'],
  ['en', 'Pyongyang sent soldiers to Moscow. Rutte confirmed this on Tuesday.', 'reported', 'Mark Rutte'],
  // ...not an article or a demonstrative of a noun phrase of its own.
  ['fr', 'Pyongyang a envoyé des soldats à Moscou. Mark Rutte a annoncé le renfort de la flotte.', 'asserted', null],
  ['en', 'Pyongyang sent soldiers to Moscow. Rutte said this week that the fleet was ready.', 'asserted', null],
];

for (const [lang, text, certainty, source] of nextSentenceCases) {
  test(`source: from the next sentence? ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    assert.deepEqual(viewEvents(doc).filter((e) => e.type === 'AID'), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty, source }]);
  });
}

test('source: actors listed as the subject of a speech verb announce their own act, unless it opens reported speech', (t) => {
  const own = handDoc({ text: 'Washington, Kyiv and NATO announced new sanctions against Tehran.', lang: 'en', entities: ALL });
  assertDoc(own);
  assert.deepEqual(viewEvents(own).map((e) => `${e.actor} ${e.certainty} ${e.source}`), ['United States asserted null', 'Ukraine asserted null', 'NATO asserted null']);
  const reported = handDoc({ text: 'Kyiv and NATO said they had imposed sanctions on Tehran.', lang: 'en', entities: ALL });
  assertDoc(reported);
  assert.deepEqual(viewEvents(reported).map((e) => `${e.actor} ${e.certainty} ${e.source}`), ['Ukraine reported Ukraine', 'NATO reported NATO']);
  const why = morphologyMissing('fr');
  if (why) { t.skip(why); return; }
  const fr = handDoc({ text: "Washington et l'OTAN ont annoncé de nouvelles sanctions contre Téhéran.", lang: 'fr', entities: ALL });
  assertDoc(fr);
  assert.deepEqual(viewEvents(fr).map((e) => `${e.actor} ${e.certainty} ${e.source}`), ['United States asserted null', 'NATO asserted null']);
});

test('source: an act folded into a hyphenated modifier is background, not the speaker\'s claim (en)', () => {
  const rebels = { name: 'Houthis', kind: 'group' as const, says: ['Houthi rebels'] };
  const doc = handDoc({ text: 'Rutte said that the Iranian-backed Houthi rebels had grown stronger.', lang: 'en', entities: [...ALL, rebels] });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc).filter((e) => e.actor === 'Iran'), [{ type: 'AID', actor: 'Iran', target: 'Houthis', certainty: 'asserted', source: null }]);
});

/** "actor → target certainty source" of each event of one type in a text. */
function describedEvents(lang: 'fr' | 'en', text: string, type: string): string[] {
  const doc = handDoc({ text, lang, entities: ALL });
  assertDoc(doc);
  return viewEvents(doc).filter((e) => e.type === type).map((e) => `${e.actor} → ${e.target} ${e.certainty} ${e.source}`);
}

/** [language, text, the REJECT event as "actor → target certainty source"]. */
const ownActCases: readonly (readonly ['fr' | 'en', string, string])[] = [
  // A verb after "but"/"mais" with no subject of its own is the speaker's act, told by the writer...
  ['en', 'Rutte said he would fly to Kyiv next week, but rejected the offer of Moscow.', 'Mark Rutte → Russia asserted null'],
  ['fr', "Mark Rutte a dit qu'il irait à Kiev la semaine prochaine, mais a rejeté l'offre de Moscou.", 'Mark Rutte → Russia asserted null'],
  // ...while a rejection inside what the speaker says stays reported.
  ['en', 'Rutte said he had rejected the offer of Moscow.', 'Mark Rutte → Russia reported Mark Rutte'],
];

for (const [lang, text, expected] of ownActCases) {
  test(`source: the speaker's own act after "but"? ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    assert.deepEqual(describedEvents(lang, text, 'REJECT'), [expected]);
  });
}

/** [language, text, the CONSULT event as "actor → target certainty source"]. */
const invitationCases: readonly (readonly ['fr' | 'en', string, string])[] = [
  // An invitation is the meeting it asks for, planned and voiced by the host...
  ['en', 'Washington invited Beijing to talks in Geneva.', 'United States → China planned United States'],
  ['fr', 'Washington a invité Pékin à des pourparlers.', 'United States → China planned United States'],
  // ...unless a speaker reports the invitation.
  ['fr', 'Mark Rutte a dit que Washington avait invité Pékin à Genève.', 'United States → China planned Mark Rutte'],
];

for (const [lang, text, expected] of invitationCases) {
  test(`source: an invitation is a planned meeting: ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    assert.deepEqual(describedEvents(lang, text, 'CONSULT'), [expected]);
  });
}

/** [language, text, the second AID event as "actor → target certainty source"]. */
const continuationCases: readonly (readonly ['fr' | 'en', string, string])[] = [
  // A sentence opened by a connective of continuation keeps the source of the claim before it...
  ['en', 'Rutte said that Pyongyang sent troops to Moscow. In return, Russia provides Pyongyang with missile technology.', 'Russia → North Korea reported Mark Rutte'],
  ['fr', 'Selon Washington, Pyongyang a envoyé des soldats à Moscou. En retour, la Russie fournit des technologies à la Corée du Nord.', 'Russia → North Korea reported United States'],
  // ...and has none when the sentence before had none.
  ['en', 'Pyongyang sent troops to Moscow. In return, Russia provides Pyongyang with missile technology.', 'Russia → North Korea asserted null'],
];

for (const [lang, text, expected] of continuationCases) {
  test(`source: a continued claim: ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    assert.equal(describedEvents(lang, text, 'AID')[1], expected);
  });
}

test('source: a connective that adds a new point does not carry the source over (fr)', () => {
  const text = 'Selon Washington, Pyongyang a envoyé des soldats à Moscou. Par ailleurs, la Russie fournit des technologies à la Corée du Nord.';
  const doc = handDoc({ text, lang: 'fr', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc).filter((e) => e.type === 'AID').map((e) => e.source), ['United States', null]);
});

/** A speech verb after "and"/"et" with a subject of its own heads its own clause: it reports nothing before the coordinator. */
const ownClauseCases: readonly (readonly ['fr' | 'en', string])[] = [
  ['en', 'Kyiv asked NATO to send jets, and the United States said it would help.'],
  ['fr', "Kiev a demandé à l'OTAN d'envoyer des avions, et les États-Unis ont annoncé une aide."],
];

for (const [lang, text] of ownClauseCases) {
  test(`source: a speech verb in a clause of its own: ${text}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    const request = viewEvents(doc).filter((e) => e.type === 'REQUEST').map((e) => `${e.actor} → ${e.target} ${e.certainty} ${e.source}`);
    assert.deepEqual(request, ['Ukraine → NATO asserted null']);
  });
}

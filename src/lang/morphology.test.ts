import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from './load.ts';
import { verbForms, verbReadings, type VerbReading } from './morphology.ts';
import * as morphology from './morphology.ts';

const fr = loadLanguage('fr');
const en = loadLanguage('en');

type Expected = Partial<VerbReading> & { lemma: string };

/** True when some reading has every expected field. */
function hasReading(readings: readonly VerbReading[], expected: Expected): boolean {
  return readings.some((reading) =>
    Object.entries(expected).every(([key, value]) => (reading as unknown as Record<string, unknown>)[key] === value));
}

const FRENCH: readonly [string, Expected][] = [
  ['déployés', { lemma: 'déployer', mood: 'participle', tense: 'past', number: 'pl', gender: 'm' }],
  ['auraient', { lemma: 'avoir', mood: 'conditional', tense: 'present', person: 3, number: 'pl' }],
  ['fournirait', { lemma: 'fournir', mood: 'conditional', tense: 'present', person: 3, number: 'sg' }],
  ['livrera', { lemma: 'livrer', mood: 'indicative', tense: 'future', person: 3, number: 'sg' }],
  ['livre', { lemma: 'livrer', mood: 'subjunctive', tense: 'present', person: 3 }],
  ['livre', { lemma: 'livrer', mood: 'imperative', person: 2, number: 'sg' }],
  // « a-t-il déclaré »: the whole token and the bare auxiliary
  ['a-t-il', { lemma: 'avoir', mood: 'indicative', tense: 'present', person: 3, number: 'sg' }],
  ['a', { lemma: 'avoir', mood: 'indicative', tense: 'present', person: 3 }],
  ['N’a', { lemma: 'avoir', mood: 'indicative', person: 3 }],
  ['envoyé', { lemma: 'envoyer', mood: 'participle', tense: 'past', gender: 'm', number: 'sg' }],
  ['envoie', { lemma: 'envoyer', mood: 'indicative', tense: 'present', person: 3 }],
  ['enverra', { lemma: 'envoyer', mood: 'indicative', tense: 'future', person: 3 }],
  ['appelle', { lemma: 'appeler', mood: 'indicative', tense: 'present', person: 3 }],
  ['appelait', { lemma: 'appeler', mood: 'indicative', tense: 'imperfect', person: 3 }],
  ['menaçait', { lemma: 'menacer', mood: 'indicative', tense: 'imperfect', person: 3 }],
  ['exigeons', { lemma: 'exiger', mood: 'indicative', tense: 'present', person: 1, number: 'pl' }],
  ['achète', { lemma: 'acheter', mood: 'indicative', tense: 'present', person: 3 }],
  ['cède', { lemma: 'céder', mood: 'indicative', tense: 'present', person: 3 }],
  ['emploie', { lemma: 'employer', mood: 'indicative', tense: 'present', person: 3 }],
  ['démentit', { lemma: 'démentir', mood: 'indicative', tense: 'simple-past', person: 3 }],
  ['dément', { lemma: 'démentir', mood: 'indicative', tense: 'present', person: 3 }],
  ['démenti', { lemma: 'démentir', mood: 'participle', tense: 'past', gender: 'm' }],
  ['soupçonnée', { lemma: 'soupçonner', mood: 'participle', tense: 'past', gender: 'f', number: 'sg' }],
  ['soutiendrait', { lemma: 'soutenir', mood: 'conditional', tense: 'present', person: 3 }],
  ['mettrait', { lemma: 'mettre', mood: 'conditional', tense: 'present', person: 3 }],
  ['été', { lemma: 'être', mood: 'participle', tense: 'past' }],
  ['seront', { lemma: 'être', mood: 'indicative', tense: 'future', person: 3, number: 'pl' }],
  ['va', { lemma: 'aller', mood: 'indicative', tense: 'present', person: 3 }],
  ['pourrait', { lemma: 'pouvoir', mood: 'conditional', person: 3 }],
  ['devrait', { lemma: 'devoir', mood: 'conditional', person: 3 }],
  ['veulent', { lemma: 'vouloir', mood: 'indicative', tense: 'present', person: 3, number: 'pl' }],
  ['fait', { lemma: 'faire', mood: 'participle', tense: 'past', gender: 'm' }],
  ['dit', { lemma: 'dire', mood: 'indicative', tense: 'present', person: 3 }],
  ['prises', { lemma: 'prendre', mood: 'participle', gender: 'f', number: 'pl' }],
  ['reconnaît', { lemma: 'reconnaître', mood: 'indicative', tense: 'present', person: 3 }],
  ['ouverte', { lemma: 'ouvrir', mood: 'participle', gender: 'f' }],
  ['rejoindra', { lemma: 'rejoindre', mood: 'indicative', tense: 'future' }],
  ['détruits', { lemma: 'détruire', mood: 'participle', number: 'pl', gender: 'm' }],
  ['répondu', { lemma: 'répondre', mood: 'participle', tense: 'past' }],
  ['reçu', { lemma: 'recevoir', mood: 'participle', tense: 'past' }],
  // « afin d'améliorer », « s'est engagé »
  ['d’améliorer', { lemma: 'améliorer', mood: 'infinitive' }],
  ['s\'est', { lemma: 'être', mood: 'indicative', person: 3 }],
  ['allègue', { lemma: 'alléguer', mood: 'indicative', tense: 'present', person: 3 }],
  ['réitèrent', { lemma: 'réitérer', mood: 'indicative', tense: 'present', person: 3, number: 'pl' }],
  ['protégeait', { lemma: 'protéger', mood: 'indicative', tense: 'imperfect', person: 3 }],
  ['paie', { lemma: 'payer', mood: 'indicative', tense: 'present', person: 3 }],
  ['paye', { lemma: 'payer', mood: 'indicative', tense: 'present', person: 3 }],
  ['jettera', { lemma: 'jeter', mood: 'indicative', tense: 'future' }],
  ['accroît', { lemma: 'accroître', mood: 'indicative', tense: 'present', person: 3 }],
  ['faut', { lemma: 'falloir', mood: 'indicative', tense: 'present', person: 3, number: 'sg' }],
  ['craignent', { lemma: 'craindre', mood: 'indicative', tense: 'present', person: 3, number: 'pl' }],
  ['convaincu', { lemma: 'convaincre', mood: 'participle', tense: 'past', gender: 'm' }],
  ['interdisez', { lemma: 'interdire', mood: 'indicative', tense: 'present', person: 2, number: 'pl' }],
  ['dites', { lemma: 'dire', mood: 'indicative', tense: 'present', person: 2, number: 'pl' }],
  // 1990 spelling without the circumflex
  ['reconnaitre', { lemma: 'reconnaître', mood: 'infinitive' }],
  ['reconnait', { lemma: 'reconnaître', mood: 'indicative', tense: 'present', person: 3 }],
  ['concédassiez', { lemma: 'concéder', mood: 'subjunctive', tense: 'imperfect', person: 2, number: 'pl' }],
  ['soutînmes', { lemma: 'soutenir', mood: 'indicative', tense: 'simple-past', person: 1, number: 'pl' }],
];

test('French forms read as their lemma, mood, tense and person', () => {
  for (const [word, expected] of FRENCH) {
    const readings = verbReadings(fr, word);
    assert.ok(hasReading(readings, expected), `${word}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(readings)}`);
  }
});

const ENGLISH: readonly [string, Expected][] = [
  ['said', { lemma: 'say', mood: 'indicative', tense: 'past' }],
  ['said', { lemma: 'say', mood: 'participle', tense: 'past' }],
  ['says', { lemma: 'say', mood: 'indicative', tense: 'present', person: 3, number: 'sg' }],
  ['saying', { lemma: 'say', mood: 'participle', tense: 'present' }],
  ['say', { lemma: 'say', mood: 'infinitive' }],
  ['sent', { lemma: 'send', mood: 'participle', tense: 'past' }],
  ['would', { lemma: 'will', mood: 'conditional', person: null, number: null }],
  ['will', { lemma: 'will', mood: 'indicative', tense: 'future' }],
  ['shipped', { lemma: 'ship', mood: 'indicative', tense: 'past' }],
  ['denied', { lemma: 'deny', mood: 'participle', tense: 'past' }],
  ['withdrew', { lemma: 'withdraw', mood: 'indicative', tense: 'past' }],
  ['withdrawn', { lemma: 'withdraw', mood: 'participle', tense: 'past' }],
  ['has', { lemma: 'have', mood: 'indicative', tense: 'present', person: 3 }],
  ['were', { lemma: 'be', mood: 'indicative', tense: 'past', number: 'pl' }],
  ['agreed', { lemma: 'agree', mood: 'indicative', tense: 'past' }],
  ['warned', { lemma: 'warn', mood: 'indicative', tense: 'past' }],
  ['transferred', { lemma: 'transfer', mood: 'participle', tense: 'past' }],
  ['pushes', { lemma: 'push', mood: 'indicative', tense: 'present', person: 3 }],
  ['dying', { lemma: 'die', mood: 'participle', tense: 'present' }],
  ['travelled', { lemma: 'travel', mood: 'indicative', tense: 'past' }],
  ['traveled', { lemma: 'travel', mood: 'indicative', tense: 'past' }],
  // "won't", "they'll", "she'd" after the segment stage split their clitics
  ['wo', { lemma: 'will', mood: 'indicative', tense: 'future' }],
  ["'ll", { lemma: 'will', mood: 'indicative', tense: 'future' }],
  ['’d', { lemma: 'will', mood: 'conditional' }],
  ['could', { lemma: 'can', mood: 'conditional' }],
  ['might', { lemma: 'may', mood: 'conditional' }],
  ['should', { lemma: 'shall', mood: 'conditional' }],
];

test('English forms read as their lemma, mood and tense', () => {
  for (const [word, expected] of ENGLISH) {
    const readings = verbReadings(en, word);
    assert.ok(hasReading(readings, expected), `${word}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(readings)}`);
  }
});

test('"withdrew" is no participle and "withdrawn" no preterite', () => {
  assert.ok(!hasReading(verbReadings(en, 'withdrew'), { lemma: 'withdraw', mood: 'participle' }));
  assert.ok(!hasReading(verbReadings(en, 'withdrawn'), { lemma: 'withdraw', mood: 'indicative' }));
});

test('accents matter: livré is a participle, livre never is', () => {
  assert.ok(verbReadings(fr, 'livré').every((reading) => reading.mood === 'participle'));
  assert.ok(!hasReading(verbReadings(fr, 'livre'), { lemma: 'livrer', mood: 'participle' }));
});

test('unknown words and non-verbs have no reading', () => {
  for (const word of ['ordinateur', 'xyzzy', '', 'sanctions', 'également']) assert.deepEqual(verbReadings(fr, word), [], word);
  // the possessive "'s" of "Russia's" is no verb
  for (const word of ['the', 'missiles', "'s", 'during']) assert.deepEqual(verbReadings(en, word), [], word);
});

test('forms news uses as another word are no verb readings, yet stay forms of their lemma', () => {
  // « les négociations entre Moscou et Pyongyang », « plus de soldats », "like last year"
  for (const word of ['entre', 'plus', 'lui', 'pendant', 'armes', 'forces', 'président']) {
    assert.deepEqual(verbReadings(fr, word), [], word);
  }
  for (const word of ['like', 'last']) assert.deepEqual(verbReadings(en, word), [], word);
  assert.ok(verbForms(fr, 'entrer').includes('entre'));
  assert.ok(hasReading(verbReadings(fr, 'entrent'), { lemma: 'entrer', person: 3, number: 'pl' }));
  assert.ok(hasReading(verbReadings(en, 'lasted'), { lemma: 'last', mood: 'indicative', tense: 'past' }));
});

test('verbForms lists every form of a lemma, itself included', () => {
  const forms = verbForms(fr, 'livrer');
  for (const form of ['livrer', 'livrent', 'livraient', 'livrée', 'livreraient', 'livra', 'livrant']) {
    assert.ok(forms.includes(form), form);
  }
  assert.ok(verbForms(en, 'send').includes('sent'));
  assert.ok(verbForms(en, 'ship').includes('shipping'));
  assert.deepEqual(verbForms(fr, 'zorglubre'), ['zorglubre']);
});

/** The verbs of a sentence as lemma:mood, word by word (apostrophe clitics kept on their word). */
function verbsOf(lang: typeof fr, sentence: string): string[] {
  return (sentence.match(/[\p{L}'’-]+/gu) ?? []).flatMap((word) => {
    const readings = verbReadings(lang, word);
    return readings.length === 0 ? [] : [`${word}=${[...new Set(readings.map((r) => `${r.lemma}:${r.mood}`))].join('/')}`];
  });
}

test('every verb reading of whole sentences (homographs included, other words left out)', () => {
  // sentences written for this test
  assert.deepEqual(
    verbsOf(fr, 'Selon Séoul, Pyongyang aurait livré des obus à Moscou, ce que le Kremlin a démenti jeudi.'),
    ['aurait=avoir:conditional', 'livré=livrer:participle', 'a=avoir:indicative', 'démenti=démentir:participle'],
  );
  assert.deepEqual(
    verbsOf(fr, 'Les discussions entre les deux pays reprendront-elles en mars ? Rien n’est moins sûr.'),
    ['reprendront-elles=reprendre:indicative', 'n’est=être:indicative'],
  );
  assert.deepEqual(
    verbsOf(en, 'Rutte, who leads NATO, said the shells had been shipped and would be used soon.'),
    // "shells" is a noun here, and a verb form too: callers decide from context
    ['leads=lead:indicative', 'said=say:indicative/say:participle', 'shells=shell:indicative', 'had=have:indicative/have:participle',
      'been=be:participle', 'shipped=ship:indicative/ship:participle', 'would=will:conditional',
      'be=be:infinitive/be:subjunctive', 'used=use:indicative/use:participle'],
  );
});

test('the public API stays the two functions colleagues code against', () => {
  assert.deepEqual(Object.keys(morphology).sort(), ['verbForms', 'verbReadings']);
});

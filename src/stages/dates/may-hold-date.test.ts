import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../../lang/load.ts';
import { compileCalendar } from './compile-calendar.ts';
import { dateAnchors, mayHoldDate } from './may-hold-date.ts';

const anchorsOf = (code: string) => {
  const lang = loadLanguage(code);
  return dateAnchors(lang, compileCalendar(lang));
};

test('may-hold-date: sentences without a digit or a calendar word are skipped', () => {
  const fr = anchorsOf('fr');
  const en = anchorsOf('en');
  assert.equal(mayHoldDate('Les négociations reprendront à Genève.', fr), false);
  assert.equal(mayHoldDate('The talks will resume in Geneva.', en), false);
});

test('may-hold-date: each kind of calendar word lets a sentence through', () => {
  const fr = anchorsOf('fr');
  const en = anchorsOf('en');
  for (const sentence of [
    'Le sommet a eu lieu le 3 mars.', // digit
    'Le sommet a eu lieu en février.', // month
    'Le sommet a eu lieu jeudi.', // weekday
    'Le ministre est arrivé hier soir.', // relative phrase
    'Les combats ont repris la semaine dernière.', // last word of a relative phrase
    "Il l'a annoncé aujourd'hui.", // elided relative word
    'Le cessez-le-feu a été rompu il y a trois jours.', // a unit counted back
  ]) assert.equal(mayHoldDate(sentence, fr), true, sentence);
  for (const sentence of ['The vote is set for Tuesday.', 'Shelling resumed two weeks ago.', 'Markets closed early on Christmas Eve.', 'Talks failed last year.']) {
    assert.equal(mayHoldDate(sentence, en), true, sentence);
  }
});

test('finder gates: a phrase is gated on a word every match of it holds whole', async () => {
  const { gateWord } = await import('./finder-gates.ts');
  assert.equal(gateWord('the close of'), 'close');
  assert.equal(gateWord("aujourd'hui"), 'hui');
  assert.equal(gateWord('mi-'), 'mi');
  assert.equal(gateWord('1er'), 'er');
  assert.equal(gateWord('--'), undefined);
});

test('finder gates: a sentence with a digit still reaches the word finders when it holds their words', async () => {
  const { analyze } = await import('../../analyze.ts');
  const values = (text: string, lang: string) => analyze({ text, lang, published: '2025-03-14' }).get('dates').map((d) => d.text);
  assert.deepEqual(values('Les 12 délégués se sont quittés mardi, trois jours après le début des pourparlers.', 'fr'), ['mardi']);
  assert.deepEqual(values("Les 12 délégués se reverront début 2026, selon le communiqué d'hier.", 'fr'), ['début 2026', 'hier']);
  assert.deepEqual(values('Some 40 boats left port in mid-February, two weeks ago.', 'en'), ['mid-February', 'two weeks ago']);
});

test('sentence words: lower-cased words in order; "ſ" turns every word gate off', async () => {
  const { holdsAny, sentenceWords } = await import('./may-hold-date.ts');
  assert.deepEqual(sentenceWords('Le Vote a eu lieu.').words, ['le', 'vote', 'a', 'eu', 'lieu']);
  assert.equal(holdsAny(sentenceWords('Le vote a eu lieu.'), new Set(['mardi'])), false);
  assert.equal(holdsAny(sentenceWords('Le ſcrutin de 1790.'), new Set(['mardi'])), true);
  assert.equal(holdsAny(sentenceWords('Le vote a eu lieu.'), null), true);
});

test('phrase scanner: finds what the case-insensitive alternation finds, or hands the stretch back', async () => {
  const { phraseScanner, scanPhrases } = await import('./phrase-scan.ts');
  const { alternation } = await import('./compile-calendar.ts');
  const groups = [['hier', 'avant-hier', "l'an passé", 'la semaine passée', 'mi-'], ['jour de la fête', 'fête']];
  const scanner = phraseScanner(groups);
  assert.ok(scanner);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${groups.map((group) => alternation(group)).join('|')})`, 'giu');
  for (const text of [
    "AVANT‑HIER, l’an  passé, la Semaine\u00A0passée et le jour de la fête.",
    'hiers, Hier2, 3hier, fête, mi-temps, la semaine passées',
    'la   semaine\tpassée ; avant-hier-soir',
  ]) {
    const expected = [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    assert.deepEqual(scanPhrases(scanner, text, 0, text.length), expected, text);
  }
  assert.equal(scanPhrases(scanner, 'Il eſt venu hier.', 0, 17), null);
  assert.equal(scanPhrases(scanner, 'Le 𝐀hier.', 0, 10), null);
  assert.equal(phraseScanner([['-1 jour']]), null);
});

test('ago reading: word by word, the same candidates as the "ago" alternation', async () => {
  const { loadLanguage } = await import('../../lang/load.ts');
  const { findAgo, agoRule } = await import('./find-ago.ts');
  const { sentenceWords } = await import('./may-hold-date.ts');
  for (const [code, text] of [
    ['fr', 'Il Y A  Vingt-Et-Un jours, il y a 123 jours, dans 3 semaines, il y a deux ans.'],
    ['fr', 'Le port a rouvert il y a 12 mois et fermera dans une semaine.'],
    ['en', 'Two days ago, 7 Days Ago, 5 days agora, 3 weeks from  now; in 10 years they will vote.'],
    ['en', 'They will return in two weeks, 1  year from now.'],
  ] as const) {
    const lang = loadLanguage(code);
    const rule = agoRule(lang);
    assert.ok(rule.words);
    const regexOnly = { ...lang, table: lang.table.bind(lang), memo: <T>(key: string, build: () => T): T => (key === 'dates/ago' ? { ...rule, words: null } as T : lang.memo(key, build)) };
    const context = { folded: text, sentence: { start: 0, end: text.length }, calendar: compileCalendar(lang), words: sentenceWords(text) };
    const found = findAgo({ ...context, lang });
    assert.ok(found.length >= 2, text);
    assert.deepEqual(found, findAgo({ ...context, lang: regexOnly }), text);
  }
});

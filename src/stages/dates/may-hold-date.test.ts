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

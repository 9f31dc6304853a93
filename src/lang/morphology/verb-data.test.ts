import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../load.ts';
import { verbForms, verbReadings } from '../morphology.ts';
import { buildVerbLexicon } from './build-lexicon.ts';

const fr = loadLanguage('fr');
const en = loadLanguage('en');

test('the form maps build from the data (sizes asserted; build time printed, not asserted)', () => {
  for (const lang of [fr, en]) {
    const started = performance.now();
    const lexicon = buildVerbLexicon(lang);
    const elapsed = performance.now() - started;
    assert.ok(lexicon.lemmaCount > 1000, `${lang.code}: ${lexicon.lemmaCount} lemmas`);
    assert.ok(lexicon.formCount > lexicon.lemmaCount * 3, `${lang.code}: ${lexicon.formCount} forms`);
    assert.equal(lexicon.readings('zzz'), undefined);
    console.log(`# ${lang.code}: ${lexicon.lemmaCount} lemmas, ${lexicon.formCount} forms, built in ${elapsed.toFixed(0)} ms`);
  }
});

test('each lemma is listed once, in verb-lemmas.tsv or in verb-irregular.tsv', () => {
  for (const lang of [fr, en]) {
    const irregular = new Set(lang.table('verb-irregular').map((row) => row['lemma']));
    const seen = new Set<string>();
    for (const row of lang.table('verb-lemmas')) {
      const lemma = row['lemma'] ?? '';
      assert.ok(!seen.has(lemma), `${lang.code}: ${lemma} listed twice in verb-lemmas.tsv`);
      assert.ok(!irregular.has(lemma), `${lang.code}: ${lemma} is in both verb-lemmas.tsv and verb-irregular.tsv`);
      seen.add(lemma);
    }
  }
});


test('lemmas the lists lack are conjugated by their ending, and never read back', () => {
  // verbs written for this test, in no lemma list
  const cases: readonly [typeof fr, string, readonly string[]][] = [
    [fr, 'dronifier', ['dronifie', 'dronifiait', 'dronifieraient', 'dronifiée']],
    [fr, 'zorglacer', ['zorglaçait', 'zorglaçons', 'zorglacent']],
    [fr, 'brémérer', ['brémère', 'brémérons']],
    [fr, 'vermir', ['vermissent', 'vermi']],
    [en, 'dronify', ['dronifies', 'dronified', 'dronifying']],
    [en, 'zorblate', ['zorblates', 'zorblated', 'zorblating']],
    [en, 'blurch', ['blurches', 'blurched']],
    [en, 'frindle', ['frindles']],
    [en, 'splonk', ['splonks', 'splonked', 'splonking']],
  ];
  for (const [lang, lemma, expected] of cases) {
    const forms = verbForms(lang, lemma);
    for (const form of expected) assert.ok(forms.includes(form), `${lemma} → ${form}: ${forms.join(' ')}`);
  }
  assert.deepEqual(verbReadings(fr, 'dronifie'), []);
  assert.deepEqual(verbForms(fr, 'zorglubre'), ['zorglubre']);
  assert.ok(verbForms(fr, 'se dronifier').includes('se dronifie'));
});

test('reflexive lemmas give their forms with the clitic, elided before a vowel', () => {
  const engager = verbForms(fr, 's’engager');
  for (const form of ["s'engager", "s'engage", "s'engageait", "s'engageront"]) assert.ok(engager.includes(form), form);
  const feliciter = verbForms(fr, 'se féliciter');
  for (const form of ['se féliciter', 'se félicite', 'se félicitent']) assert.ok(feliciter.includes(form), form);
  assert.ok(!feliciter.includes('féliciter'));
  assert.deepEqual(verbForms(fr, 'se zorglubre'), ['se zorglubre']);
});

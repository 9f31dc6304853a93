/**
 * Integrity and facts of the world gazetteer (lang/world/entities.tsv, offices.tsv,
 * lang/<xx>/names.tsv), as the entities stage reads it through the loader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Countries } from 'world-countries';
import { englishDemonyms, frenchDemonyms, frenchPlural } from '../../scripts/gazetteer/demonyms.ts';
import { loadLanguage, LANG_ROOT, type Row } from './load.ts';

const fr = loadLanguage('fr');
const en = loadLanguage('en');
const entities = fr.world('entities');
const offices = fr.world('offices');
const byKey = new Map(entities.map((row) => [row.key ?? '', row]));
const KINDS = new Set(['country', 'organization', 'person', 'place', 'group']);
const FORMS = new Set(['name', 'short', 'capital', 'seat', 'demonym']);

/** Office ids listed in lang/README.md ("Office ids used in …: `head-of-state`, …"). */
function officeIds(): Set<string> {
  const readme = readFileSync(join(LANG_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('Office ids'));
  return new Set([...section.matchAll(/`([a-z-]+)`/gu)].map((match) => match[1] ?? '').filter((id) => !id.endsWith('.tsv')));
}

/** Forms of one entity in one language: form → surface strings. */
function forms(rows: readonly Row[], key: string, form: string): string[] {
  return rows.filter((row) => row.key === key && row.form === form).flatMap((row) => (row.names ?? '').split('|'));
}

test('every entity row is well formed', () => {
  const isoSeen = new Set<string>();
  for (const row of entities) {
    const where = `entities.tsv ${row.key}`;
    assert.ok(row.key, `${where}: empty key`);
    assert.ok(KINDS.has(row.kind ?? ''), `${where}: kind ${row.kind}`);
    if (row.wikidata) assert.match(row.wikidata, /^Q\d+$/u, where);
    if (row.iso3) {
      assert.match(row.iso3, /^[A-Z]{3}$/u, where);
      assert.ok(!isoSeen.has(row.iso3), `${where}: ISO3 ${row.iso3} twice`);
      isoSeen.add(row.iso3);
    }
    if (row.part_of) assert.ok(byKey.has(row.part_of), `${where}: part_of ${row.part_of} unknown`);
    if (row.kind === 'person') assert.match(row.gender ?? '', /^[mf]$/u, `${where}: gender`);
  }
  assert.equal(byKey.size, entities.length, 'duplicate keys in entities.tsv');
});

test('Wikidata ids are not shared by two entities', () => {
  const seen = new Map<string, string>();
  for (const row of entities.filter((r) => r.wikidata)) {
    assert.ok(!seen.has(row.wikidata ?? ''), `${row.wikidata}: ${seen.get(row.wikidata ?? '')} and ${row.key}`);
    seen.set(row.wikidata ?? '', row.key ?? '');
  }
});

for (const lang of [fr, en]) {
  test(`names.tsv (${lang.code}): known keys, valid forms, no empty name, every entity named`, () => {
    const rows = lang.table('names');
    for (const row of rows) {
      assert.ok(byKey.has(row.key ?? ''), `${lang.code} names.tsv: unknown key ${row.key}`);
      assert.ok(FORMS.has(row.form ?? ''), `${lang.code} names.tsv ${row.key}: form ${row.form}`);
      for (const name of (row.names ?? '').split('|')) assert.ok(name.trim() !== '' && name === name.trim(), `${lang.code} ${row.key}: empty or padded name`);
    }
    const named = new Set(rows.filter((row) => row.form === 'name').map((row) => row.key));
    const unnamed = entities.filter((row) => !named.has(row.key)).map((row) => row.key);
    assert.deepEqual(unnamed, [], `${lang.code}: entities without a name`);
  });
}

test('offices: known holders, office ids of lang/README.md, valid dates', () => {
  const ids = officeIds();
  assert.ok(ids.has('head-of-state') && ids.has('supreme-leader'), 'office ids read from lang/README.md');
  for (const row of offices) {
    const where = `offices.tsv ${row.holder} ${row.office}`;
    assert.equal(byKey.get(row.holder ?? '')?.kind, 'person', `${where}: holder`);
    assert.ok(byKey.has(row.of ?? ''), `${where}: of ${row.of}`);
    assert.ok(ids.has(row.office ?? ''), `${where}: office id`);
    for (const date of [row.from, row.to].filter((d) => d)) {
      assert.match(date ?? '', /^\d{4}-\d{2}-\d{2}$/u, where);
      assert.equal(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), date, `${where}: ${date} is not a calendar date`);
    }
    assert.ok(row.from, `${where}: no start date`);
    if (row.to) assert.ok((row.from ?? '') < row.to, `${where}: ends before it starts`);
  }
});

test('all 193 UN member states are countries, with their ISO3', () => {
  const members = (createRequire(import.meta.url)('world-countries/countries.json') as Countries).filter((c) => c.unMember && c.cca3 !== 'VAT');
  assert.equal(members.length, 193);
  const countries = new Set(entities.filter((row) => row.kind === 'country').map((row) => row.iso3));
  assert.deepEqual(members.map((c) => c.cca3).filter((iso) => !countries.has(iso)), []);
  for (const key of ['Palestine', 'Vatican City', 'Kosovo', 'Taiwan', 'Western Sahara']) assert.equal(byKey.get(key)?.kind, 'country', key);
});

// Forms two entities share on purpose: both Congos are "congolais"; Dominica's demonym is also "Dominican".
const SHARED_ON_PURPOSE = new Set(['congolais', 'congolaise', 'congolaises', 'congolese', 'dominican', 'dominicans']);

for (const lang of [fr, en]) {
  test(`names.tsv (${lang.code}): no form names two entities unless intended`, (t) => {
    const owners = new Map<string, Set<string>>();
    for (const row of lang.table('names')) {
      for (const name of (row.names ?? '').split('|')) {
        const id = `${row.form}:${name.toLowerCase()}`;
        owners.set(id, (owners.get(id) ?? new Set()).add(row.key ?? ''));
      }
    }
    const shared = [...owners].filter(([, keys]) => keys.size > 1);
    t.diagnostic(`shared forms: ${shared.map(([id, keys]) => `${id} (${[...keys].join(', ')})`).join('; ')}`);
    assert.deepEqual(shared.map(([id]) => id.split(':')[1]).filter((name) => !SHARED_ON_PURPOSE.has(name ?? '')), []);
  });
}

test('French demonyms come in all four forms', () => {
  const rows = fr.table('names');
  const samples: [string, string[]][] = [
    ['North Korea', ['nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes']],
    ['United States', ['américain', 'américaine', 'américains', 'américaines']],
    ['Iran', ['iranien', 'iranienne', 'iraniens', 'iraniennes']],
    ['Israel', ['israélien', 'israélienne', 'israéliens', 'israéliennes']],
    ['China', ['chinois', 'chinoise', 'chinoises']],
    ['Russia', ['russe', 'russes']],
    ['United Kingdom', ['britannique', 'britanniques']],
    ['Greece', ['grec', 'grecque', 'grecs', 'grecques']],
    ['South Africa', ['sud-africain', 'sud-africaine', 'sud-africains', 'sud-africaines', 'Sud-Africains']],
    ['Uzbekistan', ['ouzbek', 'ouzbèke', 'ouzbeks', 'ouzbèkes', 'Ouzbeks']],
    ['Ivory Coast', ['ivoirien', 'ivoirienne', 'ivoiriens', 'ivoiriennes']],
    ['United Arab Emirates', ['émirati', 'émiratie', 'émiratis', 'émiraties']],
  ];
  for (const [key, expected] of samples) {
    const demonyms = forms(rows, key, 'demonym');
    for (const form of expected) assert.ok(demonyms.includes(form), `${key}: ${form} missing from ${demonyms.join('|')}`);
  }
});

test('facts: capitals, exonyms, demonyms, ISO codes', () => {
  const cases: [lang: typeof fr, key: string, form: string, surface: string][] = [
    [fr, 'North Korea', 'capital', 'Pyongyang'],
    [en, 'North Korea', 'capital', 'Pyongyang'],
    [fr, 'Russia', 'capital', 'Moscou'],
    [fr, 'China', 'capital', 'Pékin'],
    [fr, 'Iran', 'capital', 'Téhéran'],
    [fr, 'Ukraine', 'capital', 'Kyiv'],
    [en, 'Ukraine', 'capital', 'Kyiv'],
    [fr, 'Malta', 'capital', 'La Valette'],
    [fr, 'Russia', 'seat', 'Kremlin'],
    [fr, 'United States', 'seat', 'Maison-Blanche'],
    [en, 'United Kingdom', 'name', 'Britain'],
    [fr, 'Democratic Republic of the Congo', 'name', 'RDC'],
    [fr, 'North Korea', 'name', 'RPDC'],
    [fr, 'North Korea', 'demonym', 'nord-coréennes'],
    [en, 'Ukraine', 'demonym', 'Ukrainians'],
    [en, 'Nepal', 'demonym', 'Nepali'],
    [en, 'Argentina', 'demonym', 'Argentinians'],
    [fr, 'Switzerland', 'capital', 'Berne'],
    [en, 'Switzerland', 'capital', 'Bern'],
    [fr, 'NATO', 'name', 'OTAN'],
    [fr, 'Vladimir Putin', 'short', 'Poutine'],
    [en, 'Volodymyr Zelensky', 'short', 'Zelenskyy'],
    [fr, 'Kursk Oblast', 'name', 'région de Koursk'],
    [fr, 'Western countries', 'name', 'Occidentaux'],
    [fr, 'Moscow', 'name', 'capitale russe'],
    [en, 'Kyiv', 'name', 'Ukrainian capital'],
    [fr, 'Gaza Strip', 'name', 'Bande de Gaza'],
  ];
  for (const [lang, key, form, surface] of cases) {
    assert.ok(forms(lang.table('names'), key, form).includes(surface), `${lang.code} ${key} ${form} ${surface}`);
  }
  // first names and common words are not country names: "Maurice" is rarely Mauritius
  assert.ok(!forms(fr.table('names'), 'Mauritius', 'name').includes('Maurice'));
  assert.ok(!forms(fr.table('names'), 'Democratic Republic of the Congo', 'name').includes('Congo'), 'Congo alone names two states');
  assert.equal(byKey.get('North Korea')?.iso3, 'PRK');
  assert.equal(byKey.get('South Korea')?.iso3, 'KOR');
  assert.equal(byKey.get('Moscow')?.part_of, 'Russia');
  const rutte = offices.find((row) => row.holder === 'Mark Rutte' && row.office === 'secretary-general');
  assert.equal(rutte?.of, 'NATO');
  assert.equal(rutte?.from, '2024-10-01');
});

test('demonym inflection rules of the build', () => {
  const cases: [singularM: string, singularF: string, expected: string[]][] = [
    ['Nord-coréen', 'Nord-coréenne', ['nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes', 'Nord-Coréens']],
    ['Français', 'Française', ['français', 'française', 'françaises', 'Français']],
    ['Russe', 'Russe', ['russe', 'russes', 'Russes']],
    ['Grec', 'Grecque', ['grec', 'grecs', 'grecque', 'grecques']],
  ];
  for (const [m, f, expected] of cases) {
    const forms = frenchDemonyms(m, f);
    for (const form of expected) assert.ok(forms.includes(form), `${m}: ${form} missing from ${forms.join('|')}`);
    assert.ok(!forms.includes('françaiss') && !forms.includes('russess'), `${m}: doubled plural`);
  }
  assert.equal(frenchPlural('occidental'), 'occidentaux');
  const english: [string, string[]][] = [
    ['Ukrainian', ['Ukrainian', 'Ukrainians']],
    ['Chinese', ['Chinese']],
    ['British', ['British']],
    ['Swiss', ['Swiss']],
    ['Antiguan, Barbudan', ['Antiguan', 'Barbudan', 'Antiguans', 'Barbudans']],
  ];
  for (const [adjective, expected] of english) assert.deepEqual(englishDemonyms(adjective).sort(), [...expected].sort(), adjective);
});

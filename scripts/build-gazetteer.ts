/**
 * Writes the world gazetteer: lang/world/entities.tsv, lang/world/offices.tsv,
 * lang/fr/names.tsv and lang/en/names.tsv, from world-countries (ODbL),
 * Intl.DisplayNames and the curated files of scripts/gazetteer/.
 *
 * Run: node --import tsx scripts/build-gazetteer.ts   (the TSVs it writes are committed)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCountries, type Forms } from './gazetteer/countries.ts';
import { readCurated, splitList, tsvText, unique, type Cells } from './gazetteer/tsv.ts';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const curated = (name: string): Cells[] => readCurated(root(`scripts/gazetteer/${name}.tsv`));

/** One row of lang/world/entities.tsv plus its forms per language. */
interface Entry {
  readonly cells: readonly [key: string, kind: string, wikidata: string, iso3: string, partOf: string, gender: string];
  readonly fr: Forms;
  readonly en: Forms;
}

const FORM_ORDER = ['name', 'short', 'capital', 'seat', 'demonym'] as const;

/** Countries, then their capitals as places, then the curated organisations, groups, places and people. */
function collect(): Entry[] {
  const countries = buildCountries(curated('countries'));
  const entries: Entry[] = countries.map((country) => ({
    cells: [country.key, 'country', country.wikidata, country.iso3, '', ''],
    fr: country.fr,
    en: country.en,
  }));
  const curatedRows = [...curated('organizations'), ...curated('places'), ...curated('people')];
  const taken = new Set([...entries.map((entry) => entry.cells[0]), ...curatedRows.map((row) => row.key ?? '')]);
  for (const country of countries) {
    const capital = country.capital;
    if (!capital || taken.has(capital.key)) continue;
    taken.add(capital.key);
    entries.push({ cells: [capital.key, 'place', capital.wikidata, '', country.key, ''], fr: { name: capital.fr }, en: { name: capital.en } });
  }
  for (const row of curatedRows) {
    // French news often keep the English spelling of foreign places and people ("Hodeidah", "Zelenskyy"):
    // their English names and short forms are French forms too (after the French ones, which stay primary).
    const borrows = row.kind === 'place' || row.kind === 'person';
    const forms = (lang: 'fr' | 'en'): Forms => ({
      name: unique([...splitList(row[`${lang}_names`]), ...(lang === 'fr' && borrows ? splitList(row.en_names) : [])]),
      short: unique([...splitList(row[`${lang}_short`]), ...(lang === 'fr' && borrows ? splitList(row.en_short) : [])]),
      seat: splitList(row[`${lang}_seats`]),
      demonym: splitList(row[`${lang}_demonyms`]),
    });
    entries.push({ cells: [row.key ?? '', row.kind ?? '', row.wikidata ?? '', '', row.part_of ?? '', row.gender ?? ''], fr: forms('fr'), en: forms('en') });
  }
  return entries;
}

/**
 * A city that is the seat of an organisation stands for it rather than for its state when news use it as an actor
 * ("Bruxelles menace de riposter" is the EU, not Belgium): the seat leaves the state's capital forms (the city stays a
 * place of its own). Returns the moved forms for the report.
 */
function giveSeatsToOrganisations(entries: Entry[], lang: 'fr' | 'en'): string[] {
  const seats = new Set(entries.filter((e) => e.cells[1] !== 'country').flatMap((e) => e[lang].seat ?? []));
  const moved: string[] = [];
  for (const entry of entries.filter((e) => e.cells[1] === 'country')) {
    const capitals = entry[lang].capital ?? [];
    moved.push(...capitals.filter((form) => seats.has(form)));
    entry[lang].capital = capitals.filter((form) => !seats.has(form));
  }
  return moved;
}

/**
 * Drops generated country names that two states share (world-countries' "Congo" for both Congos)
 * unless a curated cell lists them, and returns the dropped forms for the report.
 */
function dropSharedCountryNames(entries: Entry[], lang: 'fr' | 'en'): string[] {
  const owners = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.cells[1] === 'country')) {
    for (const name of entry[lang].name ?? []) owners.set(name, [...(owners.get(name) ?? []), entry.cells[0]]);
  }
  const shared = [...owners].filter(([, keys]) => keys.length > 1).map(([name]) => name);
  for (const entry of entries) {
    const names = entry[lang].name;
    if (names) entry[lang].name = names.filter((name) => !shared.includes(name));
  }
  return shared;
}

/**
 * Names and seats that start in lower case ("bande de Gaza", "the West", "palais Chigi") also get their
 * sentence-initial spelling, since the matcher keeps the case of the first letter.
 */
function withSentenceCase(values: readonly string[]): string[] {
  return unique(values.flatMap((value) => (/^\p{Ll}/u.test(value) ? [value, value.charAt(0).toUpperCase() + value.slice(1)] : [value])));
}

function namesRows(entries: readonly Entry[], lang: 'fr' | 'en'): string[][] {
  return entries.flatMap((entry) =>
    FORM_ORDER.flatMap((form) => {
      const listed = entry[lang][form] ?? [];
      const values = form === 'name' || form === 'short' || form === 'seat' ? withSentenceCase(listed) : unique(listed);
      return values.length > 0 ? [[entry.cells[0], form, values.join('|')]] : [];
    }),
  );
}

const ENTITIES_HEADER = [
  '# Entities veille knows by name, one row each. Written by scripts/build-gazetteer.ts: do not edit by hand, edit scripts/gazetteer/*.tsv.',
  '# Used by: src/stages/entities (gazetteer matching). Names in each language: lang/<xx>/names.tsv.',
  '# key: usual English name (the gold key); kind: country|organization|person|place|group;',
  '# wikidata: Wikidata id; iso3: ISO 3166-1 alpha-3 (states); part_of: key of the state or body it belongs to;',
  '# gender: m|f for people (pronoun agreement).',
  '# Sources: world-countries 5.1 (ISO codes, names; ODbL 1.0, mledoze/countries); Wikidata ids (CC0) from',
  '# every-politician-scrapers/world-leaders-2021 data/wikidata.csv and curated; capitals are places too (part_of = state).',
];

const NAMES_HEADER = (lang: string): string[] => [
  `# How ${lang === 'fr' ? 'French' : 'English'} names the entities of lang/world/entities.tsv. Written by scripts/build-gazetteer.ts: edit scripts/gazetteer/*.tsv.`,
  '# Used by: src/stages/entities. key: entity key; form: name|short|capital|seat|demonym; names: |-separated surface forms.',
  '# name = full or official names and acronyms; short = a surname alone; capital = the capital city standing for the state;',
  '# seat = a building or city standing for the state or body (Kremlin; Bruxelles for the EU); demonym = adjectives and nouns of nationality.',
  `# Sources: world-countries 5.1 (names, ${lang === 'fr' ? 'French demonyms m/f singular' : 'English capitals and demonyms'}; ODbL 1.0),`,
  `# Intl.DisplayNames('${lang}') (CLDR, Unicode licence), plural rules of scripts/gazetteer/demonyms.ts, curated forms (exonyms, seats, acronyms).`,
];

function main(): void {
  const entries = collect();
  const dropped = [...dropSharedCountryNames(entries, 'fr'), ...dropSharedCountryNames(entries, 'en')];
  const seated = [...giveSeatsToOrganisations(entries, 'fr'), ...giveSeatsToOrganisations(entries, 'en')];
  writeFileSync(root('lang/world/entities.tsv'), tsvText(ENTITIES_HEADER, ['key', 'kind', 'wikidata', 'iso3', 'part_of', 'gender'], entries.map((e) => [...e.cells])));
  for (const lang of ['fr', 'en'] as const) {
    writeFileSync(root(`lang/${lang}/names.tsv`), tsvText(NAMES_HEADER(lang), ['key', 'form', 'names'], namesRows(entries, lang)));
  }
  const offices = curated('offices');
  const officesHeader = [
    '# Who held which office, when. Written by scripts/build-gazetteer.ts from scripts/gazetteer/offices.tsv (see its sources).',
    '# Used by: src/stages/entities (role nouns → person).',
    '# holder: person key in entities.tsv; office: office id (see lang/README.md); of: key of the state or organisation;',
    '# from/to: YYYY-MM-DD, empty `to` = still in office (as far as the curator knew: facts up to late 2025).',
    '# `president` also stands for the head of an organisation whatever the title (director general, managing director).',
  ];
  const officeColumns = ['holder', 'office', 'of', 'from', 'to'];
  writeFileSync(root('lang/world/offices.tsv'), tsvText(officesHeader, officeColumns, offices.map((row) => officeColumns.map((c) => row[c] ?? ''))));
  const kinds = new Map<string, number>();
  for (const entry of entries) kinds.set(entry.cells[1], (kinds.get(entry.cells[1]) ?? 0) + 1);
  console.log(`entities: ${entries.length} (${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}); offices: ${offices.length}`);
  if (dropped.length > 0) console.log(`generated country names shared by two states, dropped: ${dropped.join(', ')}`);
  if (seated.length > 0) console.log(`capitals standing for an organisation, not their state: ${seated.join(', ')}`);
}

main();

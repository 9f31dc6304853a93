/**
 * Country entities: world-countries (ODbL) and Intl.DisplayNames give the regular
 * part (names, English capitals, demonyms), scripts/gazetteer/countries.tsv the
 * curated part (keys as news use them, Wikidata ids, French capital exonyms, seats).
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { frenchDemonyms, englishDemonyms } from './demonyms.ts';
import { splitList, unique, type Cells } from './tsv.ts';

/** Forms of one entity in one language, by form (name, short, capital, seat, demonym). */
export type Forms = Partial<Record<'name' | 'short' | 'capital' | 'seat' | 'demonym', string[]>>;

/** A state with its names in French and English, ready to be written out. */
export interface CountryEntry {
  readonly key: string;
  readonly iso3: string;
  readonly wikidata: string;
  readonly fr: Forms;
  readonly en: Forms;
  /** The capital as a place: English key, names per language, Wikidata id (absent when the capital is not written). */
  readonly capital?: { readonly key: string; readonly fr: string[]; readonly en: string[]; readonly wikidata: string };
}

// world-countries' code for Kosovo; XKX is what curated data and most registries use.
const KOSOVO_CODE = 'UNK';
// The package's JSON, read through require: its ESM default export is typed as a CommonJS module.
const worldCountries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
const displayFr = new Intl.DisplayNames(['fr'], { type: 'region' });
const displayEn = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Splits a name like "Myanmar (Birmanie)" or "Congo - Kinshasa" into the forms news write:
 * "Myanmar", "Birmanie"; "Congo-Kinshasa". Apostrophes are folded to ' (the matcher accepts ’ too).
 *
 * @example
 * nameVariants('République de Chine (Taïwan)'); // ["République de Chine", "Taïwan"]
 */
export function nameVariants(name: string | undefined): string[] {
  if (!name) return [];
  const clean = name.replace(/[’ʼ]/gu, "'").replace(/' +/gu, "'").replace(/\s+-\s*/gu, '-').trim();
  const inner = /^(.*?)\s*\(([^)]*)\)\s*$/u.exec(clean);
  // A parenthesis holds either another name ("Birmanie") or an abbreviation ("Rép. dém."), which news never write.
  const aside = inner?.[2] ?? '';
  const forms = inner ? [inner[1] ?? '', aside.includes('.') ? '' : aside] : [clean];
  // "États-Unis" is often typed "Etats-Unis": add the unaccented capital initial.
  const unaccented = forms.filter((form) => /^[ÉÈ]/u.test(form)).map((form) => `E${form.slice(1)}`);
  // world-countries' French official names "Les états-unis…", "La République populaire du Bangladesh" carry an article.
  return unique([...forms, ...unaccented].map((form) => form.trim()).filter((form) => form !== '' && !/^(?:Les|La|Le) /u.test(form)));
}

/**
 * "la capitale russe", "the Russian capital": how news name a capital without its name.
 * Built from the demonym (French feminine singular, English adjective); none for double demonyms.
 *
 * @example
 * capitalDescriptor('fr', 'Ukrainienne'); // ["capitale ukrainienne"]
 */
export function capitalDescriptor(lang: 'fr' | 'en', demonym: string | undefined): string[] {
  if (!demonym || /,| or | et |-et-/u.test(demonym)) return [];
  return lang === 'fr' ? [`capitale ${demonym.toLocaleLowerCase('fr')}`] : [`${demonym} capital`];
}

/** Drops capital descriptors two capitals share ("capitale congolaise": Kinshasa or Brazzaville). */
function dropSharedDescriptors(entries: CountryEntry[]): CountryEntry[] {
  const count = new Map<string, number>();
  const descriptors = (names: readonly string[]): string[] => names.filter((name) => /^capitale |capital$/u.test(name));
  for (const entry of entries) {
    for (const name of descriptors([...(entry.capital?.fr ?? []), ...(entry.capital?.en ?? [])])) count.set(name, (count.get(name) ?? 0) + 1);
  }
  const keep = (name: string): boolean => (count.get(name) ?? 0) < 2;
  return entries.map((entry) =>
    entry.capital ? { ...entry, capital: { ...entry.capital, fr: entry.capital.fr.filter(keep), en: entry.capital.en.filter(keep) } } : entry,
  );
}

/**
 * The French demonym singulars: the curated "m/f" cell when present (`-` drops it), else world-countries'
 * (whose "Emirien" lacks its accent and "Antiguaise et barbudien" is not a usual form).
 *
 * @example
 * frenchDemonymBase('Émirien/Émirienne', undefined); // { m: "Émirien", f: "Émirienne" }
 */
export function frenchDemonymBase(cell: string | undefined, source: { m: string; f: string } | undefined): { m: string; f: string } | undefined {
  if (cell === '-') return undefined;
  if (cell) {
    const [m = '', f = ''] = cell.split('/');
    return { m, f };
  }
  return source && source.m !== '' ? source : undefined;
}

/**
 * Builds every state of countries.tsv, merging world-countries data under the curated cells.
 *
 * @example
 * buildCountries(readCurated('scripts/gazetteer/countries.tsv')).find((c) => c.iso3 === 'PRK')?.fr.capital; // ["Pyongyang"]
 */
export function buildCountries(curated: readonly Cells[]): CountryEntry[] {
  return dropSharedDescriptors(curated.map((row) => {
    const iso3 = row.iso3 ?? '';
    const source = worldCountries.find((country) => country.cca3 === (iso3 === 'XKX' ? KOSOVO_CODE : iso3));
    if (!source) throw new Error(`world-countries has no ${iso3}`);
    const key = row.key || source.name.common;
    // The first name is the one the entities stage shows: the common French name, then curated forms.
    const dropped = new Set(splitList(row.drop_names));
    const frNames = unique([
      ...nameVariants(source.translations.fra?.common),
      ...nameVariants(displayFr.of(source.cca2)),
      ...splitList(row.fr_names),
      ...nameVariants(source.translations.fra?.official),
    ]).filter((name) => !dropped.has(name));
    const enNames = unique([
      key,
      ...splitList(row.en_names),
      ...nameVariants(source.name.common),
      ...nameVariants(displayEn.of(source.cca2)),
      ...nameVariants(source.name.official),
    ]).filter((name) => !dropped.has(name));
    const frCapital = splitList(row.fr_capital).filter((form) => !frNames.includes(form));
    const enCapitalCell = row.en_capital === '-' ? [] : row.en_capital ? splitList(row.en_capital) : source.capital.slice(0, 1);
    const enCapital = enCapitalCell.filter((form) => !enNames.includes(form));
    const frDemonymSource = frenchDemonymBase(row.fr_demonym_base, source.demonyms.fra);
    const frDemonym = frDemonymSource ? frenchDemonyms(frDemonymSource.m, frDemonymSource.f || frDemonymSource.m) : [];
    const enDemonym = source.demonyms.eng ? englishDemonyms(source.demonyms.eng.m).filter((form) => !enNames.includes(form.replace(/s$/u, ''))) : [];
    const capitalKey = enCapital[0];
    const capital =
      capitalKey && frCapital.length > 0 && key !== 'United States'
        ? {
            key: capitalKey,
            fr: [...frCapital, ...capitalDescriptor('fr', frDemonymSource?.f)],
            en: [...enCapital, ...capitalDescriptor('en', source.demonyms.eng?.m)],
            wikidata: row.capital_wikidata ?? '',
          }
        : undefined;
    return {
      key,
      iso3: iso3 === 'XKX' ? '' : iso3,
      wikidata: row.wikidata ?? '',
      fr: {
        name: frNames,
        capital: frCapital,
        seat: splitList(row.fr_seats),
        demonym: unique([...frDemonym, ...splitList(row.fr_demonyms)]),
      },
      en: {
        name: enNames,
        capital: enCapital,
        seat: splitList(row.en_seats),
        demonym: unique([...enDemonym, ...splitList(row.en_demonyms)]),
      },
      ...(capital ? { capital } : {}),
    };
  }));
}

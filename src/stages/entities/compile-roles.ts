/**
 * Compiles `lang/<xx>/roles.tsv`: role nouns as word sequences, keyed by their
 * first word, each with the offices it may name.
 */
import type { Language } from '../../lang/load.ts';
import { foldForMatch } from './fold-for-match.ts';
import { scanWords } from './scan-words.ts';
import type { Gender } from './work.ts';

export interface RoleForm {
  /** Lower-cased words of the form ("secrétaire", "général"). */
  readonly words: readonly string[];
  readonly offices: readonly string[];
  readonly gender: Gender;
  /** Whether the noun alone may name the holder the doc is about. */
  readonly bare: boolean;
}

/**
 * A word as role forms key it: lower case, no accents, plain apostrophes ("l'État" and "l'Etat" alike).
 *
 * @example
 * roleKey('État'); // "etat"
 */
export function roleKey(word: string): string {
  return foldForMatch(word);
}

/**
 * Role forms by their first word, longest first.
 *
 * @example
 * compileRoles(loadLanguage('fr')).get('porte-parole')?.[0]?.offices; // ['spokesperson']
 */
export function compileRoles(lang: Language): ReadonlyMap<string, readonly RoleForm[]> {
  return lang.memo('entities/roles', () => {
    const merged = new Map<string, { words: string[]; offices: Set<string>; gender: Gender; bare: boolean }>();
    for (const row of lang.table('roles')) {
      const gender: Gender = row.gender === 'm' || row.gender === 'f' ? row.gender : '';
      for (const form of (row.forms ?? '').split('|').map((f) => f.trim()).filter(Boolean)) {
        const words = scanWords(form, 0, form.length).map((word) => roleKey(word.text));
        const id = words.join(' ');
        const known = merged.get(id) ?? { words, offices: new Set<string>(), gender, bare: false };
        known.offices.add(row.office ?? '');
        known.bare ||= row.bare === 'yes';
        if (known.gender !== gender) known.gender = '';
        merged.set(id, known);
      }
    }
    const byFirst = new Map<string, RoleForm[]>();
    for (const form of merged.values()) {
      const first = form.words[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words: form.words, offices: [...form.offices], gender: form.gender, bare: form.bare });
      byFirst.set(first, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return byFirst;
  });
}

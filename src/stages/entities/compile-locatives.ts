/**
 * Compiles `lang/<xx>/entity-locatives.tsv`: the prepositions that make the
 * next name a location ("à Moscou", "near Kyiv") and the verbs of giving that
 * make "à Moscou" / "to Moscow" a recipient instead.
 */
import { escapeRegExp } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';

export interface Locatives {
  /** Matches a lower-cased text that ends with a locative preposition and spaces. */
  readonly before: RegExp;
  /** Matches a word of giving anywhere in a lower-cased clause. */
  readonly giving: RegExp;
}

/**
 * The locative cues of a language, compiled once.
 *
 * @example
 * compileLocatives(loadLanguage('fr')).before.test('il est arrivé à '); // true
 */
export function compileLocatives(lang: Language): Locatives {
  return lang.memo('entities/locatives', () => {
    const rows = lang.table('entity-locatives');
    const phrase = (form: string) => escapeRegExp(form.toLowerCase()).replace(/ +/g, '\\s+').replace(/'/g, "['’]");
    const locative = rows.filter((row) => row.type === 'locative').map((row) => phrase(row.form ?? ''));
    const giving = rows.filter((row) => row.type === 'giving').map((row) => {
      const form = row.form ?? '';
      return form.endsWith('*') ? `${phrase(form.slice(0, -1))}\\p{L}*` : phrase(form);
    });
    return {
      before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${locative.join('|') || '(?!)'})[\\s\\u00A0\\u202F]+$`, 'u'),
      giving: new RegExp(`(?<![\\p{L}\\p{N}])(?:${giving.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'u'),
    };
  });
}

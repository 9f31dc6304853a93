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

const CLAUSE_BREAK = /[,;:()«»"“”]/u;

/**
 * Whether the name at `at` follows a locative preposition of its clause and
 * no verb of giving ("arrivé à Moscou", but not "fournirait des armes à
 * Moscou"); `from` is where the sentence starts. Reads only the words near
 * the name, so a long sentence costs no more than a short one.
 *
 * @example
 * isLocativeAt(compileLocatives(fr), 'Il est arrivé à Moscou.', 0, 16); // true
 */
export function isLocativeAt(locatives: Locatives, text: string, from: number, at: number): boolean {
  let start = Math.max(from, at - 48);
  // do not cut a word in two: its tail would look like a preposition of its own
  if (start > from) start = text.indexOf(' ', start) + 1 || at;
  if (!locatives.before.test(text.slice(start, at).toLowerCase())) return false;
  let clause = at;
  while (clause > from && !CLAUSE_BREAK.test(text[clause - 1]!)) clause--;
  return !locatives.giving.test(text.slice(clause, at).toLowerCase());
}

/**
 * Compiles the data that shapes unknown names: titles (`person-titles.tsv`),
 * head nouns (`entity-shapes.tsv`), words that never make a name
 * (`entity-stopwords.tsv`) and given names (`world/given-names.tsv`).
 * Every key is lower-cased; look words up with {@link wordKey}.
 */
import { escapeRegExp } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { compileRoles } from './compile-roles.ts';
import { foldForMatch } from './fold-for-match.ts';
import type { Gender } from './work.ts';

export interface Title {
  readonly gender: Gender;
  readonly kind: 'honorific' | 'function';
  /** Number of words ("Premier ministre" has 2). */
  readonly words: number;
}

export interface Shapes {
  /** Lower-cased title (words joined by one space) → title. */
  readonly titles: ReadonlyMap<string, Title>;
  readonly longestTitle: number;
  /** The last word of every title (a dotted one with its full stop): a word outside it ends no title. */
  readonly titleEnds: ReadonlySet<string>;
  /** Lower-cased head noun → kind, for heads written before / after the name. */
  readonly headFirst: ReadonlyMap<string, 'organization' | 'place'>;
  readonly headLast: ReadonlyMap<string, 'organization' | 'place'>;
  /** Head nouns written in lower case in the data: only these count when lower case in the text ("mer Rouge"). */
  readonly lowerHeads: ReadonlySet<string>;
  /** Head written first → the English name its key takes, `*` for the name after the particle ("université" → "* University"). */
  readonly englishNames: ReadonlyMap<string, string>;
  /** Heads that only describe the name after them ("agence Reuters", "village de Krynky"). */
  readonly describingHeads: ReadonlySet<string>;
  /** Words of titles and role nouns ("secretary", "state", "affaires"): never the start of a name. */
  readonly titleWords: ReadonlySet<string>;
  /** Suffixes that make a capitalised word a modifier ("-based": "Atlanta-based"; "-*ed" any participle). */
  readonly modifierSuffixes: readonly string[];
  /** Matches a word ending in one of the modifier suffixes, written in lower case ("Iran-backed", "French-brokered"; not "Al-Ahmed"). */
  readonly modifierEnd: RegExp;
  readonly stopwords: ReadonlySet<string>;
  /** Common nouns written in capitals ("PIB", "GDP"), as written: no lone word in capitals names a body when listed here. */
  readonly acronymStops: ReadonlySet<string>;
  /** Lower-case words that join a name's capitalised words ("von der", "of", "d'"). */
  readonly particles: ReadonlySet<string>;
  /** Small words of role phrases (`entity-role-words.tsv`): "élu", "de", "la"… */
  readonly elect: ReadonlySet<string>;
  readonly complements: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  /** Given name as written → gender and order. */
  readonly givenNames: ReadonlyMap<string, { readonly gender: Gender; readonly order: 'given' | 'family' }>;
}

/**
 * Titles and title words are keyed folded (lower case, no accents): "chef de l'État" = "chef de l'Etat".
 *
 * @example
 * titleKey('Président'); // "president"
 */
export const titleKey = foldForMatch;

/**
 * A word as the shape tables key it: lower case, typographic apostrophe made plain.
 *
 * @example
 * wordKey('D’'); // "d'"
 */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/**
 * The shape data of a language, compiled once.
 *
 * @example
 * compileShapes(loadLanguage('fr')).titles.get('mme')?.gender; // "f"
 */
export function compileShapes(lang: Language): Shapes {
  return lang.memo('entities/shapes', () => {
    const titles = new Map<string, Title>();
    for (const row of lang.table('person-titles')) {
      const title = foldForMatch(row.title ?? '').trim();
      if (!title) continue;
      const gender: Gender = row.gender === 'm' || row.gender === 'f' ? row.gender : '';
      const kind = row.kind === 'honorific' ? 'honorific' : 'function';
      titles.set(title, { gender, kind, words: title.split(/\s+/).length });
    }
    // Role nouns are titles too: "Secretary of State Antony Blinken", "chef de la diplomatie X".
    for (const forms of compileRoles(lang).values()) {
      for (const form of forms) {
        const title = form.words.join(' ');
        if (!titles.has(title)) titles.set(title, { gender: form.gender, kind: 'function', words: form.words.length });
      }
    }
    const titleWords = new Set([...titles.keys()].flatMap((title) => title.split(/\s+/)).filter((word) => word.length > 3));
    const headFirst = new Map<string, 'organization' | 'place'>();
    const headLast = new Map<string, 'organization' | 'place'>();
    const lowerHeads = new Set<string>();
    const describingHeads = new Set<string>();
    const englishNames = new Map<string, string>();
    for (const row of lang.table('entity-shapes')) {
      if (row.english && row.position !== 'last') englishNames.set(wordKey(row.head ?? ''), row.english);
      if (row.head && row.head === row.head.toLowerCase()) lowerHeads.add(wordKey(row.head));
      if (row.in_name === 'no') describingHeads.add(wordKey(row.head ?? ''));
      const kind = row.kind === 'place' ? 'place' : 'organization';
      (row.position === 'last' ? headLast : headFirst).set(wordKey(row.head ?? ''), kind);
    }
    const particles = new Set(lang.table('entity-particles').map((row) => wordKey(row.word ?? '')));
    const stopRows = lang.table('entity-stopwords');
    // acronyms are compared as written: "JO" (Olympics) is no stopword in "Jo Cox"
    const stopwords = new Set(stopRows.filter((row) => row.why !== 'suffix' && row.why !== 'acronym').map((row) => wordKey(row.word ?? '')));
    const acronymStops = new Set(stopRows.filter((row) => row.why === 'acronym').map((row) => row.word ?? ''));
    const modifierSuffixes = stopRows.filter((row) => row.why === 'suffix').map((row) => wordKey(row.word ?? ''));
    // "-*ed": a hyphen, any letters, then the ending ("-brokered", "-administered")
    const suffixBody = modifierSuffixes.map((suffix) => suffix.split('*').map(escapeRegExp).join('\\p{Ll}+'));
    const modifierEnd = new RegExp(`(?:${suffixBody.join('|') || '(?!)'})$`, 'u');
    const givenNames = new Map<string, { gender: Gender; order: 'given' | 'family' }>();
    for (const row of lang.world('given-names')) {
      const gender: Gender = row.gender === 'm' || row.gender === 'f' ? row.gender : '';
      givenNames.set(row.name ?? '', { gender, order: row.order === 'family' ? 'family' : 'given' });
    }
    const roleWords = lang.table('entity-role-words');
    const wordsFor = (use: string) => new Set(roleWords.filter((row) => row.use === use).map((row) => wordKey(row.word ?? '')));
    const elect = wordsFor('elect');
    const complements = wordsFor('complement');
    const articles = wordsFor('article');
    const conjunctions = wordsFor('conjunction');
    const longestTitle = Math.max(1, ...[...titles.values()].map((title) => title.words));
    const titleEnds = new Set([...titles.keys()].map((title) => title.split(' ').pop() ?? ''));
    return { titles, longestTitle, titleEnds, headFirst, headLast, lowerHeads, englishNames, describingHeads, titleWords, modifierSuffixes, modifierEnd, stopwords, acronymStops, particles, elect, complements, articles, conjunctions, givenNames };
  });
}

/**
 * The number lexicon of a language, compiled once from its data files:
 * number words (numbers.tsv), digit separators (quantity-formats.tsv),
 * bound phrases (quantity-bounds.tsv) and small link words (quantity-links.tsv).
 * Every key is a `lookupKey`: lower case, accents and typography folded.
 */
import type { Approx } from '../../core/layers.ts';
import { lookupKey } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';

export type WordKind =
  | 'unit' | 'hundred' | 'scale' | 'dozen' | 'approx' | 'approx-plural'
  | 'ordinal' | 'ordinal-fraction' | 'fraction' | 'point' | 'sign' | 'ordinal-suffix' | 'bare-scale';

export interface NumberWord {
  readonly value: number;
  readonly kind: WordKind;
  /** False for words that are a number only beside another ("un" the article, "k" after digits). */
  readonly alone: boolean;
}

/** A bound word: one end of a range, or `range` for "entre … et …". */
export type BoundKind = Approx | 'range' | 'none';

export interface Lexicon {
  readonly words: ReadonlyMap<string, readonly NumberWord[]>;
  readonly decimal: string;
  readonly groups: ReadonlySet<string>;
  /** Bound phrases written before / after the number, by key. */
  readonly before: ReadonlyMap<string, BoundKind>;
  readonly after: ReadonlyMap<string, BoundKind>;
  /** The most tokens a bound phrase spans, so a look-back stops there. */
  readonly longestBound: number;
  /** quantity-links.tsv roles by name (link, and, and-unit, per, range-and, range-to, range-from, range-join…). */
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys a number may start with: number words and the articles of approximate nouns (one lookup per word). */
  readonly openers: ReadonlySet<string>;
}

/** The reading of `key` of one of `kinds`, if the lexicon has one. */
export function wordOf(lexicon: Lexicon, key: string, kinds: readonly WordKind[]): NumberWord | undefined {
  return lexicon.words.get(key)?.find((word) => kinds.includes(word.kind));
}

/** True when quantity-links.tsv gives `key` the role. */
export function hasRole(lexicon: Lexicon, role: string, key: string): boolean {
  return lexicon.roles.get(role)?.has(key) ?? false;
}

/**
 * The lexicon of a language, built once and kept by `lang.memo`.
 *
 * @example
 * compileLexicon(loadLanguage('fr')).words.get('cinquieme'); // [{ value: 5, kind: 'ordinal-fraction', alone: true }]
 */
export function compileLexicon(lang: Language): Lexicon {
  return lang.memo('numbers/lexicon', () => buildLexicon(lang));
}

const unescape = (chars: string): string =>
  chars === '\\s' ? ' ' : chars.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function buildLexicon(lang: Language): Lexicon {
  const words = new Map<string, NumberWord[]>();
  for (const row of lang.table('numbers')) {
    for (const form of (row.forms ?? '').split('|')) {
      const key = lookupKey(form);
      if (key === '') continue;
      const list = words.get(key) ?? [];
      list.push({ value: Number(row.value), kind: row.kind as WordKind, alone: row.alone === 'yes' });
      words.set(key, list);
    }
  }
  const formats = new Map(lang.table('quantity-formats').map((row) => [row.setting ?? '', (row.chars ?? '').split('|').map(unescape)]));
  const before = new Map<string, BoundKind>();
  const after = new Map<string, BoundKind>();
  let longestBound = 1;
  for (const row of lang.table('quantity-bounds')) {
    const key = lookupKey(row.phrase ?? '');
    (row.place === 'after' ? after : before).set(key, row.approx as BoundKind);
    // "jusqu'à" is two tokens ("jusqu'", "à"): count apostrophes as breaks too
    longestBound = Math.max(longestBound, key.split(/[ ']+/).length + 1);
  }
  const roles = new Map<string, Set<string>>();
  for (const row of lang.table('quantity-links')) {
    const set = roles.get(row.role ?? '') ?? new Set<string>();
    set.add(lookupKey(row.phrase ?? ''));
    roles.set(row.role ?? '', set);
  }
  const openers = new Set([...words.keys(), ...(roles.get('approx-article') ?? []), ...(roles.get('plural-article') ?? [])]);
  return {
    words,
    openers,
    decimal: formats.get('decimal')?.[0] ?? '.',
    groups: new Set(formats.get('group') ?? []),
    before,
    after,
    longestBound,
    roles,
  };
}

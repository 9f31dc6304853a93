/**
 * Compiles the number grammar of a language from its data files, once per
 * language: number words, digit formats, bounds, units and small link words.
 */
import type { Approx } from '../../core/layers.ts';
import { escapeRegExp, phrasePattern, wordAlternation } from '../../core/words.ts';
import type { Language, Row } from '../../lang/load.ts';
import { phraseFinder } from './find-phrases.ts';

export type NumberWordKind = 'unit' | 'hundred' | 'scale' | 'dozen' | 'approx' | 'approx-plural';
const QUANTITY_WORD_KINDS: ReadonlySet<NumberWordKind> = new Set(['unit', 'hundred', 'scale', 'dozen', 'approx', 'approx-plural']);
export type UnitKind = 'count' | 'money' | 'percent' | 'length' | 'area' | 'volume' | 'weight' | 'duration' | 'time' | 'anaphor' | 'toll';
export type Bound = Approx | 'range' | 'none';

export interface NumberWord {
  readonly value: number;
  readonly kind: NumberWordKind;
  readonly alone: boolean;
}

export interface UnitInfo {
  readonly lemma: string;
  readonly kind: UnitKind;
  readonly before: boolean;
  readonly after: boolean;
}

export interface PluralRule {
  readonly suffix: string;
  readonly singular: string;
  readonly keep: readonly string[];
}

export interface Grammar {
  /** Number words by lower-cased form; a form may have several readings (douzaine). */
  readonly words: ReadonlyMap<string, readonly NumberWord[]>;
  /** Digits with this language's group and decimal separators: "10 000", "2,3". */
  readonly digits: RegExp;
  readonly decimal: string;
  /** A run of spelled-out number words: "quatre-vingt-dix-neuf", "three million". */
  readonly spelled: RegExp;
  /** Any number word, to split a spelled run into words. */
  readonly word: RegExp;
  /** Sticky: a scale word right after digits ("425 millions", "$2bn"). */
  readonly scaleAfter: RegExp;
  /** Sticky: an approximate noun with its article ("une quarantaine", "des centaines de milliers"). */
  readonly bounds: ReadonlyMap<string, Bound>;
  readonly boundsBefore: RegExp;
  readonly boundsAfter: RegExp;
  readonly units: ReadonlyMap<string, UnitInfo>;
  /** The length of the longest unit phrase at a position of a folded text ("milles marins", "%", "pour cent"), or 0. */
  readonly unitAt: (folded: string, position: number) => number;
  /** Currency symbols and codes written before the number ("$", "US$", "€"). */
  readonly unitBefore: RegExp;
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  readonly plurals: readonly PluralRule[];
  /** Nouns that name what a later bare number counts ("the death toll rose to 44"). */
  readonly tolls: RegExp;
  readonly tollLemmas: ReadonlyMap<string, string>;
  /** A month name right before ("Oct 24") or after ("7 novembre") a number: the number is a day. */
  readonly monthBefore: RegExp;
  readonly monthAfter: RegExp;
}

/**
 * Lower-cases and folds apostrophes and spaces, the key of every lookup map.
 *
 * @example
 * keyOf('D’euros '); // "d'euros"
 */
export function keyOf(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

const forms = (row: Row, column = 'forms'): string[] => (row[column] ?? '').split('|').map(keyOf).filter((f) => f !== '');

/**
 * The grammar of a language, compiled once and kept by `lang.memo`.
 *
 * @example
 * compileGrammar(loadLanguage('fr')).words.get('quarantaine'); // [{ value: 40, kind: 'approx', alone: true }]
 */
export function compileGrammar(lang: Language): Grammar {
  return lang.memo('quantities/grammar', () => buildGrammar(lang));
}

function buildGrammar(lang: Language): Grammar {
  const words = new Map<string, NumberWord[]>();
  for (const row of lang.table('numbers')) {
    // ordinals, fractions, signs and the spoken decimal mark are read by the numbers stage only
    if (!QUANTITY_WORD_KINDS.has(row.kind as NumberWordKind)) continue;
    for (const form of forms(row)) {
      const list = words.get(form) ?? [];
      list.push({ value: Number(row.value), kind: row.kind as NumberWordKind, alone: row.alone === 'yes' });
      words.set(form, list);
    }
  }
  const numberForms = [...words.keys()];
  const wordSource = numberForms
    // one-letter scales ("k", "m") only follow digits; one-letter units ("a" in "a billion") may start a run
    .filter((form) => form.length > 1 || words.get(form)?.some((w) => w.kind === 'unit'))
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');

  const roles = new Map<string, Set<string>>();
  for (const row of lang.table('quantity-links')) {
    const set = roles.get(row.role ?? '') ?? new Set<string>();
    set.add(keyOf(row.phrase ?? ''));
    roles.set(row.role ?? '', set);
  }
  const joiners = [...(roles.get('and') ?? [])].map(phrasePattern);
  const joiner = `(?:[-\\u2010\\u2011]|[\\s\\u00A0\\u202F]+(?:(?:${joiners.join('|') || '(?!)'})[\\s\\u00A0\\u202F]+)?)`;
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordSource})(?:${joiner}(?:${wordSource}))*(?![\\p{L}\\p{N}])`, 'giu');

  const format = new Map(lang.table('quantity-formats').map((row) => [row.setting ?? '', (row.chars ?? '').split('|')]));
  const unescape = (c: string) => (c === '\\s' ? ' ' : c.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  const decimal = unescape(format.get('decimal')?.[0] ?? '.');
  const groups = (format.get('group') ?? []).map(unescape).map(escapeRegExp).join('');
  // grouped digits ("10 000") first, then plain ones ("2,3"); not inside a word or another number. The look-ahead
  // for a digit comes before the look-behind so that the scan skips letters cheaply (three times faster).
  const notInside = `(?<![\\p{L}\\p{N}]|\\p{N}[${groups}${escapeRegExp(decimal)}])`;
  const digits = new RegExp(
    `(?=\\p{N})${notInside}(?:\\p{N}{1,3}(?:[${groups}]\\p{N}{3}(?!\\p{N}))+(?:${escapeRegExp(decimal)}\\p{N}+)?|\\p{N}+(?:${escapeRegExp(decimal)}\\p{N}+)?)`,
    'gu',
  );
  const scaleForms = numberForms.filter((form) => words.get(form)?.some((w) => w.kind === 'scale' || w.kind === 'hundred'));
  // "425 millions", "$2bn", "a $5-billion deal"
  const scaleAfter = new RegExp(`(?:[-\\u2010\\u2011]|[\\s\\u00A0\\u202F]*)(?:${scaleForms.sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

  const bounds = new Map<string, Bound>();
  const before: string[] = [];
  const after: string[] = [];
  for (const row of lang.table('quantity-bounds')) {
    const phrase = keyOf(row.phrase ?? '');
    bounds.set(`${row.place}:${phrase}`, row.approx as Bound);
    (row.place === 'after' ? after : before).push(phrase);
  }

  const units = new Map<string, UnitInfo>();
  const unitPhrases: string[] = [];
  const tolls: string[] = [];
  const tollLemmas = new Map<string, string>();
  const symbolsBefore: string[] = [];
  for (const row of lang.table('units')) {
    for (const form of forms(row)) {
      const info: UnitInfo = {
        lemma: row.lemma ?? '',
        kind: row.kind as UnitKind,
        before: row.place === 'before' || row.place === 'both',
        after: row.place !== 'before',
      };
      if (info.kind === 'toll') {
        tolls.push(form);
        tollLemmas.set(form, info.lemma);
        continue;
      }
      units.set(form, info);
      unitPhrases.push(form);
      if (info.before && !/\p{L}/u.test(form.replace(/^us/, ''))) symbolsBefore.push(form);
    }
  }
  const unitAt = phraseFinder(unitPhrases);
  const unitBefore = new RegExp(`(?:${symbolsBefore.sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)'})[\\s\\u00A0\\u202F]?$`, 'iu');

  const plurals = lang.table('quantity-plurals').map((row) => ({
    suffix: row.suffix ?? '',
    singular: row.singular ?? '',
    keep: (row.keep ?? '').split('|').filter((k) => k !== ''),
  }));
  const monthForms = lang.table('months').flatMap((row) => forms(row));

  return {
    words,
    digits,
    decimal,
    spelled,
    word: new RegExp(`(?<!\\p{L})(?:${wordSource})(?!\\p{L})`, 'giu'),
    scaleAfter,
    bounds,
    boundsBefore: new RegExp(`${wordAlternation(before, 'i').source}[\\s\\u00A0\\u202F]*$`, 'iu'),
    boundsAfter: new RegExp(`^[\\s\\u00A0\\u202F]*${wordAlternation(after, 'i').source}`, 'iu'),
    units,
    unitAt,
    unitBefore,
    roles,
    plurals,
    tolls: wordAlternation(tolls, 'i'),
    tollLemmas,
    monthBefore: new RegExp(`${wordAlternation(monthForms).source}[ ]+$`, 'iu'),
    monthAfter: new RegExp(`^[ ]{0,2}${wordAlternation(monthForms).source}`, 'iu'),
  };
}

/**
 * The state the entities passes hand to each other: the doc, its language,
 * a match-ready copy of the text and the mention candidates found so far.
 */
import type { Doc } from '../../core/doc.ts';
import type { EntityKind, MentionForm, Paragraph, Sentence } from '../../core/layers.ts';
import type { Message } from '../../core/message.ts';
import type { Language } from '../../lang/load.ts';
import { foldForMatch } from './fold-for-match.ts';
import { scanWords, type Word } from './scan-words.ts';

export type Gender = 'm' | 'f' | '';

/** A mention being built: `key` is a gazetteer key, or the surface name of an unknown entity. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly kind: EntityKind;
  readonly form: MentionForm;
  readonly rule: string;
  /** True when the key comes from the gazetteer (ids known), false for names found by shape. */
  readonly known: boolean;
  readonly gender: Gender;
  /** For role nouns: the office ids and the state or body they belong to, when said. */
  readonly role?: { readonly offices: readonly string[]; readonly of: string | null };
}

/** One gazetteer reading of a matched stretch ("Moscou" → Russia capital, or Moscow name). */
export interface Reading {
  readonly key: string;
  readonly form: 'name' | 'short' | 'capital' | 'seat' | 'demonym';
  readonly primary: boolean;
}

/** A stretch the gazetteer matched, with every reading whose case fits. */
export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly readings: readonly Reading[];
}

export interface Work {
  readonly doc: Doc;
  readonly lang: Language;
  /** Same length as `doc.text`: typography folded, lower-cased, accents removed. */
  readonly folded: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly matches: readonly GazetteerMatch[];
  readonly mentions: readonly Candidate[];
  readonly messages: readonly Message[];
}

/**
 * The starting state of the passes for one doc.
 *
 * @example
 * startWork(doc, loadLanguage('fr')).mentions; // []
 */
export function startWork(doc: Doc, lang: Language): Work {
  return {
    doc,
    lang,
    folded: foldForMatch(doc.text),
    sentences: doc.get('sentences'),
    paragraphs: doc.get('paragraphs'),
    matches: [],
    mentions: [],
    messages: [],
  };
}

/** A pass of the entities stage: one transform from state to state. */
export type Pass = (work: Work) => Work;

/**
 * Index of the sentence holding `offset`, or -1 (binary search: sentences are sorted).
 *
 * @example
 * sentenceIndexAt(doc.get('sentences'), 0); // 0
 */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Orders candidates by span (start, then longer first).
 *
 * @example
 * sortCandidates(work.mentions)[0]?.start; // the earliest mention
 */
export function sortCandidates(list: readonly Candidate[]): Candidate[] {
  return [...list].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * True when the code unit is a letter or a digit.
 *
 * @example
 * isWordChar('é'); // true
 */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && isWordCode(char.charCodeAt(0));
}

const wordCodes = new Map<number, boolean>();

/**
 * True when the UTF-16 code unit is a letter or a digit (NaN, past the end of a string, is not).
 *
 * @example
 * isWordCode('é'.charCodeAt(0)); // true
 */
export function isWordCode(code: number): boolean {
  // ASCII first: the hot path of the gazetteer scan
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (Number.isNaN(code)) return false;
  let known = wordCodes.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    wordCodes.set(code, known);
  }
  return known;
}

/**
 * True when the char is an upper-case letter.
 *
 * @example
 * isUpper('É'); // true
 */
export function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

const wordCache = new WeakMap<Doc, Word[][]>();

/**
 * The words of sentence `index`, scanned once per doc (several passes read them).
 *
 * @example
 * sentenceWords(work, 0)[0]?.text; // "Pyongyang"
 */
export function sentenceWords(work: Work, index: number): readonly Word[] {
  let cache = wordCache.get(work.doc);
  if (!cache) {
    cache = [];
    wordCache.set(work.doc, cache);
  }
  let words = cache[index];
  if (!words) {
    const sentence = work.sentences[index];
    words = sentence ? scanWords(work.doc.text, sentence.start, sentence.end, work.folded) : [];
    cache[index] = words;
  }
  return words;
}

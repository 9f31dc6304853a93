/**
 * A place noun that a state's demonym qualifies, after a determiner ("the Ukrainian region", « l'enclave
 * palestinienne »), looks back to the latest place of that state named before (`part_of` in the gazetteer), not to
 * the state: "fighting went on in Kharkiv … the Ukrainian region" is Kharkiv. The nouns are the `place-noun` rows of
 * `entity-anaphors.tsv`; with no such place named, the demonym keeps its state. resolve-anaphors runs this first.
 */
import type { Language } from '../../lang/load.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { wordKey } from './compile-shapes.ts';
import { sentenceWords, sortCandidates, type Candidate, type Work } from './work.ts';
import type { Word } from './scan-words.ts';

/** Sentences before the noun's own where its place may be named. */
const LOOK_BACK = 3;

interface PlaceNounData {
  readonly nouns: ReadonlySet<string>;
  /** "territory", « territoire »: nouns that may mean the state's whole land; a place only when the state is not mentioned before. */
  readonly wholeNouns: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** "of", « de »: a complement after the phrase names its place itself ("the Russian region of Kursk"). */
  readonly complements: ReadonlySet<string>;
}

function compilePlaceNouns(lang: Language): PlaceNounData {
  return lang.memo('entities/place-nouns', () => {
    const nouns = new Set<string>();
    const wholeNouns = new Set<string>();
    const determiners = new Set<string>();
    const complements = new Set<string>();
    for (const row of lang.table('entity-anaphors')) {
      const form = wordKey(row.form ?? '');
      if (row.takes === 'place-noun') nouns.add(form);
      if (row.takes === 'place-noun' && row.key_word === 'whole') wholeNouns.add(form);
      else if (row.takes === 'determiner' || row.takes === 'contracted') determiners.add(form); // « du territoire », « au port »
      else if (row.takes === 'complement') complements.add(form);
    }
    return { nouns, wholeNouns, determiners, complements };
  });
}

/**
 * The mentions with every "determiner + demonym + place noun" read as the latest place of that state.
 *
 * @example
 * resolveStatePlaces(work); // "Strikes hit Kharkiv. The Ukrainian region…" → "The Ukrainian region" = Kharkiv (role)
 */
export function resolveStatePlaces(work: Work): Work {
  const data = compilePlaceNouns(work.lang);
  if (data.nouns.size === 0) return work;
  const demonyms = work.mentions.filter((m) => m.form === 'demonym' && m.kind === 'country');
  if (demonyms.length === 0) return work;
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 1; i < words.length; i++) {
      if (!data.nouns.has(words[i]!.key)) continue;
      const phrase = demonymPhrase(words, i, demonyms, data);
      if (!phrase) continue;
      const at = words[phrase.from]!.start;
      // "the Russian territory" once Russia is in the text (even as "russe") is Russia's land, not the place named last
      if (data.wholeNouns.has(words[i]!.key) && stateNamedBefore(work, phrase.demonym.key, at)) continue;
      const place = latestPlaceOf(work, index, at, phrase.demonym.key);
      if (!place) continue;
      replaced.add(phrase.demonym);
      added.push({ ...place, start: words[phrase.from]!.start, end: words[phrase.to]!.end, form: 'role', rule: 'anaphor-state-place', role: undefined });
    }
  }
  if (added.length === 0) return work;
  return { ...work, mentions: sortCandidates([...work.mentions.filter((m) => !replaced.has(m)), ...added]) };
}

/** "the Palestinian territory" (demonym before) or « le territoire palestinien » (after): the words from the determiner on, and the demonym. */
function demonymPhrase(words: readonly Word[], noun: number, demonyms: readonly Candidate[], data: PlaceNounData): { from: number; to: number; demonym: Candidate } | null {
  const before = words[noun - 1]!;
  const after = words[noun + 1];
  const spans = (m: Candidate, word: Word) => m.start === word.start && m.end === word.end;
  const preceding = demonyms.find((m) => spans(m, before));
  const opener = determinerBefore(words, preceding ? noun - 1 : noun, data);
  if (preceding && opener >= 0 && !complementAt(words, noun + 1, data)) return { from: opener, to: noun, demonym: preceding };
  const following = after ? demonyms.find((m) => spans(m, after)) : undefined;
  if (following && opener >= 0 && !complementAt(words, noun + 2, data)) return { from: opener, to: noun + 1, demonym: following };
  return null;
}

/** The determiner right before word `at`, or with up to two lower-case words between ("the devastated", « la petite »); -1 if none. */
function determinerBefore(words: readonly Word[], at: number, data: PlaceNounData): number {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (data.determiners.has(words[k]!.key)) return k;
    if (words[k]!.capitalised || data.complements.has(words[k]!.key)) return -1;
  }
  return -1;
}

function complementAt(words: readonly Word[], at: number, data: PlaceNounData): boolean {
  const word = words[at];
  return !!word && data.complements.has(word.key);
}

/** True when the state `key` is mentioned before `at` in any form: then "the Russian territory" is that state's land. */
function stateNamedBefore(work: Work, key: string, at: number): boolean {
  return work.mentions.some((m) => m.key === key && m.end <= at);
}

/**
 * The latest place mention of the state `key` (its `part_of`) in the LOOK_BACK sentences before sentence `index`.
 * None when such a place stands earlier in the phrase's own sentence (before `at`): there the phrase is said of it
 * ("Edmonton became the first Canadian city to…") or sets another place beside it.
 */
function latestPlaceOf(work: Work, index: number, at: number, key: string): Candidate | null {
  if (index === 0) return null;
  const entities = compileGazetteer(work.lang).entities;
  const first = work.sentences[Math.max(0, index - LOOK_BACK)]!.start;
  const own = work.sentences[index]!.start;
  let latest: Candidate | null = null;
  for (const m of work.mentions) {
    if (m.start < first || m.end > at || m.kind !== 'place' || entities.get(m.key)?.partOf !== key) continue;
    if (m.start >= own) return null;
    if (!latest || m.start > latest.start) latest = m;
  }
  return latest;
}

/**
 * Names that stand for a state although no gazetteer name of it is written: a warship's name ("HMS Diamond",
 * "USS Carney") for the state whose navy it serves, and a name by shape made of a state's demonym and body words
 * ("Malian Armed Forces", "Forces armées maliennes") for that state. Both read their words from
 * `entity-anaphors.tsv` (ship-prefix and state-body rows); resolve-anaphors runs this first.
 */
import type { Language } from '../../lang/load.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { wordKey } from './compile-shapes.ts';
import { SpanIndex } from './span-index.ts';
import { sentenceWords, sortCandidates, type Candidate, type GazetteerMatch, type Work } from './work.ts';

interface StateNameData {
  /** "HMS" → United Kingdom: prefixes of warship names, as written, and the state whose navy they name. */
  readonly shipPrefixes: ReadonlyMap<string, string>;
  /** "armed", "forces", "army", "armée": the words that, with a state's demonym, make a name of that state's forces or government. */
  readonly bodyWords: ReadonlySet<string>;
}

function compileStateNames(lang: Language): StateNameData {
  return lang.memo('entities/state-names', () => {
    const shipPrefixes = new Map<string, string>();
    const bodyWords = new Set<string>();
    for (const row of lang.table('entity-anaphors')) {
      if (!row.form) continue;
      if (row.takes === 'ship-prefix' && row.key_word) shipPrefixes.set(row.form, row.key_word);
      else if (row.takes === 'state-body') bodyWords.add(wordKey(row.form));
    }
    return { shipPrefixes, bodyWords };
  });
}

/**
 * The mentions with warships' names and state bodies' names read as their states.
 *
 * @example
 * resolveStateNames(work); // "HMS Kent shot down two drones" → "HMS Kent" = United Kingdom (role)
 */
export function resolveStateNames(work: Work): Work {
  const data = compileStateNames(work.lang);
  return warships(stateBodies(work, data), data);
}

/**
 * "HMS Diamond", "l'USS Carney": a warship's name, its prefix (`ship-prefix` rows) and the capitalised words after it,
 * is a mention of the state whose navy it serves; a name read inside it ("Carney" as a person) goes.
 */
function warships(work: Work, data: StateNameData): Work {
  if (data.shipPrefixes.size === 0) return work;
  const entities = compileGazetteer(work.lang).entities;
  const text = work.doc.text;
  const ships: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 0; i < words.length - 1; i++) {
      const state = data.shipPrefixes.get(words[i]!.text);
      const facts = state ? entities.get(state) : undefined;
      if (!state || !facts) continue;
      let end = i;
      while (end + 1 < words.length && end - i < 4 && words[end + 1]!.capitalised && /^[ \u00A0]$/u.test(text.slice(words[end]!.end, words[end + 1]!.start))) end++;
      if (end === i) continue;
      ships.push({ start: words[i]!.start, end: words[end]!.end, key: state, kind: facts.kind, form: 'role', rule: 'anaphor-warship', known: true, gender: '' });
      i = end;
    }
  }
  if (ships.length === 0) return work;
  const index = new SpanIndex(ships);
  const kept = work.mentions.filter((m) => !index.overlapping(m.start, m.end).some((ship) => ship.start <= m.start && m.end <= ship.end));
  return { ...work, mentions: sortCandidates([...kept, ...ships]) };
}

/**
 * "Malian Armed Forces", "the Nigerian Army", "Forces armées maliennes": a name found by its shape that is a state's
 * demonym and body words only (`state-body` rows) is a mention of that state, as the gazetteer files its armies and
 * ministries under their state. A name with any other word ("Syrian Democratic Forces") is left as found.
 */
function stateBodies(work: Work, data: StateNameData): Work {
  if (data.bodyWords.size === 0) return work;
  const entities = compileGazetteer(work.lang).entities;
  let changed = false;
  let matchAt: Map<string, GazetteerMatch> | null = null;
  const mentions = work.mentions.map((mention): Candidate => {
    if (mention.known || mention.kind !== 'organization' || mention.form !== 'shape') return mention;
    matchAt ??= new Map(work.matches.map((m) => [`${m.start}:${m.end}`, m]));
    const words = [...work.doc.text.slice(mention.start, mention.end).matchAll(/[\p{L}]+['’]?/gu)];
    let state: string | null = null;
    for (const word of words) {
      const start = mention.start + word.index;
      const end = start + word[0].length;
      const demonym = matchAt.get(`${start}:${end}`)?.readings
        .find((r) => r.form === 'demonym' && entities.get(r.key)?.kind === 'country');
      if (demonym && !state) state = demonym.key;
      else if (!data.bodyWords.has(wordKey(word[0]))) return mention;
    }
    const facts = state ? entities.get(state) : undefined;
    if (!state || !facts || words.length < 2) return mention;
    changed = true;
    return { ...mention, key: state, kind: facts.kind, known: true, form: 'role', rule: 'anaphor-state-body', gender: '' };
  });
  return changed ? { ...work, mentions } : work;
}

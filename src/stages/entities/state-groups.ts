/**
 * Groups that belong to a state and are named by one noun: "the opposition", "l'opposition" stand for the gazetteer
 * group of that kind whose state the doc names ("Venezuelan opposition"), by name or through its leader
 * (`world/offices.tsv`). Words from `entity-anaphors.tsv` (state-group and state-group-blocker rows).
 */
import type { Language } from '../../lang/load.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { wordKey } from './compile-shapes.ts';
import type { SpanIndex } from './span-index.ts';
import { sentenceWords, type Candidate, type Work } from './work.ts';

interface StateGroups {
  /** "opposition" → the gazetteer groups whose key ends with that word, each with the state its name's demonym names. */
  readonly groups: ReadonlyMap<string, readonly { readonly key: string; readonly state: string }[]>;
  /** "to", "à", "contre": after the noun, what it stands against ("l'opposition à la réforme"), no group. */
  readonly blockers: ReadonlySet<string>;
  /** "leaders", « dirigeants »: people of the group, named with it ("opposition leaders", « les dirigeants de l'opposition »). */
  readonly members: ReadonlySet<string>;
  /** "of", « de »: the complement between a member noun and the group ("leaders of the opposition"). */
  readonly complements: ReadonlySet<string>;
}

/**
 * For each state-group noun, the gazetteer groups whose key ends with its key word ("Venezuelan opposition"), each
 * with the state that a demonym in one of its names of this language names ("opposition vénézuélienne" → Venezuela).
 */
function compileStateGroups(lang: Language): StateGroups {
  return lang.memo('entities/state-groups', () => {
    const groupWords = new Map<string, string>();
    const blockers = new Set<string>();
    const members = new Set<string>();
    const complements = new Set<string>();
    for (const row of lang.table('entity-anaphors')) {
      const form = wordKey(row.form ?? '');
      if (row.takes === 'state-group' && row.key_word) groupWords.set(form, row.key_word);
      else if (row.takes === 'state-group-blocker') blockers.add(form);
      else if (row.takes === 'state-group-member') members.add(form);
      else if (row.takes === 'complement') complements.add(form);
    }
    return { groups: groupsOf(lang, groupWords), blockers, members, complements };
  });
}

function groupsOf(lang: Language, groupWords: ReadonlyMap<string, string>): Map<string, { key: string; state: string }[]> {
  const out = new Map<string, { key: string; state: string }[]>();
  if (groupWords.size === 0) return out;
  const entities = compileGazetteer(lang).entities;
  const names = lang.table('names');
  const demonyms = new Map<string, string>();
  for (const row of names) {
    if (row.form !== 'demonym' || entities.get(row.key ?? '')?.kind !== 'country') continue;
    for (const name of (row.names ?? '').split('|')) demonyms.set(wordKey(name), row.key!);
  }
  for (const [form, keyWord] of groupWords) {
    const groups: { key: string; state: string }[] = [];
    for (const row of names) {
      const key = row.key ?? '';
      if (row.form !== 'name' || entities.get(key)?.kind !== 'group' || key.split(' ').at(-1) !== keyWord) continue;
      const state = (row.names ?? '').split('|').flatMap((name) => name.split(/\s+/u)).map((word) => demonyms.get(wordKey(word))).find(Boolean);
      if (state && !groups.some((g) => g.key === key)) groups.push({ key, state });
    }
    if (groups.length > 0) out.set(form, groups);
  }
  return out;
}

/**
 * "Au Venezuela, … l'opposition conteste", "Opposition leaders demanded": a state-group noun stands for the group of
 * that kind whose state the doc names ("Venezuelan opposition"), the most named one if several. Not when a state or
 * a possessive says whose it is ("Russia's opposition", "l'opposition russe") or when it is the opposition to something.
 *
 * @example
 * resolveStateGroups(work, others, isDeterminer); // "Au Venezuela … L'opposition conteste" → Venezuelan opposition
 */
export function resolveStateGroups(work: Work, others: SpanIndex<Candidate>, isDeterminer: (key: string) => boolean): Candidate[] {
  const data = compileStateGroups(work.lang);
  if (data.groups.size === 0) return [];
  const text = work.doc.text;
  // the states the doc names, by name or through the person who leads them ("Maduro" for Venezuela)
  const counts = new Map<string, number>();
  for (const m of work.mentions) {
    const state = m.kind === 'country' ? m.key : m.kind === 'person' ? ledState(work, m.key) : null;
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const added: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 0; i < words.length; i++) {
      const groups = data.groups.get(words[i]!.key);
      if (!groups || others.overlapping(words[i]!.start, words[i]!.end).length > 0) continue;
      const before = words[i - 1];
      const next = words[i + 1];
      // "opposition leaders said": a member noun after the group noun opens it as well as a determiner
      const member = !!next && data.members.has(next.key) && /^ $/u.test(text.slice(words[i]!.end, next.start));
      const determined = before ? isDeterminer(before.key) : false;
      const opened = determined || member || (!before && words[i]!.capitalised);
      if (!opened) continue;
      if (next && (data.blockers.has(next.key) || others.overlapping(next.start, next.end).some((m) => m.kind === 'country'))) continue;
      const named = groups.filter((g) => counts.has(g.state)).sort((a, b) => counts.get(b.state)! - counts.get(a.state)!);
      const group = named[0];
      if (!group || (named[1] && counts.get(named[1].state) === counts.get(group.state))) continue;
      // « les dirigeants de l'opposition », "leaders of the opposition": the member noun and its complement belong to the mention
      const complement = words[i - 2];
      const head = words[i - 3];
      const ledBy = determined && !!complement && !!head && data.complements.has(complement.key) && data.members.has(head.key);
      const start = ledBy ? head.start : determined ? before!.start : words[i]!.start;
      const end = member ? next!.end : words[i]!.end;
      added.push({ start, end, key: group.key, kind: 'group', form: 'role', rule: 'anaphor-state-group', known: true, gender: '' });
    }
  }
  return added;
}

/**
 * The one state a person heads or headed (`world/offices.tsv`), or null.
 *
 * @example
 * ledState(work, 'Benjamin Netanyahu'); // "Israel"
 */
export function ledState(work: Work, person: string): string | null {
  const { offices, entities } = compileGazetteer(work.lang);
  const states = new Set(offices.filter((o) => o.holder === person && LEADER_OFFICES.has(o.office) && entities.get(o.of)?.kind === 'country').map((o) => o.of));
  return states.size === 1 ? [...states][0]! : null;
}

/** Offices whose holder's government, administration or regime is the state's. */
const LEADER_OFFICES: ReadonlySet<string> = new Set(['head-of-government', 'head-of-state', 'supreme-leader', 'monarch']);

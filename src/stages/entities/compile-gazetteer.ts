/**
 * Compiles `lang/world/entities.tsv` and `lang/<xx>/names.tsv` into lookup
 * structures: one character trie over every folded name (longest match in time
 * linear in the text), and the facts of each entity by key. The trie lives in
 * a few typed arrays rather than one object and one Map per node: tens of
 * thousands of nodes per language would otherwise weigh on memory and on
 * every garbage collection.
 */
import type { EntityKind } from '../../core/layers.ts';
import { escapeRegExp } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { foldForMatch } from './fold-for-match.ts';
import type { Gender, Reading } from './work.ts';

export interface EntityFacts {
  readonly key: string;
  readonly kind: EntityKind;
  readonly wikidata: string;
  readonly iso3: string;
  readonly partOf: string;
  readonly gender: Gender;
}

/** A name as written in names.tsv, with its reading. */
export interface NameEntry extends Reading {
  readonly surface: string;
  /** For "Caire" from "Le Caire": matches the text before it when it ends with a contracted article ("du ", "au "). */
  readonly after?: RegExp;
  /** A combining form ("russo", "Sino"): only a name right before a hyphen and a letter ("russo-ukrainien"). */
  readonly combining?: boolean;
}

/**
 * A character trie over folded names. Node 0 is the root; the children of
 * node `n` are `codes` / `targets` from `firstChild[n]` to `firstChild[n + 1]`,
 * sorted by code. Walk it with {@link childOf}.
 */
export interface NameTrie {
  readonly firstChild: Int32Array;
  /** UTF-16 code units of the folded text, one per edge. */
  readonly codes: Uint16Array;
  /** The node each edge leads to. */
  readonly targets: Int32Array;
  /** The names ending at each node (one shared empty list for most nodes). */
  readonly entries: readonly (readonly NameEntry[])[];
  /** The root's child by code unit, -1 for none: every word start asks the root, so it answers without a search. */
  readonly rootChild: Int32Array;
}

/** A node of the trie while it is being built. */
interface BuildNode {
  readonly next: Map<number, BuildNode>;
  readonly entries: NameEntry[];
}

export interface Office {
  readonly holder: string;
  readonly office: string;
  readonly of: string;
  readonly from: string;
  readonly to: string;
}

export interface Gazetteer {
  readonly entities: ReadonlyMap<string, EntityFacts>;
  readonly trie: NameTrie;
  /** Folded short form → keys that list it (ambiguous when more than one). */
  readonly shortKeys: ReadonlyMap<string, readonly string[]>;
  readonly offices: readonly Office[];
  /** Every folded surface of a demonym → state key (used by role nouns). */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Folded demonyms the language also writes in lower case ("russe"): written with a capital, they are nouns ("le Russe"). */
  readonly lowerDemonyms: ReadonlySet<string>;
}

const KINDS = new Set<EntityKind>(['country', 'organization', 'person', 'place', 'group']);
const FORMS = new Set<Reading['form']>(['name', 'short', 'capital', 'seat', 'demonym']);

/**
 * The compiled gazetteer of a language, built once per language.
 *
 * @example
 * compileGazetteer(loadLanguage('fr')).entities.get('Russia')?.iso3; // "RUS"
 */
export function compileGazetteer(lang: Language): Gazetteer {
  return lang.memo('entities/gazetteer', () => build(lang));
}

function build(lang: Language): Gazetteer {
  const entities = new Map<string, EntityFacts>();
  for (const row of lang.world('entities')) {
    const kind = row.kind as EntityKind;
    if (!row.key || !KINDS.has(kind)) continue;
    const gender: Gender = row.gender === 'm' || row.gender === 'f' ? row.gender : '';
    entities.set(row.key, { key: row.key, kind, wikidata: row.wikidata ?? '', iso3: row.iso3 ?? '', partOf: row.part_of ?? '', gender });
  }
  const trie: BuildNode = { next: new Map(), entries: [] };
  const shortKeys = new Map<string, string[]>();
  const demonyms = new Map<string, string>();
  const lowerDemonyms = new Set<string>();
  const seenPrimary = new Set<string>();
  const contractions = lang.table('entity-articles').map((row) => [row.article ?? '', (row.contracted ?? '').split('|').filter(Boolean)] as const)
    .filter(([article, after]) => article && after.length > 0)
    .map(([article, after]) => [article, new RegExp(`(?<![\\p{L}])(?:${after.map(escapeRegExp).join('|')})[ \\u00A0]$`, 'u')] as const);
  for (const row of lang.table('names')) {
    const form = row.form as Reading['form'];
    if (!row.key || !entities.has(row.key) || !FORMS.has(form)) continue;
    for (const surface of (row.names ?? '').split('|').map((name) => name.trim()).filter(Boolean)) {
      const primary = form === 'name' && !seenPrimary.has(row.key);
      if (primary) seenPrimary.add(row.key);
      const folded = foldForMatch(surface);
      insert(trie, folded, { key: row.key, form, primary, surface });
      // "Le Caire" is also "Caire" after "au" / "du"
      for (const [article, after] of contractions) {
        if (!surface.startsWith(`${article} `)) continue;
        const rest = surface.slice(article.length + 1);
        insert(trie, foldForMatch(rest), { key: row.key, form, primary, surface: rest, after });
      }
      if (form === 'short') shortKeys.set(folded, [...new Set([...(shortKeys.get(folded) ?? []), row.key])]);
      if (form === 'demonym' && !demonyms.has(folded)) demonyms.set(folded, row.key);
      if (form === 'demonym' && surface.charAt(0) !== surface.charAt(0).toUpperCase()) lowerDemonyms.add(folded);
    }
  }
  for (const row of lang.table('entity-combining')) {
    if (!row.form || !row.key || !entities.has(row.key)) continue;
    insert(trie, foldForMatch(row.form), { key: row.key, form: 'demonym', primary: false, surface: row.form, combining: true });
  }
  const offices = lang.world('offices').map((row) => ({
    holder: row.holder ?? '', office: row.office ?? '', of: row.of ?? '', from: row.from ?? '', to: row.to ?? '',
  })).filter((office) => entities.has(office.holder));
  return { entities, trie: flatten(trie), shortKeys, offices, demonyms, lowerDemonyms };
}

function insert(trie: BuildNode, folded: string, entry: NameEntry): void {
  let node = trie;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), entries: [] };
      node.next.set(code, child);
    }
    node = child;
  }
  if (!node.entries.some((known) => known.key === entry.key && known.form === entry.form && known.surface === entry.surface)) {
    node.entries.push(entry);
  }
}

const NO_ENTRIES: readonly NameEntry[] = Object.freeze([]);

/** Lays the built trie out breadth first, so each node's children sit side by side in the arrays. */
function flatten(root: BuildNode): NameTrie {
  const order: BuildNode[] = [root];
  const firstChild: number[] = [];
  const codes: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const { next } = order[i]!;
    firstChild.push(codes.length);
    // a child's number is its place in the breadth-first order, known as it is queued
    const sorted = next.size > 1 ? [...next.keys()].sort((a, b) => a - b) : next.keys();
    for (const code of sorted) {
      codes.push(code);
      targets.push(order.length);
      order.push(next.get(code)!);
    }
  }
  firstChild.push(codes.length);
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let edge = firstChild[0]!; edge < firstChild[1]!; edge++) rootChild[codes[edge]!] = targets[edge]!;
  return {
    rootChild,
    firstChild: Int32Array.from(firstChild),
    codes: Uint16Array.from(codes),
    targets: Int32Array.from(targets),
    entries: order.map((node) => (node.entries.length > 0 ? node.entries : NO_ENTRIES)),
  };
}

/**
 * The child of `node` along the code unit `code`, or -1.
 *
 * @example
 * childOf(trie, 0, 'c'.charCodeAt(0)); // the node of "c", the start of "chine", "coree du nord"…
 */
export function childOf(trie: NameTrie, node: number, code: number): number {
  if (node === 0) return code >= 0 && code < 0x10000 ? trie.rootChild[code]! : -1;
  const { codes } = trie;
  let low = trie.firstChild[node]!;
  let high = trie.firstChild[node + 1]!;
  // most nodes have one child or a few: scan them; the root and wide nodes are searched by halves
  if (high - low <= 8) {
    for (; low < high; low++) if (codes[low] === code) return trie.targets[low]!;
    return -1;
  }
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = codes[mid]!;
    if (at === code) return trie.targets[mid]!;
    if (at < code) low = mid + 1;
    else high = mid;
  }
  return -1;
}

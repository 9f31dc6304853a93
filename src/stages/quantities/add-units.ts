/**
 * Names what each number counts: the unit right after it ("73 %", "141 km"),
 * after a link word ("425 millions de dollars", "hundreds of people"), a few
 * words on ("73 nouveaux pétroliers", "13 Shahed drones"), or a currency sign
 * before it ("$1.5 billion").
 */
import { phrasePattern } from '../../core/words.ts';
import type { Candidate, Context } from './candidate.ts';
import { keyOf, type Grammar, type UnitInfo } from './compile-grammar.ts';
import { singularize } from './singularize.ts';

/** How many words may stand between a number and its noun ("three million 152mm artillery shells"). */
const WINDOW = 4;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\-²]*/uy;
const GAP = /[ ]*/y;
// "more than 90,000 (mortar) rounds": brackets may stand between a number and its noun
const WINDOW_GAP = /[ ()]*/y;

/**
 * Gives each candidate its unit and stretches its span over it.
 *
 * @example
 * addUnits(candidates, context); // "425 millions de dollars" → unit dollar, span to "dollars"
 */
export function addUnits(candidates: readonly Candidate[], context: Context): Candidate[] {
  return candidates.map((candidate) => (candidate.drop ? candidate : withUnit(candidate, context)));
}

function withUnit(candidate: Candidate, context: Context): Candidate {
  const { folded, grammar, sentence } = context;
  const before = folded.slice(Math.max(sentence.start, candidate.start - 4), candidate.start).match(grammar.unitBefore);
  if (before && before.index !== undefined) {
    const info = grammar.units.get(keyOf(before[0]));
    if (info) {
      const start = candidate.start - before[0].length;
      return { ...candidate, start, unit: info.lemma, unitKind: info.kind, rule: `${candidate.rule}.symbol` };
    }
  }
  // "a 43-kilometre route"
  const glued = measureAfterHyphen(context, candidate.end);
  if (glued !== null) {
    const found = unitAt(context, candidate.end + 1);
    if (found) return take(candidate, found.info, glued, 'compound-unit');
  }
  const direct = unitAt(context, skipGap(folded, candidate.end));
  if (direct && direct.info.kind !== 'anaphor') return take(candidate, direct.info, direct.end, 'unit');
  const link = linkAt(context, candidate.end);
  if (link !== null && (candidate.scale > 1 || candidate.spelled)) {
    const linked = unitAt(context, link) ?? guessPlural(context, link);
    if (linked && !['duration', 'time', 'anaphor'].includes(linked.info.kind)) return take(candidate, linked.info, linked.end, 'linked-unit');
  }
  let position = candidate.end;
  let anaphor: { info: UnitInfo; end: number } | null = null;
  let previous = '';
  for (let step = 0; step < WINDOW; step += 1) {
    WINDOW_GAP.lastIndex = position;
    WINDOW_GAP.exec(folded);
    WORD.lastIndex = WINDOW_GAP.lastIndex;
    const word = WORD.exec(folded);
    if (!word || WORD.lastIndex > sentence.end) break;
    // another number ends the search, unless it belongs to a name ("200 Leopard 2 tanks")
    if (/^\p{N}+$/u.test(word[0]) && !/^\p{Lu}/u.test(previous)) break;
    previous = word[0];
    position = WORD.lastIndex;
    // "over 200 Chinese and Iranian firms": coordinated adjectives (not "killed 12 and wounded 40")
    if (step > 0 && grammar.roles.get('and')?.has(keyOf(word[0]))) continue;
    // "un policier a été tué et deux autres blessés": after "autres" a participle is the verb, the noun is elided
    // only where a participle before it shows the pattern ("deux autres blessés sont morts" counts the injured)
    if (anaphor && isParticiple(grammar, word[0]) && participleBefore(context, candidate.start)) break;
    const found = unitAt(context, word.index) ?? guessPlural(context, word.index, step === 0);
    if (found && found.info.kind === 'anaphor') anaphor ??= found;
    else if (found && found.info.kind !== 'duration' && found.info.kind !== 'time') return take(candidate, found.info, found.end, 'noun');
    // the noun of "autres" comes right after it ("huit autres candidats"), not in the next clause ("two others and fired missiles")
    else if (anaphor && anaphor.end < word.index) break;
    // "US" is a name, "us" a stop word
    if (word[0] === word[0].toLowerCase() && isFunctionWord(grammar, word[0])) break;
  }
  if (anaphor) return take(candidate, anaphor.info, anaphor.end, 'anaphor');
  return candidate;
}

/** The kinds of unit a hyphenated compound may measure: "a 10-mile corridor", "a 5-tonne load", "a 25-percent stake". */
const MEASURES: ReadonlySet<string> = new Set(['length', 'area', 'volume', 'weight', 'percent', 'money']);

/**
 * The end of a measure unit glued to the number by a hyphen ("43-kilometre"), or null.
 *
 * @example
 * measureAfterHyphen(context, 2); // in "43-kilometre route" → 12
 */
export function measureAfterHyphen(context: Context, end: number): number | null {
  if (!/^[-\u2010\u2011]$/u.test(context.folded.charAt(end))) return null;
  const found = unitAt(context, end + 1);
  return found && MEASURES.has(found.info.kind) ? found.end : null;
}

function take(candidate: Candidate, info: UnitInfo, end: number, how: string): Candidate {
  return { ...candidate, end, unit: info.kind === 'anaphor' ? null : info.lemma, unitKind: info.kind, rule: `${candidate.rule}.${how}` };
}

function skipGap(text: string, position: number): number {
  GAP.lastIndex = position;
  GAP.exec(text);
  return GAP.lastIndex;
}

/**
 * A unit of units.tsv starting exactly at `position`.
 *
 * @example
 * unitAt(context, 10); // at "soldats" → { info: { lemma: 'soldier', kind: 'count', … }, end: 17 }
 */
export function unitAt(context: Context, position: number): { info: UnitInfo; end: number } | null {
  const { folded, grammar, sentence } = context;
  const length = grammar.unitAt(folded, position);
  if (length === 0 || position + length > sentence.end) return null;
  const info = grammar.units.get(keyOf(folded.slice(position, position + length)));
  if (!info || !info.after) return null;
  return { info, end: position + length };
}

/**
 * English: a regular plural not in units.tsv ("drones" → drone); right after
 * the number a capitalised one too ("2.3 million Palestinians" → palestinian).
 *
 * @example
 * guessPlural(context, 3); // at "drones" → { info: { lemma: 'drone', … }, end: 9 }
 */
export function guessPlural(context: Context, position: number, capitalised = false): { info: UnitInfo; end: number } | null {
  const { folded, grammar, sentence } = context;
  if (grammar.plurals.length === 0) return null;
  WORD.lastIndex = position;
  const word = WORD.exec(folded);
  const shape = capitalised ? /^\p{L}[\p{Ll}-]*$/u : /^\p{Ll}[\p{Ll}-]*$/u;
  if (!word || WORD.lastIndex > sentence.end || !shape.test(word[0])) return null;
  if (isFunctionWord(grammar, word[0])) return null;
  const lemma = singularize(word[0].toLowerCase(), grammar.plurals);
  if (!lemma) return null;
  return { info: { lemma, kind: 'count', before: false, after: true }, end: WORD.lastIndex };
}

function isParticiple(grammar: Grammar, word: string): boolean {
  return grammar.roles.get('participle')?.has(keyOf(word)) ?? false;
}

/** True when a participle of quantity-links.tsv stands earlier in the sentence ("a été tué et …"). */
function participleBefore(context: Context, position: number): boolean {
  const { folded, grammar, sentence } = context;
  const words = folded.slice(sentence.start, position).match(/\p{L}+/gu) ?? [];
  return words.some((word) => isParticiple(grammar, word));
}

function isFunctionWord(grammar: Grammar, word: string): boolean {
  return (grammar.roles.get('stop')?.has(keyOf(word)) ?? false) || grammar.words.has(keyOf(word));
}

const linkPatterns = new WeakMap<Grammar, RegExp>();

/** The position after a link word ("de", "d'", "of") that follows `position`, or null. */
function linkAt(context: Context, position: number): number | null {
  const { folded, grammar } = context;
  let pattern = linkPatterns.get(grammar);
  if (!pattern) {
    // "de dollars", "d'euros", "of people"
    const links = [...(grammar.roles.get('link') ?? [])].map((link) => `${phrasePattern(link)}${link.endsWith("'") ? '' : '[ ]+'}`);
    pattern = new RegExp(`[ ]*(?:${links.join('|') || '(?!)'})`, 'iuy');
    linkPatterns.set(grammar, pattern);
  }
  pattern.lastIndex = position;
  return pattern.exec(folded) ? pattern.lastIndex : null;
}

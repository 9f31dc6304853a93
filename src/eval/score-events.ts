/**
 * Events: same actor, type and target (CONSULT, AGREE and COOPERATE either
 * way round), one-to-one; among several candidates, one with the same
 * certainty wins, then one with the same source. Certainty (exact and coarse) and source are judged on
 * matches. Pairs: same actor and target, any type.
 */
import { escapeRegExp, foldTypography } from '../core/words.ts';
import { normalizeName, sameActor } from './key-index.ts';
import { matchOneToOne, unmatched } from './match-one-to-one.ts';
import type { Accuracy, Counts } from './counts.ts';
import type { GoldEvent } from './gold.ts';
import type { ScoreContext, SystemAnswer } from './system-answer.ts';

type SystemEvent = SystemAnswer['events'][number];

export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

const COARSE: Readonly<Record<string, string>> = {
  asserted: 'fact', reported: 'fact',
  alleged: 'uncertain', suspected: 'uncertain', planned: 'uncertain', possible: 'uncertain',
  denied: 'negated',
};

/**
 * The coarse class of a certainty: fact, uncertain or negated.
 *
 * @example
 * coarseCertainty('alleged'); // "uncertain"
 */
export function coarseCertainty(value: string): string {
  return COARSE[value] ?? value;
}

export interface EventScores {
  readonly events: Counts;
  readonly pairs: Counts;
  readonly certainty: Accuracy;
  readonly certaintyCoarse: Accuracy;
  readonly source: Accuracy;
}

/**
 * Scores the events of one document.
 *
 * @example
 * scoreEvents(context).certaintyCoarse; // { right: 1, total: 1 }
 */
export function scoreEvents(context: ScoreContext): EventScores {
  const gold = context.gold.events ?? [];
  const system = context.system.events;
  const role = (id: string | null, key: string | null) =>
    key === null ? id === null : id !== null && sameActor(context.index, context.keysOf(id), key);
  const sameEnds = (g: GoldEvent, s: SystemEvent, swap: boolean) =>
    swap ? role(s.target, g.actor) && role(s.actor, g.target) : role(s.actor, g.actor) && role(s.target, g.target);
  const ends = (g: GoldEvent, s: SystemEvent) => sameEnds(g, s, false) || (SYMMETRIC_TYPES.has(g.type) && sameEnds(g, s, true));

  const pairs = matchOneToOne(gold, system, (g, s) => {
    if (g.type !== s.type || !ends(g, s)) return null;
    return (g.certainty === s.certainty ? 2 : 0) + (sourceMatches(context, g, s) ? 1 : 0);
  });
  const certainty: Accuracy = { right: 0, total: 0 };
  const certaintyCoarse: Accuracy = { right: 0, total: 0 };
  const source: Accuracy = { right: 0, total: 0 };
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const s = system[pair.system];
    if (!g || !s) continue;
    certainty.total += 1;
    certaintyCoarse.total += 1;
    source.total += 1;
    if (g.certainty === s.certainty) certainty.right += 1;
    else context.errors.push({ layer: 'events', kind: 'wrong-certainty', text: `${describeGold(g)} — system ${s.certainty}` });
    if (coarseCertainty(g.certainty) === coarseCertainty(s.certainty)) certaintyCoarse.right += 1;
    if (sourceMatches(context, g, s)) source.right += 1;
    else context.errors.push({ layer: 'events', kind: 'wrong-source', text: `${describeGold(g)} — system source ${describeSource(s)}` });
  }
  const misses = unmatched(gold.length, pairs, 'gold');
  const extras = unmatched(system.length, pairs, 'system');
  for (const index of misses) context.errors.push({ layer: 'events', kind: 'miss', text: describeGold(gold[index]) });
  for (const index of extras) context.errors.push({ layer: 'events', kind: 'false-positive', text: describeSystem(context, system[index]) });

  const pairMatches = matchOneToOne(gold, system, (g, s) => (sameEnds(g, s, false) || (SYMMETRIC_TYPES.has(g.type) && SYMMETRIC_TYPES.has(s.type) && sameEnds(g, s, true)) ? 1 : null));
  return {
    events: { tp: pairs.length, fp: extras.length, fn: misses.length },
    pairs: { tp: pairMatches.length, fp: system.length - pairMatches.length, fn: gold.length - pairMatches.length },
    certainty,
    certaintyCoarse,
    source,
  };

  function describeGold(g: GoldEvent | undefined): string {
    if (!g) return '';
    return `${g.actor ?? '∅'} ${g.type} ${g.target ?? '∅'} (${g.certainty}, source ${g.source ?? 'null'})${g.evidence ? `: ${g.evidence}` : ''}`;
  }
  function describeSource(s: SystemEvent): string {
    if (!s.source || (s.source.entity === null && s.source.text === null)) return 'null';
    return s.source.entity !== null ? (context.keysOf(s.source.entity)[0] ?? s.source.entity) : `"${s.source.text}"`;
  }
}

function describeSystem(context: ScoreContext, s: SystemEvent | undefined): string {
  if (!s) return '';
  const name = (id: string | null) => (id === null ? '∅' : (context.keysOf(id)[0] ?? id));
  const evidence = s.evidence ? context.textOf(s.evidence) : '';
  return `${name(s.actor)} ${s.type} ${name(s.target)} (${s.certainty})${evidence ? `: ${evidence}` : ''}`;
}

/**
 * The gold README's source rule: an entity source matches its key (or its
 * state, or a body of it); a stated text matches when it contains the gold
 * source or an alias; a source the gold only describes (no entity of the
 * document) matches any stated source that is not another entity of the
 * document; a null gold source matches only a null system source.
 *
 * @example
 * sourceMatches(context, { …, source: null }, { …, source: null }); // true
 */
export function sourceMatches(context: ScoreContext, g: GoldEvent, s: SystemEvent): boolean {
  const stated = s.source && (s.source.entity !== null || (s.source.text !== null && s.source.text.trim() !== '')) ? s.source : null;
  if (g.source === null) return stated === null;
  if (stated === null) return false;
  const goldSource = g.source;
  if (stated.entity !== null && sameActor(context.index, context.keysOf(stated.entity), goldSource)) return true;
  if (stated.text !== null) {
    const text = fold(stated.text);
    const names = context.index.resolve(goldSource).flatMap((key) => context.index.namesOf(key));
    if ([goldSource, ...names].some((name) => containsWords(text, fold(name)))) return true;
  }
  const documentKeys = new Set((context.gold.entities ?? []).map((entity) => normalizeName(entity.key)));
  const goldIsEntity = context.index.resolve(goldSource).some((key) => documentKeys.has(normalizeName(key)));
  if (goldIsEntity) return false;
  // "sources close to the talks": a stated source naming none of the entities the document has.
  if (stated.entity === null) return true;
  return !context.keysOf(stated.entity).some((key) => documentKeys.has(normalizeName(key)));
}

/** Whole-word containment, so the alias "US" is not found in "Russian officials". */
function containsWords(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function fold(text: string): string {
  return normalizeName(foldTypography(text));
}

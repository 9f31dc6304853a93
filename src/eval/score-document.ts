/**
 * Scores one system answer against one gold document, layer by layer, and
 * adds documents up (micro-averaging). A gold layer that is absent is not
 * scored for that document; an empty list is.
 */
import { addAccuracy, addCounts, prf, ratio, zeroAccuracy, zeroCounts, type Accuracy, type Counts, type Prf } from './counts.ts';
import type { GoldDoc } from './gold.ts';
import type { KeyIndex } from './key-index.ts';
import { scoreEntities, scoreMentions } from './score-entities.ts';
import { scoreEvents } from './score-events.ts';
import { scoreDates, scoreQuantities } from './score-amounts.ts';
import { scoreQuotes } from './score-quotes.ts';
import type { AnswerSpan, ScoreContext, ScoreError, SystemAnswer } from './system-answer.ts';

export const LAYERS = ['entities', 'quotes', 'events', 'eventPairs', 'quantities', 'dates'] as const;
export type ScoredLayer = (typeof LAYERS)[number];

export const ACCURACIES = ['mentionRecall', 'speaker', 'certainty', 'certaintyCoarse', 'source'] as const;
export type ScoredAccuracy = (typeof ACCURACIES)[number];

/** The raw counts of one document, or of many added up. */
export interface Tally {
  readonly layers: Record<ScoredLayer, Counts>;
  readonly accuracies: Record<ScoredAccuracy, Accuracy>;
}

export interface DocumentScore {
  readonly id: string;
  readonly tally: Tally;
  readonly errors: readonly ScoreError[];
}

/** The figures of a tally: P/R/F1 per layer and accuracies (null when nothing was judged). */
export interface Figures {
  readonly layers: Record<ScoredLayer, Prf>;
  readonly accuracies: Record<ScoredAccuracy, number | null>;
  readonly judged: Record<ScoredAccuracy, number>;
}

/** A tally with every count at zero. @example sumTallies([]) deep-equals emptyTally() */
export function emptyTally(): Tally {
  return {
    layers: { entities: zeroCounts(), quotes: zeroCounts(), events: zeroCounts(), eventPairs: zeroCounts(), quantities: zeroCounts(), dates: zeroCounts() },
    accuracies: { mentionRecall: zeroAccuracy(), speaker: zeroAccuracy(), certainty: zeroAccuracy(), certaintyCoarse: zeroAccuracy(), source: zeroAccuracy() },
  };
}

/**
 * Scores one document.
 *
 * @example
 * scoreDocument(gold, toContract(analyze(gold)), buildKeyIndex(keys)).tally.layers.events.tp;
 */
export function scoreDocument(gold: GoldDoc, system: SystemAnswer, index: KeyIndex): DocumentScore {
  const byId = new Map(system.entities.map((entity) => [entity.id, entity]));
  const keyCache = new Map<string, readonly string[]>();
  const keysOf = (id: string | null | undefined): readonly string[] => {
    if (id == null) return [];
    const known = keyCache.get(id);
    if (known) return known;
    const entity = byId.get(id);
    const names = entity ? [entity.name, entity.ids?.wikidata, entity.ids?.iso3].filter((name): name is string => !!name) : [id];
    const keys = [...new Set(names.flatMap((name) => index.resolve(name)))];
    keyCache.set(id, keys);
    return keys;
  };
  const textOf = (span: AnswerSpan | undefined) => (span ? (span.text ?? gold.text.slice(span.start, span.end)) : '');
  const context: ScoreContext = { gold, system, index, keysOf, textOf, errors: [] };
  const tally = emptyTally();
  if (gold.entities) {
    addCounts(tally.layers.entities, scoreEntities(context));
    addAccuracy(tally.accuracies.mentionRecall, scoreMentions(context));
  }
  if (gold.quotes) {
    const quotes = scoreQuotes(context);
    addCounts(tally.layers.quotes, quotes.counts);
    addAccuracy(tally.accuracies.speaker, quotes.speaker);
  }
  if (gold.events) {
    const events = scoreEvents(context);
    addCounts(tally.layers.events, events.events);
    addCounts(tally.layers.eventPairs, events.pairs);
    addAccuracy(tally.accuracies.certainty, events.certainty);
    addAccuracy(tally.accuracies.certaintyCoarse, events.certaintyCoarse);
    addAccuracy(tally.accuracies.source, events.source);
  }
  if (gold.quantities) addCounts(tally.layers.quantities, scoreQuantities(context));
  if (gold.dates) addCounts(tally.layers.dates, scoreDates(context));
  return { id: gold.id, tally, errors: context.errors };
}

/**
 * Adds the tallies of many documents (micro-averaging).
 *
 * @example
 * figures(sumTallies(scores.map((score) => score.tally)));
 */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    for (const layer of LAYERS) addCounts(total.layers[layer], tally.layers[layer]);
    for (const name of ACCURACIES) addAccuracy(total.accuracies[name], tally.accuracies[name]);
  }
  return total;
}

/**
 * The figures of a tally.
 *
 * @example
 * figures(tally).layers.events.f1; // 0.42
 */
export function figures(tally: Tally): Figures {
  const layers = Object.fromEntries(LAYERS.map((layer) => [layer, prf(tally.layers[layer])])) as Record<ScoredLayer, Prf>;
  const accuracies = Object.fromEntries(ACCURACIES.map((name) => [name, ratio(tally.accuracies[name])])) as Record<ScoredAccuracy, number | null>;
  const judged = Object.fromEntries(ACCURACIES.map((name) => [name, tally.accuracies[name].total])) as Record<ScoredAccuracy, number>;
  return { layers, accuracies, judged };
}

/**
 * Entities at document level (each key counts once; no `part_of` here) and
 * mention recall (a gold mention string inside a system mention of the key).
 */
import { foldTypography } from '../core/words.ts';
import { normalizeName } from './key-index.ts';
import type { Accuracy, Counts } from './counts.ts';
import type { ScoreContext } from './system-answer.ts';

/**
 * Scores the entity list of one document.
 *
 * @example
 * scoreEntities(context).tp; // gold keys some system entity names
 */
export function scoreEntities(context: ScoreContext): Counts {
  const goldKeys = new Map((context.gold.entities ?? []).map((entity) => [normalizeName(entity.key), entity.key]));
  const answered = new Map<string, string>();
  for (const entity of context.system.entities) {
    const keys = context.keysOf(entity.id);
    const inGold = keys.find((key) => goldKeys.has(normalizeName(key)));
    const key = inGold ?? keys[0] ?? entity.name;
    answered.set(normalizeName(key), entity.name);
  }
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [norm, key] of goldKeys) {
    if (answered.has(norm)) counts.tp += 1;
    else {
      counts.fn += 1;
      context.errors.push({ layer: 'entities', kind: 'miss', text: key });
    }
  }
  for (const [norm, name] of answered) {
    if (goldKeys.has(norm)) continue;
    counts.fp += 1;
    context.errors.push({ layer: 'entities', kind: 'false-positive', text: name });
  }
  return counts;
}

/**
 * Mention recall: each distinct gold mention string of each gold entity.
 *
 * @example
 * scoreMentions(context); // { right: 2, total: 3 }
 */
export function scoreMentions(context: ScoreContext): Accuracy {
  const result: Accuracy = { right: 0, total: 0 };
  const fold = (text: string) => foldTypography(text).toLowerCase();
  for (const goldEntity of context.gold.entities ?? []) {
    const goldKey = normalizeName(goldEntity.key);
    const spans = context.system.entities
      .filter((entity) => context.keysOf(entity.id).some((key) => normalizeName(key) === goldKey))
      .flatMap((entity) => entity.mentions ?? [])
      .map((mention) => fold(context.textOf(mention)));
    for (const mention of new Set(goldEntity.mentions ?? [])) {
      result.total += 1;
      if (spans.some((span) => span.includes(fold(mention)))) result.right += 1;
      else context.errors.push({ layer: 'mentions', kind: 'miss', text: `${mention} (${goldEntity.key})` });
    }
  }
  return result;
}

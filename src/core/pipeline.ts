import { Doc } from './doc.ts';
import type { LayerMap, LayerName } from './layers.ts';
import type { Stage, StageOutput } from './stage.ts';
import type { Language } from '../lang/load.ts';

/** A checked sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, lang: Language): Doc;
}

/**
 * Builds a pipeline, checking that every stage's needs are added by an earlier
 * stage and that no layer is added twice.
 *
 * @example
 * buildPipeline([segment, entities]).run(new Doc({ text, lang: 'fr' }), french);
 */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!available.has(need)) {
        throw new Error(`veille: stage "${stage.name}" needs layer "${need}", which no earlier stage adds; put its producer before it`);
      }
    }
    for (const added of stage.adds) {
      const owner = available.get(added);
      if (owner) throw new Error(`veille: layer "${added}" is added by both "${owner}" and "${stage.name}"`);
      available.set(added, stage.name);
    }
  }
  return {
    stages,
    run(doc, lang) {
      for (const stage of stages) applyStage(doc, stage, stage.run(doc, lang));
      return doc;
    },
  };
}

function applyStage(doc: Doc, stage: Stage, output: StageOutput): void {
  for (const name of stage.adds) {
    const items = output.layers[name];
    if (!items) throw new Error(`veille: stage "${stage.name}" declares layer "${name}" but did not return it`);
    doc.add(name, stampRules(items, stage.name) as LayerMap[typeof name][]);
  }
  for (const name of Object.keys(output.layers)) {
    if (!stage.adds.includes(name as LayerName)) {
      throw new Error(`veille: stage "${stage.name}" returned layer "${name}" without declaring it in adds`);
    }
  }
  for (const message of output.messages ?? []) {
    const { rule, ...rest } = message;
    doc.report({ ...rest, rule: `${stage.name}/${rule}` });
  }
}

/**
 * Replaces every `rule` field, at any depth, by `by: '<stage>/<rule>'`.
 * Hot path (one call per token): plain loops, no intermediate arrays.
 */
function stampRules(value: unknown, stage: string): unknown {
  if (Array.isArray(value)) {
    const stamped = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) stamped[i] = stampRules(value[i], stage);
    return stamped;
  }
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const stamped: Record<string, unknown> = {};
  for (const key in source) {
    const inner = source[key];
    if (key === 'rule') stamped.by = `${stage}/${String(inner)}`;
    else stamped[key] = inner !== null && typeof inner === 'object' ? stampRules(inner, stage) : inner;
  }
  return stamped;
}

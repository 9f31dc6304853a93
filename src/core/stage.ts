import type { Doc } from './doc.ts';
import type { LayerMap, LayerName } from './layers.ts';
import type { Message } from './message.ts';
import type { Language } from '../lang/load.ts';

/**
 * An annotation as a stage writes it: instead of `by`, it names its `rule`,
 * and the runner stamps `by: '<stage>/<rule>'` (nested objects included).
 */
export type Draft<T> = T extends readonly (infer U)[]
  ? readonly Draft<U>[]
  : T extends object
    ? { readonly [K in keyof T as K extends 'by' ? never : K]: Draft<T[K]> } & ('by' extends keyof T ? { readonly rule: string } : unknown)
    : T;

export type StageLayers = { readonly [L in LayerName]?: readonly Draft<LayerMap[L]>[] };

export interface StageOutput {
  readonly layers: StageLayers;
  /** Content problems; each `rule` is local to the stage and gets prefixed with its name. */
  readonly messages?: readonly Message[];
}

/**
 * A pure step of analysis: reads the layers it `needs`, returns the layers it `adds`.
 *
 * @example
 * const shout: Stage = { name: 'shout', needs: ['tokens'], adds: [], run: () => ({ layers: {} }) };
 */
export interface Stage {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly adds: readonly LayerName[];
  run(doc: Doc, lang: Language): StageOutput;
}

import type { LayerMap, LayerName } from './layers.ts';
import type { Message } from './message.ts';

/** What is known of a text before analysis. */
export interface DocInit {
  readonly text: string;
  /** Language code of the text (`fr`, `en`), or `und` when unknown. */
  readonly lang: string;
  /** Publication date `YYYY-MM-DD`, or null when the text does not say. */
  readonly published?: string | null;
  readonly id?: string;
}

/**
 * One immutable text with append-only standoff layers over it.
 *
 * @example
 * const doc = new Doc({ text: 'Moscou dément.', lang: 'fr' });
 * doc.has('tokens'); // false until the segment stage ran
 */
export class Doc {
  readonly text: string;
  readonly lang: string;
  readonly published: string | null;
  readonly id: string | undefined;
  readonly #layers = new Map<LayerName, readonly unknown[]>();
  readonly #messages: Message[] = [];

  constructor(init: DocInit) {
    this.text = init.text;
    this.lang = init.lang;
    this.published = init.published ?? null;
    this.id = init.id;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  /** The items of a layer; asking for a layer no stage added is a programmer error. */
  get<L extends LayerName>(name: L): readonly LayerMap[L][] {
    const layer = this.#layers.get(name);
    if (!layer) throw new Error(`veille: layer "${name}" was not added; put the stage that adds it earlier in the pipeline`);
    return layer as readonly LayerMap[L][];
  }

  /** Adds a whole layer once; layers are never replaced. */
  add<L extends LayerName>(name: L, items: readonly LayerMap[L][]): void {
    if (this.#layers.has(name)) throw new Error(`veille: layer "${name}" was added twice; two stages claim it`);
    this.#layers.set(name, Object.freeze([...items]));
  }

  layerNames(): LayerName[] {
    return [...this.#layers.keys()];
  }

  get messages(): readonly Message[] {
    return this.#messages;
  }

  report(message: Message): void {
    this.#messages.push(message);
  }
}

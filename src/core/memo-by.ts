/**
 * Values computed once per owner object and string key, forgotten with the
 * owner: the cues of a sentence per analysed document, the reading of a run
 * of number words per grammar. `limit` bounds what one long-lived owner keeps
 * (a grammar lives as long as the process): past it, its memory starts afresh.
 */
export class MemoBy<Owner extends object, Value> {
  readonly #byOwner = new WeakMap<Owner, Map<string, Value>>();

  constructor(private readonly limit = Infinity) {}

  /**
   * The value of `key` for `owner`, computed by `compute` the first time.
   *
   * @example
   * const cues = new MemoBy<EventContext, Cue[]>();
   * cues.get(context, `${sentence.start}:${sentence.end}`, () => readSentenceCues(sentence));
   */
  get(owner: Owner, key: string, compute: () => Value): Value {
    let known = this.#byOwner.get(owner);
    if (!known) {
      known = new Map();
      this.#byOwner.set(owner, known);
    }
    if (known.has(key)) return known.get(key) as Value;
    const value = compute();
    if (known.size >= this.limit) known.clear();
    known.set(key, value);
    return value;
  }
}

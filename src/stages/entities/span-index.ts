/**
 * A sorted index over spans for the overlap and neighbour questions the
 * passes ask, in logarithmic time, so a stage stays linear on long texts.
 */
import type { Span } from '../../core/span.ts';

export class SpanIndex<T extends Span> {
  readonly items: readonly T[];
  readonly #maxLength: number;

  /**
   * @example
   * new SpanIndex([{ start: 0, end: 6 }]).overlapping(2, 3).length; // 1
   */
  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
    this.#maxLength = this.items.reduce((max, item) => Math.max(max, item.end - item.start), 0);
  }

  /** Index of the first item whose start is >= `offset`. */
  lowerBound(offset: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.items[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Items sharing at least one code unit with `[start, end)`. */
  overlapping(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.lowerBound(start - this.#maxLength); i < this.items.length && this.items[i]!.start < end; i++) {
      const item = this.items[i]!;
      if (item.end > start && item.start < end) found.push(item);
    }
    return found;
  }

  /** Items lying inside `[start, end)`. */
  inside(start: number, end: number): T[] {
    const found: T[] = [];
    for (let i = this.lowerBound(start); i < this.items.length && this.items[i]!.start < end; i++) {
      if (this.items[i]!.end <= end) found.push(this.items[i]!);
    }
    return found;
  }

  /** The first item starting at or after `offset`. */
  firstFrom(offset: number): T | undefined {
    return this.items[this.lowerBound(offset)];
  }

  /** The item ending at or before `offset` with the latest end (among nearby ones). */
  lastBefore(offset: number): T | undefined {
    let best: T | undefined;
    for (let i = this.lowerBound(offset) - 1; i >= 0 && this.items[i]!.start >= offset - 2 * this.#maxLength - 1; i--) {
      const item = this.items[i]!;
      if (item.end <= offset && (!best || item.end > best.end)) best = item;
    }
    return best;
  }
}

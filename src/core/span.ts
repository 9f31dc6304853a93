/**
 * A half-open `[start, end)` range in UTF-16 code units of a doc's text.
 *
 * @example
 * const span: Span = { start: 0, end: 6 }; // "Russie" in "Russie et Chine"
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Anything a stage produced: it says which rule made it (`'<stage>/<rule>'`). */
export interface Annotation extends Span {
  readonly by: string;
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Orders spans by start, then longer first, the order every layer is kept in. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

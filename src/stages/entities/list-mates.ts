/**
 * Names listed with a person are people too: in "Marc Roy, Ilse Verbeek et
 * Tomas Kral", one name known as a person (by the gazetteer or by its shape)
 * makes the unknown names joined to it by commas and "et"/"and" people.
 */
import type { Shapes } from './compile-shapes.ts';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The unknown names (`open`, sorted) that a chain of commas and conjunctions joins to a person (`persons`).
 *
 * @example
 * listMates(text, [{ start: 0, end: 7 }], [{ start: 9, end: 19 }], shapes); // "Marc Roy, Ilse Verbeek" → [Ilse Verbeek]
 */
export function listMates(text: string, persons: readonly Span[], open: readonly Span[], shapes: Shapes): Span[] {
  if (persons.length === 0 || open.length === 0) return [];
  const items = [...persons.map((span) => ({ span, person: true })), ...open.map((span) => ({ span, person: false }))].sort((a, b) => a.span.start - b.span.start);
  const mates: Span[] = [];
  // a list is a chain of names joined by commas with a conjunction somewhere ("A, B et C");
  // commas alone may be a clause opener ("Hier, Jean Roy") or an apposition
  let from = 0;
  while (from < items.length) {
    let to = from + 1;
    let conjunction = false;
    for (;;) {
      const gap = to < items.length ? listGap(text.slice(items[to - 1]!.span.end, items[to]!.span.start), shapes) : null;
      if (!gap) break;
      conjunction ||= gap === 'conjunction';
      to++;
    }
    const chain = items.slice(from, to);
    if (conjunction && chain.some((item) => item.person)) mates.push(...chain.filter((item) => !item.person).map((item) => item.span));
    from = to;
  }
  return mates;
}

/** ", " or " et " / ", and " between two names of a list, else null. */
function listGap(gap: string, shapes: Shapes): 'comma' | 'conjunction' | null {
  const words = gap.replace(/,/gu, ' ').trim();
  if (words === '') return gap.includes(',') ? 'comma' : null;
  return shapes.conjunctions.has(words.toLowerCase()) && /^[\s,]*\S+\s+$/u.test(gap) ? 'conjunction' : null;
}

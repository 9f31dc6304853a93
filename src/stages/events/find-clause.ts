/**
 * The clause around a trigger: the stretch of its sentence between hard
 * boundaries (";", a dash, a colon, "mais", "while"…). Arguments are looked
 * for inside it.
 */
import type { Span } from '../../core/span.ts';
import type { EventWords } from './read-words.ts';

/** Punctuation that ends a clause: "; — :" and parentheses. */
const HARD = /[;:()\u2014\u2013]|\s-\s/gu;

/**
 * A full stop after a lower-case word and before a capital: a sentence end that the sentence layer keeps
 * inside one quotation ("« … depuis le printemps. Les registres indiquent … »"); "M. Dupont", "U.S. Army" stay.
 */
const STOP = /(?<=\p{Ll}{2}[.!?])\s+(?=[«"“]?\s*\p{Lu})/gu;

/**
 * The clause of the sentence that holds the trigger.
 *
 * @example
 * findClause('Moscou nie; Kyiv accuse Moscou.', { start: 0, end: 31 }, { start: 17, end: 23 }, words);
 * // { start: 11, end: 31 }
 */
export function findClause(text: string, sentence: Span, trigger: Span, words: EventWords): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  for (const regex of [HARD, STOP, words.boundary]) {
    regex.lastIndex = 0;
    for (const match of slice.matchAll(regex)) {
      const at = sentence.start + match.index;
      const after = at + match[0].length;
      if (after <= trigger.start) start = Math.max(start, regex === words.boundary ? at : after);
      // "ont visé trois bâtiments : un pétrolier grec …": a colon after the trigger opens its object list.
      else if (at >= trigger.end && match[0] !== ':') end = Math.min(end, at);
    }
  }
  return { start, end };
}

/**
 * The numbers stage: every numeric value the text states, counted or not,
 * and the ranges bound words make of them. "dix-sept" → 17, "deux virgule
 * cinq" → 2.5, "trois quarts" → 0.75, "le dixième" → 10 (ordinal); "entre 20
 * et 35" → [20, 35], "plus de 500" → (500, …). One pass over the tokens of
 * each sentence with map lookups; the quantities stage keeps the counted ones.
 */
import type { NumberRange, NumberValue, Token } from '../../core/layers.ts';
import type { Draft, Stage } from '../../core/stage.ts';
import { bySpan } from '../../core/span.ts';
import { compileLexicon } from './lexicon.ts';
import { cutPieces } from './pieces.ts';
import { findNumbers } from './find-numbers.ts';
import { findRanges } from './find-ranges.ts';

/**
 * Finds the numbers and ranges of every sentence.
 *
 * @example
 * analyze({ text: 'Entre vingt et trente-cinq.', lang: 'fr' }).get('ranges')[0]; // { min: 20, max: 35, … }
 */
export const numbers: Stage = {
  name: 'numbers',
  needs: ['sentences', 'tokens'],
  adds: ['numbers', 'ranges'],
  run(doc, lang) {
    const lexicon = compileLexicon(lang);
    const text = doc.text;
    const values: Draft<NumberValue>[] = [];
    const ranges: Draft<NumberRange>[] = [];
    for (const tokens of bySentence(doc.get('tokens'))) {
      const found = findNumbers(cutPieces(text, tokens, lexicon), lexicon);
      for (const { start, end, value, kind, rule } of found) values.push({ start, end, text: text.slice(start, end), value, kind, rule });
      for (const range of findRanges(text, tokens, found, lexicon)) ranges.push({ ...range, text: text.slice(range.start, range.end) });
    }
    return { layers: { numbers: values.sort(bySpan), ranges: ranges.sort(bySpan) } };
  },
};

function bySentence(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (current.length > 0 && current[0]!.sentence !== token.sentence) {
      groups.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

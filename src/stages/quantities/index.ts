/**
 * The quantities stage: numbers with what they count, in French and English.
 * "jusqu'à 8 000 soldats" → 8000 soldier up_to; "une quarantaine de
 * dirigeants" → 40 leader about; "$1.5 billion" → 1.5e9 dollar.
 */
import type { Quantity } from '../../core/layers.ts';
import type { Draft, Stage } from '../../core/stage.ts';
import { foldTypography } from '../../core/words.ts';
import type { Candidate, Context, Pass } from './candidate.ts';
import { compileGrammar } from './compile-grammar.ts';
import { findNumbers } from './find-numbers.ts';
import { findApproxNouns } from './find-approx-nouns.ts';
import { dropNonNumbers } from './drop-non-numbers.ts';
import { addUnits } from './add-units.ts';
import { dropOverlaps } from './drop-overlaps.ts';
import { addBounds } from './add-bounds.ts';
import { inheritUnits } from './inherit-units.ts';
import { keepCountedArticles } from './keep-counted-articles.ts';
import { dropUncounted } from './drop-uncounted.ts';
import { dropDefiniteNumerals } from './drop-definite-numerals.ts';
import { dropVagueAmounts } from './drop-vague-amounts.ts';

/** The passes, in order, over the candidates of one sentence. */
export const PASSES: readonly Pass[] = [
  findNumbers, // "10 000", "1,2 milliard", "trois cents milliards"
  findApproxNouns, // "une quarantaine de", "des centaines de", "hundreds of"
  dropNonNumbers, // "COP29", "1er", "14 h 30", "7 novembre", "article 5"
  dropDefiniteNumerals, // "les deux pays", "the two leaders", "all three countries"
  dropVagueAmounts, // "des milliers de", "hundreds of", "several hundred"
  addUnits, // "soldats" → soldier, "%" → percent, "$" → dollar
  dropOverlaps, // "73 pour cent" holds no second number "cent"
  keepCountedArticles, // "trois entités et une personne" → 1 person; "une attaque" alone is no count
  addBounds, // "jusqu'à" → up_to, "entre 300 et 350"
  inheritUnits, // "…, jusqu'à 8 000 auraient été…" → soldier
  dropUncounted, // "30 jours", "en 2022", numbers that count nothing said
];

/**
 * Finds the quantities of every sentence.
 *
 * @example
 * analyze({ text: 'Jusqu’à 8 000 soldats.', lang: 'fr' }).get('quantities')[0]; // { value: 8000, unit: 'soldier', approx: 'up_to', … }
 */
export const quantities: Stage = {
  name: 'quantities',
  needs: ['sentences', 'tokens'],
  adds: ['quantities'],
  run(doc, lang) {
    const grammar = compileGrammar(lang);
    const folded = foldTypography(doc.text);
    const found: Draft<Quantity>[] = [];
    let previousUnit: string | null = null;
    for (const sentence of doc.get('sentences')) {
      const context: Context = { text: doc.text, folded, sentence, grammar, previousUnit };
      let candidates: readonly Candidate[] = [];
      for (const pass of PASSES) candidates = pass(candidates, context);
      for (const candidate of candidates) {
        if (candidate.drop || candidate.unit === null) continue;
        const { start, end, value, unit, approx, rule } = candidate;
        found.push({ start, end, text: doc.text.slice(start, end), value, unit, approx, rule });
        // "two others" only refers back to things counted, not to miles or percent
        if (candidate.unitKind === 'count') previousUnit = unit;
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return { layers: { quantities: found } };
  },
};

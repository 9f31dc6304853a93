/**
 * The preposition that governs a mention, if any: "à son allié russe" → "à",
 * "de l'OTAN" → "de", "par les pays occidentaux" → "par". A mention with no
 * governor stands in subject or object position.
 */
import type { Span } from '../../core/span.ts';
import { wordsIn, type EventWords } from './read-words.ts';

/** How many determiners or head nouns may stand between a preposition and the mention. */
const MAX_SKIPPED = 3;

/** "Russian-led", "US-brokered", "Iran-backed". */
const HYPHENATED_PARTICIPLE = /^[\p{L}.]+-\p{L}+ed$/u;

/**
 * The base preposition before the mention within the clause, or null. `headWords`: how many words (a head noun
 * and its adjectives) may stand right before a demonym that follows them (event-slot-words.tsv demonym-head).
 *
 * @example
 * findGovernor('livrer des drones à la Russie', { start: 24, end: 30 }, 0, words); // "à"
 */
export function findGovernor(text: string, mention: Span & { readonly form?: string }, clauseStart: number, words: EventWords, headWords = 1): string | null {
  const before = wordsIn(text, { start: clauseStart, end: mention.start });
  let skipped = 0;
  // A demonym is an adjective: its head noun comes first ("sur le sol ukrainien", "contre des obus lourds iraniens").
  let heads = mention.form === 'demonym' ? headWords : 0;
  // The head words stand right before the demonym: "on Monday that Iranian troops" has none ("that" opens the phrase).
  let inHead = true;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i];
    if (!word) break;
    // Punctuation between the word and what follows it ends the noun phrase.
    const gap = text.slice(word.end, (before[i + 1]?.start ?? mention.start));
    if (/[,"«»“”]/u.test(gap)) return null;
    // "… selon lesquelles des missiles nord-coréens seraient arrivés": "des" opening a clause is an article.
    const previous = before[i - 1];
    if (words.partitive.has(word.norm) && (!previous || words.complementizer.has(previous.norm) || /[,;:]/u.test(text.slice(previous.end, word.start)))) return null;
    // "tués par des drones ukrainiens", "livrés à des pays voisins": after another preposition "des" is an article.
    const isPreposition = (w: typeof word) => words.prep.has(w.norm) || words.agent.has(w.norm) || words.between.has(w.norm);
    if (words.partitive.has(word.norm) && previous && isPreposition(previous) && !/[,;:]/u.test(text.slice(previous.end, word.start))) {
      skipped += 1;
      continue;
    }
    if (words.prep.has(word.norm) || words.agent.has(word.norm) || words.between.has(word.norm)) {
      const base = words.means.get(word.norm) ?? word.norm;
      // "près de Taïwan", "autour de l'île": the word before "de" heads the preposition.
      const head = before[i - 1];
      return base === 'de' && head && words.compound.has(head.norm) ? head.norm : base;
    }
    if (skipped >= MAX_SKIPPED) return null;
    // "in the Russian-led alliance": a hyphenated participle modifies the noun like an adjective.
    if (!words.det.has(word.norm) && !HYPHENATED_PARTICIPLE.test(word.norm)) {
      if (heads === 0 || !inHead) return null;
      heads -= 1;
    } else {
      inHead = false;
    }
    skipped += 1;
  }
  return null;
}

/**
 * Marks the numbers that count nothing: parts of names ("COP29", "KN-23",
 * "F-16"), ordinals ("1er", "3rd"), compounds ("a 60-day truce"), times
 * ("14 h 30", "10:30"), days of dates ("7 novembre", "Nov. 7", "07/11/2024")
 * and labels ("article 5", "âgé de 45").
 */
import type { Candidate, Context } from './candidate.ts';
import { keyOf } from './compile-grammar.ts';
import { measureAfterHyphen } from './add-units.ts';

const BEFORE_NAME = /(?:\p{L}[-\u2010\u2011]|[#№])$/u;
// "300-350 hommes", "10–15 soldiers": the ends of a range (kept only if the high end counts something, see add-bounds.ts)
const DASH_RANGE_LOW = /^[-\u2010\u2011\u2013]\p{N}/u;
const DASH_RANGE_HIGH = /(?<![\p{L}\p{N}][-\u2010\u2011\u2013]?\p{N}*[-\u2010\u2011\u2013])\p{N}+[-\u2010\u2011\u2013]$/u;
const BEFORE_DATE_OR_TIME = /(?:\p{N}[/:.]|\p{N}[ ]?h[ ]?)$/u;
const AFTER_DATE_OR_TIME = /^(?:[/:]\p{N}|\.\p{N}{2}\.|[ ]?h(?:[ ]?\p{N}{2})?(?![\p{L}\p{N}]))/u;
const AFTER_COMPOUND = /^[-\u2010\u2011][\p{L}\p{N}]/u;
const LETTER_AFTER = /^\p{L}/u;
const LAST_WORDS = /(?:[\p{L}\p{N}°.'-]+[ ]+)?[\p{L}\p{N}°.'-]+[ ]*$/u;

/**
 * Sets `drop` on candidates that are no quantity, with the reason.
 *
 * @example
 * dropNonNumbers(candidates, context); // "COP29" → drop "name", "14 h 30" → drop "time"
 */
export function dropNonNumbers(candidates: readonly Candidate[], context: Context): Candidate[] {
  return candidates.map((candidate) => {
    const reason = whyNot(candidate, context);
    return reason ? { ...candidate, drop: reason } : candidate;
  });
}

function whyNot(candidate: Candidate, context: Context): string | null {
  const { folded, grammar, sentence } = context;
  const { start, end } = candidate.number;
  const before = folded.slice(Math.max(sentence.start, start - 24), start);
  const after = folded.slice(end, Math.min(sentence.end, end + 24));
  if (BEFORE_NAME.test(before)) return 'name';
  if (candidate.rule === 'digits' && (DASH_RANGE_LOW.test(after) || DASH_RANGE_HIGH.test(before))) return null;
  if (BEFORE_DATE_OR_TIME.test(before) || AFTER_DATE_OR_TIME.test(after)) return 'date-or-time';
  // "a 43-kilometre route", "une bande de 5-km" measure; "a 60-day truce", "F-16" do not
  if (AFTER_COMPOUND.test(after)) return measureAfterHyphen(context, end) ? null : 'compound';
  if (LETTER_AFTER.test(after) && candidate.scale === 1) {
    if (grammar.unitAt(folded, end) === 0) return 'name-or-ordinal';
  }
  if (!candidate.spelled && nextToMonth(context, before, after)) return 'date';
  return endsWithLabel(context, before) ? 'label' : null;
}

/**
 * True when the text ends with a label word of quantity-links.tsv ("article",
 * "âgé de", "aged"), so the number after it is a name or an age.
 *
 * @example
 * endsWithLabel(context, "selon l'article "); // true
 */
export function endsWithLabel(context: Context, before: string): boolean {
  return endsWithRole(context, before, 'label');
}

/**
 * True when the text ends with a phrase (one or two words) that quantity-links.tsv
 * gives this role: "label" ("l'article "), "definite" ("les "), "vague" ("several ").
 *
 * @example
 * endsWithRole(context, 'entre les ', 'definite'); // true
 */
export function endsWithRole(context: Context, before: string, role: string): boolean {
  const { last, lastTwo } = lastWords(before);
  const phrases = context.grammar.roles.get(role);
  return phrases !== undefined && (phrases.has(last) || phrases.has(lastTwo));
}

/** The last word and the last two words of a text, as keys; several passes ask of the same text before a number. */
function lastWords(before: string): { readonly last: string; readonly lastTwo: string } {
  let known = LAST_WORDS_READ.get(before);
  if (!known) {
    const words = before.match(LAST_WORDS)?.[0] ?? '';
    // "l'article 5": the label is the word after the elision
    const parts = keyOf(words).split(' ').map((part) => part.replace(/^\p{L}{1,2}'(?=\p{L})/u, ''));
    known = { last: parts.at(-1) ?? '', lastTwo: parts.slice(-2).join(' ') };
    if (LAST_WORDS_READ.size > 10_000) LAST_WORDS_READ.clear();
    LAST_WORDS_READ.set(before, known);
  }
  return known;
}

const LAST_WORDS_READ = new Map<string, { readonly last: string; readonly lastTwo: string }>();

/** "7 novembre", "Oct 24", "November 7, 2024": the number is a day. */
function nextToMonth(context: Context, before: string, after: string): boolean {
  return context.grammar.monthAfter.test(after) || context.grammar.monthBefore.test(before);
}

/**
 * Scope across coordination: where a coordinator opens a second clause with a
 * finite verb of its own ("Kigali dément armer les rebelles et accuse
 * Kinshasa", "Moscow sent troops, and instructors landed …"), a denial or a
 * source of one conjunct does not reach the other.
 */
import type { Span } from '../../core/span.ts';
import type { Language } from '../../lang/load.ts';
import { verbReadings } from '../../lang/morphology.ts';
import { readWords, wordsIn, type Word } from './read-words.ts';

/** How many words after the coordinator its verb may stand ("and a group of instructors landed"). */
const REACH = 5;

const FINITE: ReadonlySet<string> = new Set(['indicative', 'conditional', 'subjunctive']);

/**
 * True when a word reads as a finite verb and never as an infinitive
 * ("accuse" in French, "accuses", "landed"; not "accuse" in English, "armer", "using").
 *
 * @example
 * isFinite(loadLanguage('fr'), 'accuse'); // true
 */
export function isFinite(lang: Language, word: string): boolean {
  const readings = verbReadings(lang, word);
  return readings.some((r) => FINITE.has(r.mood)) && !readings.some((r) => r.mood === 'infinitive');
}

/** How a conjunct is sought. */
export interface ConjunctOptions {
  /** The stretch before the coordinator must hold no finite verb ("dément armer … et accuse"). */
  readonly nonFiniteBefore?: boolean;
  /** How many words after the coordinator its verb may stand (default 5: "and a group of envoys landed"). */
  readonly reach?: number;
  /** True when the words between the coordinator and its verb rule it out (a mention: "Moscou et Pékin ont signé"). */
  readonly blocked?: (gap: Span) => boolean;
}

/**
 * The coordinators inside a span that open a clause with a finite verb of
 * their own (before the span end, or the word ending it), in text order.
 *
 * @example
 * conjunctsIn(text, { start: cue.end, end: trigger.end }, lang, { nonFiniteBefore: true }); // ["et"] of "dément armer … et accuse"
 */
export function conjunctsIn(text: string, span: Span, lang: Language, options: ConjunctOptions = {}): Word[] {
  const coord = new RegExp(`^(?:${readWords(lang).coord.source})$`, 'iu');
  const list = wordsIn(text, span);
  const out: Word[] = [];
  for (const coordinator of list.filter((w) => coord.test(text.slice(w.start, w.end)))) {
    // "et accuse", "and instructors landed": the verb stands within a few words, no comma before it.
    const after = list.filter((w) => w.start > coordinator.start).slice(0, options.reach ?? REACH);
    const verb = after.find((w) => isFinite(lang, text.slice(w.start, w.end)));
    if (!verb || text.slice(coordinator.end, verb.start).includes(',')) continue;
    if (options.blocked?.({ start: coordinator.end, end: verb.start })) continue;
    if (options.nonFiniteBefore && list.some((w) => w.end <= coordinator.start && isFinite(lang, text.slice(w.start, w.end)))) continue;
    out.push(coordinator);
  }
  return out;
}

/**
 * The first coordinator of {@link conjunctsIn}, or null.
 *
 * @example
 * conjunctIn(text, { start: cue.end, end: trigger.end }, lang, true); // "et" of "dément armer … et accuse"
 */
export function conjunctIn(text: string, span: Span, lang: Language, nonFiniteBefore: boolean): Word | null {
  return conjunctsIn(text, span, lang, { nonFiniteBefore })[0] ?? null;
}

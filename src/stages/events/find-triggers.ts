/**
 * First pass: every trigger word or phrase of event-patterns.tsv inside a
 * sentence becomes a candidate (one per PLOVER type the lemma carries).
 */
import { readPatterns, surfaceKey, type TriggerMatcher } from './read-patterns.ts';
import { readWords, wordsIn, type EventWords } from './read-words.ts';
import { findClause } from './find-clause.ts';
import { conjunctsIn } from './find-conjunct.ts';
import type { Span } from '../../core/span.ts';
import type { Candidate, EventContext } from './context.ts';
import type { Language } from '../../lang/load.ts';
import { verbReadings } from '../../lang/morphology.ts';
import { isLetterOrDigitAt, letterOrDigitRuns } from '../../core/words.ts';

/**
 * Finds trigger candidates in every sentence; ignores the incoming list.
 *
 * @example
 * findTriggers([], context); // "Pyongyang livre des obus" → one AID candidate on "livre"
 */
export function findTriggers(_candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const matcher = readPatterns(context.lang);
  const { groups, bySurface } = matcher;
  const words = readWords(context.lang);
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    const slice = context.text.slice(sentence.start, sentence.end);
    for (const match of triggerMatches(slice, matcher)) {
      const name = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      const all = bySurface.get(surfaceKey(match[0])) ?? (name ? groups.get(name) : undefined);
      if (!all) continue;
      const start = sentence.start + match.index;
      // "Censor.NET", "the Alliance", "Deal Street": a trigger word inside a name is part of the name.
      if (insideName(context, start, start + match[0].length)) continue;
      // "a condamné l'attaque", "the attack", "à la presse": after an article a form is a noun, never a verb.
      const patterns = nounOnly(context, sentence.start, start, words, all.some((p) => p.pos === 'noun'))
        ? all.filter((p) => p.pos === 'noun')
        : all;
      if (patterns.length === 0) continue;
      // "appelé lundi Poutine à …", "imposé de nouvelles sanctions": a phrase with a gap triggers on its verb,
      // so the words in the gap stay free to be arguments.
      const gapped = patterns.some((p) => p.lemma.includes(' … '));
      const end = gapped ? (wordsIn(context.text, { start, end: start + match[0].length })[0]?.end ?? start + match[0].length) : start + match[0].length;
      const trigger = { start, end };
      const clause = narrowToRelative(context, narrowToConjunct(context, findClause(context.text, sentence, trigger, words), trigger), trigger, words);
      for (const pattern of patterns) {
        out.push({
          sentence, clause, pattern, type: pattern.type, trigger,
          actor: null, actorSpan: null, target: null, targetSpan: null,
          certainty: null, source: null, quantity: null, place: null, date: null,
        });
      }
    }
  }
  return out;
}

/**
 * True when a mention (an entity's name, demonym or role) covers the whole span.
 * The mentions are outermost and sorted by start: only the last one opening at or before the span can.
 */
function insideName(context: EventContext, start: number, end: number): boolean {
  const { mentions } = context;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start <= start) low = mid + 1;
    else high = mid;
  }
  const last = mentions[low - 1];
  return last !== undefined && end <= last.end;
}

/**
 * "X s'est dit préoccupé … et a exhorté Y à …": a coordinator right before a
 * finite verb opens a clause of its own (its subject, when unsaid, is the
 * sentence's: see read-slots.ts); one after the trigger closes the trigger's.
 */
function narrowToConjunct(context: EventContext, clause: Span, trigger: Span): Span {
  const blocked = (gap: Span) => context.mentions.some((m) => m.start >= gap.start && m.end <= gap.end);
  const options = { reach: 2, blocked };
  const before = conjunctsIn(context.text, { start: clause.start, end: trigger.end }, context.lang, options)
    .filter((w) => w.end <= trigger.start).at(-1);
  const after = conjunctsIn(context.text, { start: trigger.end, end: clause.end }, context.lang, options)[0];
  return { start: before?.start ?? clause.start, end: after?.start ?? clause.end };
}

/**
 * "Trump, who hosted the ceremony, said …": a trigger inside a relative clause
 * opened after a comma has its arguments before the next comma (the subject,
 * its antecedent, is still found before the comma).
 */
function narrowToRelative(context: EventContext, clause: Span, trigger: Span, words: EventWords): Span {
  const before = wordsIn(context.text, { start: clause.start, end: trigger.start });
  const opener = before.findLast((w) => words.relative.has(w.norm));
  if (!opener || !/,\s*$/u.test(context.text.slice(Math.max(clause.start, opener.start - 3), opener.start))) return clause;
  if (context.text.slice(opener.end, trigger.start).includes(',')) return clause;
  const comma = context.text.indexOf(',', trigger.end);
  return comma >= 0 && comma < clause.end ? { start: clause.start, end: comma } : clause;
}

/**
 * True when the trigger at `at` reads as a noun only: right after an article
 * ("une visite", "the attack"; "la"/"l'" only after a preposition, else it may
 * be a pronoun: "Moscou l'accuse"), or after a determiner when a noun reading exists.
 */
function nounOnly(context: EventContext, from: number, at: number, words: EventWords, hasNoun: boolean): boolean {
  const { text, lang } = context;
  const before = wordsIn(text, { start: Math.max(from, at - 40), end: at });
  const previous = before.at(-1);
  // "the Security Council meeting that…", "a halt in fighting": a present participle that is also a noun
  // is a verb only after a form of "be"/"être" ("is meeting") or with its object right after it ("after meeting the Chinese leader").
  const [first, next, afterNext] = wordsIn(text, { start: at, end: Math.min(text.length, at + 60) });
  const object = next && words.article.has(next.norm) ? afterNext : next;
  if (hasNoun && first && isPresentParticiple(lang, first.norm) && !(previous && isBe(lang, previous.norm))
    && !(object && mentionAt(context, object.start))) return true;
  if (!previous || previous.end < at - 1) return false;
  // "l'agence de presse", "in attacks on": right after a preposition a verb is an infinitive or a participle.
  if (first && words.prep.has(previous.norm) && isFiniteOnly(lang, first.norm)) return true;
  if (words.article.has(previous.norm)) {
    if (!words.clitic.has(previous.norm)) return true;
    const earlier = before.at(-2);
    if (earlier && (words.prep.has(earlier.norm) || words.means.has(earlier.norm))) return true;
  }
  return hasNoun && words.det.has(previous.norm);
}

function isPresentParticiple(lang: Language, word: string): boolean {
  return verbReadings(lang, word).some((r) => r.mood === 'participle' && r.tense === 'present');
}

/** True when a mention opens at the offset. */
function mentionAt(context: EventContext, at: number): boolean {
  return context.mentions.some((m) => m.start === at);
}

/** True for a verb form with readings, none of them an infinitive or a participle ("presse", "attacks"). */
function isFiniteOnly(lang: Language, word: string): boolean {
  const readings = verbReadings(lang, word);
  return readings.length > 0 && readings.every((r) => r.mood !== 'infinitive' && r.mood !== 'participle');
}

function isBe(lang: Language, word: string): boolean {
  return verbReadings(lang, word).some((r) => r.lemma === 'be' || r.lemma === 'être');
}

/**
 * Letters that a case-insensitive regex equates with a letter of another lower case ("ſ" and "s", "ς"
 * and "σ"): in a sentence holding one, lower-case words do not tell what a regex matches, so the
 * opening regexes read it.
 */
const FOLDS_APART = /[\u00B5\u017F\u0345\u03C2\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5\u1C80-\u1C88\u1E9B\u1FBE]/u;

type Matcher = Pick<TriggerMatcher, 'opening' | 'plain' | 'forms' | 'pronouns' | 'auxiliaries'>;

/** The runs of letters and digits of a sentence (where a trigger may start), lower case, with their offsets. */
interface Runs {
  readonly slice: string;
  readonly starts: number[];
  readonly ends: number[];
  readonly keys: string[];
  /** The keys as a set, made once the first form with later words is tried. */
  set?: ReadonlySet<string>;
}

/**
 * The trigger matches of a sentence, left to right and not overlapping: at
 * each word, only the triggers that open with that word are tried.
 *
 * @example
 * [...triggerMatches('Pyongyang livre des obus.', readPatterns(lang))].map((m) => m[0]); // ["livre"]
 */
export function* triggerMatches(slice: string, matcher: Matcher): Generator<RegExpExecArray> {
  const runs = readRuns(slice);
  const { starts, keys } = runs;
  const byForms = matcher.forms !== undefined && !FOLDS_APART.test(slice);
  let from = 0;
  for (let i = 0; i < keys.length; i += 1) {
    if (starts[i]! < from) continue;
    const key = keys[i]!;
    let match: RegExpExecArray | null = null;
    if (matcher.pronouns.has(key)) {
      // "s'est rendu", "se sont entretenus": the pronominal verb, keyed by pronoun and verb.
      const next = keys[i + 1];
      const verb = next !== undefined && matcher.auxiliaries.has(next) ? keys[i + 2] : next;
      match = verb === undefined ? null : matchAt(matcher, byForms, runs, i, `${key} ${verb}`);
      if (!match && verb !== next && next !== undefined) match = matchAt(matcher, byForms, runs, i, `${key} ${next}`);
    }
    if (!match) match = matchAt(matcher, byForms, runs, i, key);
    if (!match) continue;
    from = starts[i]! + match[0].length;
    yield match;
  }
}

/** The match of the triggers keyed `key` at the run `i`: by forms, or by the opening regex. */
function matchAt(matcher: Matcher, byForms: boolean, runs: Runs, i: number, key: string): RegExpExecArray | null {
  const at = runs.starts[i]!;
  if (!byForms) {
    const group = key.includes(' ') ? undefined : matcher.plain?.(key);
    return group ? wordMatch(runs, i, group) : execAt(matcher.opening(key), runs.slice, at);
  }
  const forms = matcher.forms?.(key);
  if (!forms) return null;
  for (const form of forms) {
    if (form.word !== undefined) return wordMatch(runs, i, form.group);
    const set = (runs.set ??= new Set(runs.keys));
    if (!form.needs.some((needed) => needed.every((run) => set.has(run)))) continue;
    const match = execAt(form.regex(), runs.slice, at);
    if (match && !(form.open && isLetterOrDigitAt(runs.slice, at + match[0].length))) return named(match, form.group);
  }
  return null;
}

/** The runs of letters and digits of a sentence, with their lower-cased keys. */
function readRuns(slice: string): Runs {
  const { starts, ends } = letterOrDigitRuns(slice);
  return { slice, starts, ends, keys: starts.map((start, i) => slice.slice(start, ends[i]).toLowerCase()) };
}

/** A form's own match, named with the group the opening regex gives the form. */
function named(match: RegExpExecArray, group: string): RegExpExecArray {
  match.groups = { [group]: match[0] };
  return match;
}

/** The match the opening regex would give for a one-word form: the run `i`, in `group`. */
function wordMatch(runs: Runs, i: number, group: string): RegExpExecArray {
  const word = runs.slice.slice(runs.starts[i], runs.ends[i]);
  const match = [word] as unknown as RegExpExecArray;
  match.index = runs.starts[i]!;
  match.input = runs.slice;
  match.groups = { [group]: word };
  return match;
}

function execAt(regex: RegExp | undefined, text: string, at: number): RegExpExecArray | null {
  if (!regex) return null;
  regex.lastIndex = at;
  return regex.exec(text);
}

/**
 * Fourth pass: how sure the text is of each event. A cue of
 * certainty-cues.tsv near the trigger ("aurait", "reportedly", "n'a pas",
 * "veut", "may") wins; else the trigger's own mood (conditional → alleged,
 * future → planned); else asserted. A denial anywhere in reach beats the rest
 * ("a démenti les allégations selon lesquelles … auraient été fournis").
 */
import type { Certainty, CertaintyJudgement } from '../../core/layers.ts';
import { MemoBy } from '../../core/memo-by.ts';
import type { Span } from '../../core/span.ts';
import type { Draft } from '../../core/stage.ts';
import { verbReadings } from '../../lang/morphology.ts';
import type { Candidate, EventContext } from './context.ts';
import { conjunctIn } from './find-conjunct.ts';
import { cueKey, readCues, type CertaintyCue } from './read-cues.ts';
import { readWords, wordsIn } from './read-words.ts';
import { cueMatches } from './scan-cues.ts';

/**
 * Sets `certainty` on every candidate that has none yet.
 *
 * @example
 * judgeCertainty(candidates, context); // "Pyongyang aurait livré…" → { value: 'alleged', cue: "aurait" }
 */
export function judgeCertainty(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  return candidates.map((candidate) => (candidate.certainty ? candidate : { ...candidate, certainty: judge(candidate, context) }));
}

/** A certainty cue of a clause with its row of certainty-cues.tsv. */
interface ClauseCue {
  readonly cue: Span;
  readonly rule: CertaintyCue;
}

/** Cues already read, per context and clause ("start:end"): the candidates of a clause share them. */
const cuesRead = new MemoBy<EventContext, readonly ClauseCue[]>();

/** The certainty cues of a clause in text order. */
function clauseCues(clause: Span, context: EventContext): readonly ClauseCue[] {
  return cuesRead.get(context, `${clause.start}:${clause.end}`, () => {
    const cues = readCues(context.lang);
    const slice = context.text.slice(clause.start, clause.end);
    const found: ClauseCue[] = [];
    for (const match of cueMatches(cues.certaintyRegex, cues.certainty.keys(), slice)) {
      const rule = cues.certainty.get(cueKey(match.text));
      const start = clause.start + match.index;
      if (rule) found.push({ cue: { start, end: start + match.text.length }, rule });
    }
    return found;
  });
}

function judge(candidate: Candidate, context: EventContext): Draft<CertaintyJudgement> {
  const { clause, trigger } = candidate;
  const found: { value: Certainty; cue: Span; distance: number; voiced: boolean }[] = [];
  for (const { cue, rule } of clauseCues(clause, context)) {
    if (rule.self) {
      // "a invité Poutine à le rencontrer": the trigger word itself makes the meeting planned.
      if (cue.start <= trigger.start && cue.end >= trigger.end) found.push({ value: rule.value, cue, distance: 0, voiced: rule.voiced });
    } else if (cue.end <= trigger.start && rule.before >= 0) {
      // "dément armer les rebelles et accuse Kinshasa": the denial stops at the coordinated finite verb.
      if (conjunctIn(context.text, { start: cue.end, end: trigger.end }, context.lang, true)) continue;
      const distance = wordsIn(context.text, { start: cue.end, end: trigger.start }).length;
      if (distance <= rule.before) found.push({ value: rule.value, cue, distance, voiced: rule.voiced });
    } else if (cue.start >= trigger.end && rule.after >= 0) {
      const distance = wordsIn(context.text, { start: trigger.end, end: cue.start }).length;
      if (distance <= rule.after) found.push({ value: rule.value, cue, distance, voiced: rule.voiced });
    } else if (cue.start >= trigger.end && rule.nounAfter >= 0 && candidate.pattern.pos === 'noun') {
      const distance = nounSubjectDistance(candidate, cue, context);
      if (distance !== null && distance <= rule.nounAfter) found.push({ value: rule.value, cue, distance, voiced: rule.voiced });
    }
  }
  // "vowed to crush Hamas": force a vow turned into a THREATEN is threatened now; the vow plans nothing.
  if (candidate.type === 'THREATEN' && candidate.pattern.type !== 'THREATEN') {
    found.splice(0, found.length, ...found.filter((f) => f.value !== 'planned'));
  }
  const denial = found.find((f) => f.value === 'denied');
  const nearest = denial ?? found.sort((a, b) => a.distance - b.distance)[0];
  // A voiced cue ("a démenti") keeps a distinct rule so the source pass can name who speaks.
  // A cue on the trigger itself ("invited") is marked "-self" so that a speaker reporting it still comes first.
  const self = nearest?.cue.start !== undefined && nearest.cue.start <= trigger.start && nearest.cue.end >= trigger.end ? '-self' : '';
  if (nearest) return { value: nearest.value, cue: nearest.cue, rule: `cue-${nearest.value}${self}${nearest.voiced ? '-voiced' : ''}` };
  const mood = moodOf(candidate, context);
  if (mood) return mood;
  return { value: 'asserted', cue: null, rule: 'default' };
}

const FINITE: ReadonlySet<string> = new Set(['indicative', 'conditional', 'subjunctive']);

/**
 * Words between an event noun and a modal after it when the noun heads the
 * modal's subject ("Les envois d'armes à Moscou pourraient se poursuivre"):
 * the noun opens its clause or follows a determiner there, and no verb,
 * relative pronoun or punctuation stands between. Null otherwise.
 */
function nounSubjectDistance(candidate: Candidate, cue: Span, context: EventContext): number | null {
  const { trigger, clause } = candidate;
  const gap = { start: trigger.end, end: cue.start };
  if (/[,;:«»"“”()]/u.test(context.text.slice(gap.start, gap.end))) return null;
  const words = readWords(context.lang);
  const between = wordsIn(context.text, gap);
  // A finite form right after a preposition, determiner or demonym is a noun ("of arms", "North Korean arms").
  const nounSlot = (i: number) => {
    const previous = between[i - 1];
    if (!previous) return false;
    return words.prep.has(previous.norm) || words.det.has(previous.norm) || context.mentions.some((m) => m.end === previous.end && m.form === 'demonym');
  };
  if (between.some((w, i) => words.relative.has(w.norm) || words.complementizer.has(w.norm)
    || (!nounSlot(i) && verbReadings(context.lang, context.text.slice(w.start, w.end)).some((r) => FINITE.has(r.mood))))) return null;
  // The noun phrase is the subject: only determiners or adjectives before the noun in its clause.
  const before = wordsIn(context.text, { start: clause.start, end: trigger.start });
  if (before.length > 3 || before.some((w) => words.prep.has(w.norm))) return null;
  return between.length;
}

/** "fournirait" → alleged; "livrera" → planned: the inflected word of a verb trigger read by the morphology module. */
function moodOf(candidate: Candidate, context: EventContext): Draft<CertaintyJudgement> | null {
  if (candidate.pattern.pos !== 'verb') return null;
  for (const word of wordsIn(context.text, candidate.trigger)) {
    const readings = verbReadings(context.lang, context.text.slice(word.start, word.end));
    if (readings.length === 0) continue;
    const cue: Span = { start: word.start, end: word.end };
    if (readings.every((r) => r.mood === 'conditional')) return { value: 'alleged', cue, rule: 'mood-conditional' };
    if (readings.every((r) => r.tense === 'future')) return { value: 'planned', cue, rule: 'mood-future' };
    return null;
  }
  return null;
}

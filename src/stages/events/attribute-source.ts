/**
 * Fifth pass: who the event is attributed to. In order: the speaker of the
 * quote that holds the trigger; "selon X" / "according to X" in the sentence;
 * the subject of a speech verb ("X a déclaré que …", "…, X said"), or an
 * unnamed source it names ("des sources proches du dossier"). An attributed
 * event that no cue hedged becomes `reported`.
 */
import type { Attribution, Mention } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { MemoBy } from '../../core/memo-by.ts';
import type { Draft } from '../../core/stage.ts';
import { isActorMention, mentionsIn, type Candidate, type EventContext } from './context.ts';
import { conjunctIn, conjunctsIn, isFinite } from './find-conjunct.ts';
import { findGovernor } from './find-governor.ts';
import { cueKey, readCues, type SourceCueKind } from './read-cues.ts';
import { readWords, wordsIn } from './read-words.ts';
import { cueMatches } from './scan-cues.ts';

interface Cue extends Span {
  readonly kind: SourceCueKind;
}

/**
 * Sets `source` where the text attributes the event.
 *
 * @example
 * attributeSource(candidates, context); // "Selon Washington, Pyongyang a livré…" → source United States
 */
export function attributeSource(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const sources = candidates.map((candidate) => (!candidate.source && isBackground(candidate, context)
    ? null
    : ownVoice(candidate, context, candidate.source ?? findSource(candidate, context))));
  return candidates.flatMap((candidate, index) => {
    const source = sources[index] ?? continuedSource(candidate, candidates, sources, context);
    if (!source) return [candidate];
    const certainty = candidate.certainty?.value === 'asserted' && candidate.certainty.cue === null
      ? { value: 'reported' as const, cue: source.cue, rule: 'attributed' }
      : candidate.certainty;
    return coSpeakers(source, candidate, context).map((entity) => ({
      ...candidate, certainty,
      source: entity === source.entity ? source : { ...source, entity, rule: `${source.rule}-coordinated` },
    }));
  });
}

/** Rules of a source that reports what the sentence says (not a denial or an invitation voiced by its subject). */
const REPORTING_RULES = /^(?:quote-|according-to|speech-)/u;

/**
 * "Rutte reminded that Pyongyang sent troops. In return, Moscow provides …":
 * a sentence opened by a connective of continuation goes on with the claim of
 * the sentence before it in the paragraph, and keeps that sentence's source.
 */
function continuedSource(candidate: Candidate, candidates: readonly Candidate[], sources: readonly (Draft<Attribution> | null)[], context: EventContext): Draft<Attribution> | null {
  if (candidate.source || isBackground(candidate, context)) return null;
  const { sentence } = candidate;
  const opener = sourceCues(sentence, context)[0];
  if (opener?.kind !== 'continuation' || !/^\s*$/u.test(context.text.slice(sentence.start, opener.start))
    || !/^\s*,/u.test(context.text.slice(opener.end, sentence.end))) return null;
  const index = context.sentences.findIndex((s) => s.start === sentence.start);
  const here = context.sentences[index];
  const previous = context.sentences[index - 1];
  if (!here || !previous || previous.paragraph !== here.paragraph) return null;
  const told = candidates.findIndex((c, i) => c.sentence.start === previous.start && REPORTING_RULES.test(sources[i]?.rule ?? ''));
  const source = sources[told];
  return source ? { ...source, rule: 'continued' } : null;
}

/** The rules that name the subject of a speech verb before it, which may be a list ("Moscou et Téhéran ont démenti"). */
const SUBJECT_RULES: ReadonlySet<string> = new Set(['voiced-subject', 'speech-subject']);

/**
 * "Moscou et Téhéran ont démenti que …", "Paris and Berlin said …": each
 * member of a coordinated subject is a source of its own, so the event is
 * told once per speaker. Returns the speakers in text order (the source alone
 * when its subject is no list).
 */
function coSpeakers(source: Draft<Attribution>, candidate: Candidate, context: EventContext): (string | null)[] {
  const { sentence, actorSpan } = candidate;
  if (!source.entity || !source.cue || !SUBJECT_RULES.has(source.rule)) return [source.entity];
  const subject = subjectBefore(source.cue, sentence, context);
  if (!subject || subject.entity !== source.entity) return [source.entity];
  const list = coordinatedSubject(subject, sentence, context);
  // "Iran and Washington said they would send envoys": speakers who are the actors each speak for themselves.
  if (list.some((m) => m.start === actorSpan?.start)) return [source.entity];
  return [...new Set(list.map((m) => m.entity))];
}

/** The subject mention with the actor mentions coordinated before it ("London, Berlin and Paris"), in text order. */
function coordinatedSubject(subject: Mention, sentence: Span, context: EventContext): Mention[] {
  const words = readWords(context.lang);
  const before = mentionsIn(context, { start: sentence.start, end: subject.start }).filter((m) => isActorMention(context, m));
  const list = [subject];
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const previous = before[i];
    const next = list[0];
    if (!previous || !next) break;
    const gap = context.text.slice(previous.end, next.start).replace(new RegExp(words.coord.source, 'giu'), ' ').replace(/,/gu, ' ');
    if (wordsIn(gap, { start: 0, end: gap.length }).some((w) => !words.det.has(w.norm))) break;
    list.unshift(previous);
  }
  return list;
}

function findSource(candidate: Candidate, context: EventContext): Draft<Attribution> | null {
  const { trigger, sentence } = candidate;
  const quote = context.quotes.find((q) => q.start <= trigger.start && trigger.end <= q.end && q.speaker !== null
    && !crossesConjunct(q.cue, trigger, context));
  if (quote) return { entity: quote.speaker, text: null, cue: quote.cue ?? quote.speakerSpan, rule: `quote-${quote.kind}` };
  const cues = sourceCues(sentence, context);
  const np = cues.filter((cue) => cue.kind === 'np');
  for (const cue of cues.filter((c) => c.kind === 'before-np')) {
    const end = phraseEnd(context.text, cue.end, sentence.end);
    if (trigger.start >= cue.start && trigger.end <= end) continue;
    // "Moscow sent troops, and instructors landed in Caracas, according to local media": the cue sources its own clause.
    if (cue.start >= trigger.end && conjunctIn(context.text, { start: trigger.end, end: cue.start }, context.lang, false)) continue;
    return describe({ start: cue.end, end }, cue, 'according-to', context);
  }
  // "Moscou et Téhéran ont démenti que …": who denies is the source of what is denied.
  const judged = candidate.certainty;
  if (judged?.rule.endsWith('-voiced') && !judged.rule.includes('-self-') && judged.cue) {
    const denier = subjectBefore(judged.cue, sentence, context);
    if (denier) return { entity: denier.entity, text: null, cue: judged.cue, rule: 'voiced-subject' };
  }
  const speech = cues.filter((c) => c.kind === 'speech');
  for (const cue of speech) {
    if (cue.end <= trigger.start) {
      if (crossesConjunct(cue, trigger, context) || closesQuote(cue, trigger, context)) continue;
      // "Rutte a déclaré que la Russie livre…": the subject before the verb.
      const subject = subjectBefore(cue, sentence, context);
      const unnamed = np.filter((n) => n.end <= cue.start).at(-1);
      if (unnamed && (!subject || unnamed.start > subject.end)) return describe(unnamedPhrase(unnamed, cue, sentence, context), cue, 'speech-unnamed', context);
      // "Kim a assuré un soutien total": the speaker who is the actor of the same clause reports nothing,
      // unless the verb opens reported speech ("Hamas said it had agreed").
      // "London, Berlin and Paris announced the cancellation of …": the same for each actor of a listed subject.
      const speaksOfItself = subject !== undefined && coordinatedSubject(subject, sentence, context).some((m) => m.start === candidate.actorSpan?.start);
      // "X said he was sending envoys, but rejected Y's offer": the speaker's own act after "but" is told, not reported.
      if (speaksOfItself && ownActAfterBoundary(cue, trigger, context)) continue;
      if (subject && (!speaksOfItself || opensSpeech(cue, context))) {
        return { entity: subject.entity, text: null, cue, rule: 'speech-subject' };
      }
    } else if (cue.start >= trigger.end) {
      // "X asked the court to act, and Washington said it would …": the speech verb heads a clause of its own.
      if (speaksInOwnConjunct(cue, trigger, context)) continue;
      // "…, a affirmé Rutte" / "…, Rutte said": the mention next to the verb, after the event.
      const window = { start: trigger.end, end: phraseEnd(context.text, cue.end, sentence.end) };
      const near = mentionsIn(context, window).filter((m) => isActorMention(context, m) && m.start >= (candidate.targetSpan?.end ?? trigger.end));
      const unnamed = np.find((n) => n.start >= trigger.end && n.end <= cue.start && wordCount(context, n.end, cue.start) <= UNNAMED_REACH
        && !/[,;:]/u.test(context.text.slice(n.end, cue.start)));
      // "…, a annoncé mercredi à l'AFP une source proche des discussions": an inverted unnamed subject.
      const invertedUnnamed = np.find((n) => n.start >= cue.end && n.end <= window.end);
      // "…, Rutte said" / "…, the Kremlin said" (right before), else "…, officials told Reuters" (an unnamed
      // subject: the name after the verb is its listener), else "…, said Rutte" (the name right after).
      const before = near.filter((m) => m.end <= cue.start && wordCount(context, m.end, cue.start) <= 2
        && /,\s*$/u.test(context.text.slice(Math.max(trigger.end, m.start - 3), m.start))).at(-1);
      if (before) return { entity: before.entity, text: null, cue, rule: 'speech-after' };
      if (unnamed) return describe(unnamedPhrase(unnamed, cue, { start: trigger.end, end: sentence.end }, context), cue, 'speech-unnamed', context);
      if (invertedUnnamed) return describe(invertedUnnamed, cue, 'speech-unnamed', context);
      // "a déclaré à l'AFP": a name after a preposition is the listener.
      const after = near.find((m) => m.start >= cue.end && wordCount(context, cue.end, m.start) <= 1
        && findGovernor(context.text, m, cue.end, readWords(context.lang)) === null);
      if (after) return { entity: after.entity, text: null, cue, rule: 'speech-after' };
      // "…, ont indiqué des diplomates": an inverted subject names the source in a few words.
      const inverted = { start: cue.end, end: phraseEnd(context.text, cue.end, sentence.end) };
      const count = wordCount(context, inverted.start, inverted.end);
      if (/,\s*$/u.test(context.text.slice(trigger.end, cue.start)) && count >= 1 && count <= 5) return describe(inverted, cue, 'speech-inverted', context);
    }
  }
  return nextSentenceSpeaker(sentence, context) ?? hostOf(candidate, context);
}

/** "Kyiv invited Beijing to talks": with no other source, who invites voices the planned meeting. */
function hostOf(candidate: Candidate, context: EventContext): Draft<Attribution> | null {
  const judged = candidate.certainty;
  if (!judged?.rule.endsWith('-self-voiced') || !judged.cue) return null;
  const host = subjectBefore(judged.cue, candidate.sentence, context);
  return host ? { entity: host.entity, text: null, cue: judged.cue, rule: 'voiced-subject' } : null;
}

/**
 * "Téhéran a livré des drones à Moscou. Le ministre l'a confirmé samedi.":
 * a speech verb whose object pronoun stands for the sentence before makes
 * its subject the source of what that sentence states.
 */
function nextSentenceSpeaker(sentence: Span, context: EventContext): Draft<Attribution> | null {
  const index = context.sentences.findIndex((s) => s.start === sentence.start);
  const here = context.sentences[index];
  const next = context.sentences[index + 1];
  if (!here || !next || next.paragraph !== here.paragraph) return null;
  const cues = sourceCues(next, context);
  for (const cue of cues.filter((c) => c.kind === 'speech')) {
    // "l'a confirmé" (before the verb), "confirmed this." / "said so on Monday" (after it, closing its phrase).
    const anaphor = cues.some((a) => a.kind === 'anaphor'
      && ((a.end <= cue.start && /^\s*$/u.test(context.text.slice(a.end, cue.start)))
        || (a.start >= cue.end && /^\s*$/u.test(context.text.slice(cue.end, a.start)) && closesPhrase(a, next, context))));
    if (!anaphor) continue;
    const subject = subjectBefore(cue, next, context);
    if (subject) return { entity: subject.entity, text: null, cue, rule: 'speech-next-sentence' };
  }
  return null;
}

/** Words (auxiliaries, adverbs) allowed between a clause boundary and the verb it opens ("mais a aussi rejeté"). */
const BOUNDARY_REACH = 2;

/**
 * True when a clause boundary ("but", "mais") stands between the speech verb
 * and the trigger with no subject of its own: the trigger is a second verb of
 * the speaker, not part of what it says.
 */
function ownActAfterBoundary(cue: Span, trigger: Span, context: EventContext): boolean {
  const between = { start: cue.end, end: trigger.start };
  const boundary = new RegExp(readWords(context.lang).boundary.source, 'giu');
  const last = [...context.text.slice(between.start, between.end).matchAll(boundary)].at(-1);
  if (!last) return false;
  const after = { start: between.start + last.index + last[0].length, end: trigger.start };
  return !/[,;:«»"“”()]/u.test(context.text.slice(after.start, after.end))
    && wordCount(context, after.start, after.end) <= BOUNDARY_REACH
    && mentionsIn(context, after).length === 0;
}

/** Words allowed between a time preposition and the event noun it governs ("after his meeting"). */
const BACKGROUND_REACH = 2;

/**
 * "…said the talks had eased tensions after his meeting with Trump": an event
 * named by a noun in a time phrase, or folded into a hyphenated modifier, is
 * background the writer takes as known, not part of what the speaker claims.
 */
function isBackground(candidate: Candidate, context: EventContext): boolean {
  const { trigger, sentence, actorSpan } = candidate;
  // "Iranian-backed rebels", "the Russian-led alliance": an act folded into a modifier describes, it is not claimed.
  if (actorSpan && actorSpan.end === trigger.start - 1 && context.text[actorSpan.end] === '-') return true;
  if (candidate.pattern.pos !== 'noun') return false;
  return sourceCues(sentence, context).some((cue) => cue.kind === 'background' && cue.end <= trigger.start
    && !/[,;:«»"“”()]/u.test(context.text.slice(cue.end, trigger.start))
    && wordCount(context, cue.end, trigger.start) <= BACKGROUND_REACH);
}

/**
 * True when a coordinator between the trigger and a later speech verb opens
 * the speech verb's own clause (", and the United States said"): the verb is
 * the first finite one after the coordinator, with no comma between.
 */
function speaksInOwnConjunct(cue: Span, trigger: Span, context: EventContext): boolean {
  const coordinator = conjunctsIn(context.text, { start: trigger.end, end: cue.end }, context.lang).at(-1);
  if (!coordinator || context.text.slice(coordinator.end, cue.start).includes(',')) return false;
  return !wordsIn(context.text, { start: coordinator.end, end: cue.start }).some((w) => isFinite(context.lang, context.text.slice(w.start, w.end)));
}

/** "Kigali dément armer les rebelles et accuse Kinshasa": a speech verb does not report the coordinated finite verb. */
function crossesConjunct(cue: Span | null, trigger: Span, context: EventContext): boolean {
  return cue !== null && cue.end <= trigger.start && conjunctIn(context.text, { start: cue.end, end: trigger.end }, context.lang, true) !== null;
}

/** True when punctuation or a preposition follows the span ("this." / "this on Monday", not "this week"). */
function closesPhrase(span: Span, sentence: Span, context: EventContext): boolean {
  const rest = context.text.slice(span.end, sentence.end);
  if (/^\s*(?:[.,;:!?]|$)/u.test(rest)) return true;
  const next = wordsIn(context.text, { start: span.end, end: sentence.end })[0];
  return next !== undefined && readWords(context.lang).prep.has(next.norm);
}

/**
 * "X a assuré à Y que « … » alors que Z conclut une visite": a quotation
 * that opens and closes after the speech verb ends what the verb reports.
 */
function closesQuote(cue: Span, trigger: Span, context: EventContext): boolean {
  const between = context.text.slice(cue.end, trigger.start);
  const open = between.search(/[«“"]/u);
  if (open < 0 || !/[»”"]/u.test(between.slice(open + 1))) return false;
  // The quotation is the whole complement ("que « … »", ": « … »"), not a phrase inside it ("il s'agit de « … »").
  const lead = wordsIn(between, { start: 0, end: open });
  const last = lead.at(-1);
  return /:\s*$/u.test(between.slice(0, open)) || (last !== undefined && readWords(context.lang).complementizer.has(last.norm));
}

/**
 * "Britain, Germany and France said they would impose sanctions": each actor
 * of a coordinated list of speakers speaks for itself, not the last one named.
 */
function ownVoice(candidate: Candidate, context: EventContext, source: Draft<Attribution> | null): Draft<Attribution> | null {
  if (!source?.entity || source.entity === candidate.actor || !candidate.actorSpan || !candidate.actor) return source;
  const speaker = context.mentions.find((m) => m.entity === source.entity && m.start >= candidate.actorSpan!.end
    && m.start >= candidate.sentence.start && m.end <= candidate.sentence.end);
  if (!speaker) return source;
  const words = readWords(context.lang);
  let gap = context.text.slice(candidate.actorSpan.end, speaker.start);
  for (const m of mentionsIn(context, { start: candidate.actorSpan.end, end: speaker.start })) {
    gap = gap.replace(context.text.slice(m.start, m.end), ' ');
  }
  gap = gap.replace(new RegExp(words.coord.source, 'giu'), ' ').replace(/,/gu, ' ');
  const rest = wordsIn(gap, { start: 0, end: gap.length }).filter((w) => !words.det.has(w.norm));
  return rest.length === 0 ? { ...source, entity: candidate.actor, rule: `${source.rule}-coordinated` } : source;
}

/** Words that may stand between a speech verb and a perfect infinitive that opens its claim ("affirment d'une part avoir"). */
const OPENER_REACH = 4;

/**
 * True when "que", "that" or a subject pronoun follows the speech verb within
 * three words, or a perfect infinitive a few words on ("affirme avoir
 * attaqué", "claimed to have sent"): the speaker's claim about its own act.
 */
function opensSpeech(cue: Span, context: EventContext): boolean {
  const words = readWords(context.lang);
  const after = wordsIn(context.text, { start: cue.end, end: Math.min(context.text.length, cue.end + 60) });
  if (after.slice(0, 3).some((w) => words.complementizer.has(w.norm))) return true;
  const opener = sourceCues({ start: cue.end, end: Math.min(context.text.length, cue.end + 60) }, context).find((c) => c.kind === 'opener');
  return opener !== undefined && !/[,;:.!?]/u.test(context.text.slice(cue.end, opener.start))
    && wordCount(context, cue.end, opener.start) <= OPENER_REACH;
}

/** How many words may stand between an unnamed source and its speech verb ("a source familiar with the matter said"). */
const UNNAMED_REACH = 4;

/**
 * The whole noun phrase of an unnamed source, from the comma or clause start
 * before it to its speech verb: "a senior official", "White House officials"
 * (a modifier that names an entity makes the entity the source).
 */
function unnamedPhrase(unnamed: Span, cue: Span, within: Span, context: EventContext): Span {
  const before = context.text.slice(within.start, unnamed.start);
  const stop = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const start = within.start + stop + 1;
  return { start: wordCount(context, start, unnamed.start) <= UNNAMED_REACH ? start : unnamed.start, end: cue.start };
}

/** Source cues already read, per context and span ("start:end"): every candidate of a sentence asks again. */
const cuesRead = new MemoBy<EventContext, readonly Cue[]>();

/** The source cues of a sentence in text order. */
function sourceCues(sentence: Span, context: EventContext): readonly Cue[] {
  return cuesRead.get(context, `${sentence.start}:${sentence.end}`, () => {
    const cues = readCues(context.lang);
    const slice = context.text.slice(sentence.start, sentence.end);
    const found: Cue[] = [];
    for (const match of cueMatches(cues.sourceRegex, cues.source.keys(), slice)) {
      const kind = cues.source.get(cueKey(match.text));
      const start = sentence.start + match.index;
      if (kind) found.push({ start, end: start + match.text.length, kind });
    }
    return found;
  });
}

/** The source phrase as an entity when it names one, else as its words. */
function describe(phrase: Span, cue: Span, rule: string, context: EventContext): Draft<Attribution> {
  const named = mentionsIn(context, phrase).find((m) => isActorMention(context, m) && findGovernor(context.text, m, phrase.start, readWords(context.lang)) === null);
  if (named) return { entity: named.entity, text: null, cue, rule: `${rule}-entity` };
  const text = context.text.slice(phrase.start, phrase.end).trim();
  return { entity: null, text: text.length > 0 ? text : null, cue, rule: `${rule}-text` };
}

/** The nearest actor mention before a speech verb, not inside a prepositional phrase. */
function subjectBefore(cue: Span, sentence: Span, context: EventContext): Mention | undefined {
  const words = readWords(context.lang);
  return mentionsIn(context, { start: sentence.start, end: cue.start })
    .filter((m) => isActorMention(context, m) && findGovernor(context.text, m, sentence.start, words) === null)
    .at(-1);
}

function wordCount(context: EventContext, start: number, end: number): number {
  return wordsIn(context.text, { start, end: Math.max(start, end) }).length;
}

/** Where the noun phrase after a cue ends: the next comma, colon or the sentence end. */
function phraseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const stop = rest.search(/[,;:.!?«»"“”]/u);
  return stop < 0 ? limit : from + stop;
}

/**
 * Gives each direct quote its cue and speaker: first the attribution after the
 * closing mark (« … », a-t-il déclaré / "…," said Smith / "…," the minister
 * told reporters), else the one before the opening mark (X a déclaré : « … »
 * / Smith said: "…" / declaring, "…"), else an incise inside the quote
 * (« Cette alliance, a-t-il lancé, menace l’Europe »).
 */
import type { Mention } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { mentionsIn, paragraphAt, sentenceAt, type QuoteContext, type QuoteDraft } from './context.ts';
import { findCues, type Cue } from './find-cues.ts';
import { findSpeaker } from './find-speaker.ts';
import { wordKey } from './compile-cues.ts';

/** An attribution after the quote starts within this many characters of the closing mark. */
const AFTER_REACH = 60;

/**
 * Direct quotes with their cue and speaker where the text gives them.
 *
 * @example
 * attributeDirectQuotes(context, drafts); // « … », a déclaré le ministre → cue "a déclaré", speaker the minister
 */
export function attributeDirectQuotes(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  return drafts.map((draft, index) => {
    if (draft.kind !== 'direct' || !draft.marks) return draft;
    const after = attributionAfter(context, draft.marks);
    const next = drafts[index + 1]?.marks;
    const afterWindow = after && next ? { start: after.start, end: Math.min(after.end, next.start) } : after;
    const cueAfter = afterWindow
      ? findCues(context.text, afterWindow.start, Math.min(afterWindow.end, afterWindow.start + AFTER_REACH), context.lexicon)
        .find((cue) => !cue.negated && attachesAfter(context.text, draft.marks as Span, cue))
        ?? afterApposition(context, draft.marks, afterWindow)
      : undefined;
    if (afterWindow && cueAfter) {
      const found = findSpeaker(context, cueAfter, afterWindow);
      return { ...draft, cue: span(cueAfter), speaker: found?.speaker, speakerSpan: found?.speakerSpan ?? null, rule: `${draft.rule}-after` };
    }
    const previous = drafts[index - 1]?.marks;
    const before = attributionBefore(context, draft.marks, previous);
    const cueBefore = before ? findCues(context.text, before.start, before.end, context.lexicon).filter((cue) => !cue.negated).pop() : undefined;
    if (before && cueBefore) {
      const found = findSpeaker(context, cueBefore, before);
      return { ...draft, cue: span(cueBefore), speaker: found?.speaker, speakerSpan: found?.speakerSpan ?? null, rule: `${draft.rule}-before` };
    }
    const incise = inciseInside(context, draft.marks);
    if (incise) {
      const found = findSpeaker(context, incise, { start: incise.start, end: incise.windowEnd });
      return { ...draft, cue: span(incise), speaker: found?.speaker, speakerSpan: found?.speakerSpan ?? null, rule: `${draft.rule}-incise` };
    }
    return leadIn(context, draft, previous);
  });
}

/**
 * A quote with no cue of its own, right after a sentence of the same paragraph with a speech verb
 * (« X a parlé à la presse. « … » ») takes its speaker; one opened by a colon or a dash with no verb before it
 * (« Pour le ministre, Jean Dupont, c’est clair : « … » », "When Smith tried a joke — “…”") takes the first person named before it.
 */
function leadIn(context: QuoteContext, draft: QuoteDraft, previous: Span | undefined): QuoteDraft {
  const marks = draft.marks as Span;
  const sentence = sentenceAt(context, marks.start);
  const from = Math.max(sentence?.start ?? marks.start, previous && previous.end <= marks.start ? previous.end : 0);
  const lead = context.text.slice(from, marks.start);
  const framed = framingSource(context, from, lead);
  if (framed) return { ...draft, speaker: framed.entity, speakerSpan: { start: framed.start, end: framed.end }, rule: `${draft.rule}-framed` };
  if (/[:—–]\s*$/u.test(lead)) {
    const person = mentionsIn(context.speakers, from, marks.start).find((m) => context.entities.get(m.entity)?.kind === 'person');
    if (person) return { ...draft, speaker: person.entity, speakerSpan: { start: person.start, end: person.end }, rule: `${draft.rule}-colon` };
    return draft;
  }
  if (/\S/u.test(lead) || !sentence) return draft;
  const before = context.sentences.filter((s) => s.end <= marks.start && s.paragraph === sentence.paragraph && /^\s*$/u.test(context.text.slice(s.end, marks.start))).pop();
  if (!before || (previous && previous.end > before.start)) return draft;
  const cue = findCues(context.text, before.start, before.end, context.lexicon).filter((c) => !c.negated && !c.relative && !c.source).pop();
  const found = cue ? findSpeaker(context, cue, before) : null;
  if (!cue || !found?.speaker) return draft;
  return { ...draft, cue: span(cue), speaker: found.speaker, speakerSpan: found.speakerSpan, rule: `${draft.rule}-lead` };
}

/**
 * « Pour Jean Dupont, « … » », "For Anna Smith, “…”": a sentence opened by a framing word and a name, then a comma,
 * gives the quote that follows to that name (a person first).
 */
function framingSource(context: QuoteContext, from: number, lead: string): Mention | undefined {
  const opening = /^\s*(\p{L}+)\s+[^,;:]+,\s*$/u.exec(lead);
  if (!opening?.[1] || !context.lexicon.framings.has(wordKey(opening[1]))) return undefined;
  const named = mentionsIn(context.speakers, from, from + lead.length);
  const first = named[0];
  // The name follows the framing word, with at most an article or a title between them.
  if (!first || (context.text.slice(from, first.start).match(/\p{L}+/gu) ?? []).length > 3) return undefined;
  return named.find((m) => context.entities.get(m.entity)?.kind === 'person') ?? first;
}

/** A subject with an apposition between the quote and its verb reaches this far ("…," X, a spokesman for Y, said). */
const APPOSITION_REACH = 160;

/** "“…,” Anna Smith, a spokeswoman for the council, said on television": the verb after the subject and its apposition. */
function afterApposition(context: QuoteContext, marks: Span, window: Span): Cue | undefined {
  if (!/[,?!]\s*$/u.test(context.text.slice(marks.start + 1, marks.end - 1))) return undefined;
  const cues = findCues(context.text, window.start, Math.min(window.end, window.start + APPOSITION_REACH), context.lexicon);
  return cues.find((cue) => !cue.negated && /^\s*[^,]{1,60},[^,]{1,100},\s*$/u.test(context.text.slice(marks.end, cue.start)));
}

/** « Cette alliance, a-t-il lancé devant la presse, menace l’Europe »: an inverted cue between commas inside the quote. */
function inciseInside(context: QuoteContext, marks: Span): (Cue & { windowEnd: number }) | null {
  for (const cue of findCues(context.text, marks.start + 1, marks.end - 1, context.lexicon)) {
    // « …, selon laquelle les Canadiens… »: a relative or source phrase inside a quote is no incise.
    if (cue.negated || cue.relative || cue.source || !/,\s*$/u.test(context.text.slice(marks.start + 1, cue.start))) continue;
    // « …, a-t-il dit, face à… » or « …, a martelé le ministre. Elle viendra… »: the incise ends at a comma or a full stop.
    const close = inciseEnd(context.text, cue.end, marks.end - 1);
    if (close < 0) continue;
    const inverted = cue.pronoun !== null || /^\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(context.text.slice(cue.end, close))
      || invertedNounPhrase(context, cue.end, close);
    if (inverted) return { ...cue, windowEnd: close };
  }
  return null;
}

/** Most words of an inverted subject inside an incise (« a martelé le président du Conseil européen »). */
const INCISE_SUBJECT_WORDS = 6;

/** « …, a martelé le ministre. »: a short noun phrase opened by a determiner after the verb is its subject. */
function invertedNounPhrase(context: QuoteContext, from: number, to: number): boolean {
  const words = context.text.slice(from, to).match(/\p{L}+['’]?/gu) ?? [];
  const first = words[0];
  return first !== undefined && /^\s/u.test(context.text.slice(from, from + 1)) && words.length <= INCISE_SUBJECT_WORDS
    && context.lexicon.determiners.has(wordKey(first));
}

/** The comma or sentence end closing an incise inside the marks (not the full stop of "M." or "U.S."), else -1. */
function inciseEnd(text: string, from: number, to: number): number {
  const found = /,|(?<![\s.]\p{Lu})[.;!?](?=\s)/u.exec(text.slice(from, to));
  return found ? from + found.index : -1;
}

/**
 * An attribution after a quote is set off by a comma: inside the marks ("…,” he said; "…?" he asked),
 * right after them (« … », a-t-il déclaré), or after a few words with the verb first (« … » à Gaza, s’est félicité X).
 * "…into “waters where tankers” were sailing, the Pentagon said" attributes the whole sentence, not the fragment.
 */
function attachesAfter(text: string, marks: Span, cue: Span): boolean {
  if (/[,?!]\s*$/u.test(text.slice(marks.start + 1, marks.end - 1))) return true;
  const between = text.slice(marks.end, cue.start);
  return /^\s*,/u.test(between) || /^\s*(?:[^\s,]+\s+){0,2}[^\s,]+,\s*$/u.test(between);
}

/** From the closing mark to the end of its sentence: ", a-t-il déclaré en marge du sommet." */
function attributionAfter(context: QuoteContext, marks: Span): Span | null {
  const paragraph = paragraphAt(context, marks.end - 1);
  if (!paragraph) return null;
  const rest = context.text.slice(marks.end, paragraph.end);
  const stop = /(?<!\p{Lu})[.!?](?=\s|$)|[«“"\n]/u.exec(rest);
  return { start: marks.end, end: marks.end + (stop ? stop.index : rest.length) };
}

/** From the start of the sentence (or the previous quote) to the opening mark: "Smith said: "; or the sentence before, when it ends with a colon. */
function attributionBefore(context: QuoteContext, marks: Span, previous: Span | undefined): Span | null {
  const sentence = sentenceAt(context, marks.start) ?? paragraphAt(context, marks.start);
  if (!sentence) return null;
  const start = Math.max(sentence.start, previous && previous.end <= marks.start ? previous.end : 0);
  if (start < marks.start) return { start, end: marks.start };
  // « Mark Rutte a ensuite déclaré : » closing the paragraph before the quote
  const lead = context.sentences.filter((s) => s.end <= marks.start && /^\s*$/u.test(context.text.slice(s.end, marks.start))).pop();
  if (lead && /:\s*$/u.test(context.text.slice(lead.start, lead.end)) && !(previous && previous.end > lead.start)) {
    return { start: lead.start, end: lead.end };
  }
  return null;
}

function span(value: Span): Span {
  return { start: value.start, end: value.end };
}

/**
 * Settles every speaker still open. A pronoun the entities stage left
 * unresolved (« a-t-il déclaré », "he said") and a direct quote with no cue
 * take the last person mentioned before (the pronoun), or the speaker of the
 * quote just before (the continued quote); when nothing fits the speaker is null (unknown is a value).
 */
import type { Span } from '../../core/span.ts';
import { wordKey } from './compile-cues.ts';
import { findCues } from './find-cues.ts';
import { mentionsIn, paragraphAt, sentenceAt, type QuoteContext, type QuoteDraft } from './context.ts';

/** A quote with no cue continues the previous speaker only this close after the previous quote. */
const CONTINUATION_REACH = 400;

/**
 * Drafts with `speaker` set to an entity id or null.
 *
 * @example
 * resolveSpeakers(context, drafts); // « … », a-t-il déclaré → the speaker of the quote before, or the last person named
 */
export function resolveSpeakers(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const resolved: QuoteDraft[] = [];
  for (const draft of drafts) {
    const previous = [...resolved].reverse().find((other) => other.speaker && other.end <= draft.start);
    if (draft.speaker !== undefined) {
      resolved.push(keepsSpeaker(context, draft, previous));
      continue;
    }
    let speaker: string | null = null;
    let rule = draft.rule;
    if (draft.speakerSpan) {
      // "The US says that Iran shipped missiles, which they say could…": the source quoted earlier in the sentence.
      const sentence = sentenceAt(context, draft.speakerSpan.start);
      const sameSentence = sentence
        ? [...resolved].reverse().find((other) => other.speaker && other.start >= sentence.start && other.start < draft.start)?.speaker
        : undefined;
      speaker = sameSentence ?? (plural(context, draft.speakerSpan)
        ? collectiveSpeaker(context, previous)
        : subjectBefore(context, draft.speakerSpan.start) ?? previous?.speaker ?? null);
      // « Le chancelier a assuré » with no one linked to the role noun is resolved as a pronoun would be.
      const pronoun = context.lexicon.pronouns.has(wordKey(context.text.slice(draft.speakerSpan.start, draft.speakerSpan.end)));
      rule = `${draft.rule}-${pronoun ? 'pronoun' : 'role'}`;
    } else if (previous && draft.start - previous.end <= CONTINUATION_REACH && (draft.cue || draft.kind === 'direct' && (opensSentence(context, draft) || joinedTo(context, previous, draft)))) {
      // « « … », indique le texte »: a speaker named by no entity is the source quoted just before.
      speaker = previous.speaker ?? null;
      rule = `${draft.rule}-continued`;
    }
    resolved.push({ ...draft, speaker, rule });
  }
  return resolved;
}

/**
 * A quote with no cue continues the speaker before only when it stands as an utterance, opening its
 * sentence; words quoted inside the narrator's sentence (NATO’s “all for one, one for all” principle) are nobody's.
 */
function opensSentence(context: QuoteContext, draft: QuoteDraft): boolean {
  const open = draft.marks?.start ?? draft.start;
  const sentence = sentenceAt(context, open) ?? paragraphAt(context, open);
  return !sentence || !/[\p{L}\p{N}]/u.test(context.text.slice(sentence.start, open));
}

/** « selon laquelle « … » et « … » », "“…” and “…”": a quote coordinated with the one before it. */
function joinedTo(context: QuoteContext, previous: QuoteDraft, draft: QuoteDraft): boolean {
  const between = context.text.slice(previous.marks?.end ?? previous.end, draft.marks?.start ?? draft.start);
  return /^[\s,»”"’]*(?:et|and|ou|or|mais|but)?\s*$/iu.test(between);
}

/** A speech pronoun follows the person quoted just before this close (« …, a précisé Macron. « … », a-t-il déclaré »). */
const PRONOUN_REACH = 300;

/**
 * A pronoun subject of a speech verb stands for the person quoted just before, over a person
 * merely named in between (« …, a annoncé X. L'ambassadeur, Y, partira. « … », a-t-il ajouté » → X).
 */
function keepsSpeaker(context: QuoteContext, draft: QuoteDraft, previous: QuoteDraft | undefined): QuoteDraft {
  const span = draft.speakerSpan;
  if (!span || !draft.speaker || !previous?.speaker || previous.speaker === draft.speaker) return draft;
  if (!context.lexicon.pronouns.has(wordKey(context.text.slice(span.start, span.end)))) return draft;
  const person = (id: string) => context.entities.get(id)?.kind === 'person';
  if (!person(previous.speaker) || !person(draft.speaker) || draft.start - previous.end > PRONOUN_REACH) return draft;
  if (spokeJustBefore(context, draft, previous)) return draft;
  return { ...draft, speaker: previous.speaker, rule: `${draft.rule}-same-speaker` };
}

/**
 * « X a dénoncé les livraisons. « … », a-t-il ajouté »: the pronoun's person spoke in the sentence right before
 * the quote, after the older quote, so the pronoun goes on with that person.
 */
function spokeJustBefore(context: QuoteContext, draft: QuoteDraft, previous: QuoteDraft): boolean {
  const open = draft.marks?.start ?? draft.start;
  const before = context.sentences.filter((sentence) => sentence.end <= open).pop();
  if (!before || before.start < previous.end) return false;
  const named = mentionsIn(context.speakers, before.start, before.end).some((m) => m.entity === draft.speaker);
  return named && findCues(context.text, before.start, before.end, context.lexicon).some((cue) => !cue.negated && !cue.source);
}

/** « ont-ils indiqué », "they said": a plural pronoun (`pronouns.tsv`) stands for no single person. */
function plural(context: QuoteContext, span: Span): boolean {
  return context.lexicon.pluralPronouns.has(wordKey(context.text.slice(span.start, span.end)));
}

/** A plural pronoun continues the speaker quoted before when it is a body or a group, never a person; else unknown. */
function collectiveSpeaker(context: QuoteContext, previous: QuoteDraft | undefined): string | null {
  const speaker = previous?.speaker;
  return speaker && context.entities.get(speaker)?.kind !== 'person' ? speaker : null;
}

/**
 * The person a pronoun most likely stands for: the first person named in the
 * nearest sentence before it that names one (« Mark Rutte a évoqué avec Donald
 * Trump… « … », a-t-il déclaré » → Rutte, the subject, not Trump).
 */
function subjectBefore(context: QuoteContext, position: number): string | null {
  // The sentences just before are enough: a pronoun does not reach further back.
  const persons = mentionsIn(context.speakers, Math.max(0, position - 2000), position).filter((m) => context.entities.get(m.entity)?.kind === 'person');
  const last = persons[persons.length - 1];
  if (!last) return null;
  const sentence = context.sentences.find((s) => s.start <= last.start && last.start < s.end);
  const first = sentence ? persons.find((m) => m.start >= sentence.start) : undefined;
  return (first ?? last).entity;
}

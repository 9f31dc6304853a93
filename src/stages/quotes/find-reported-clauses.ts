/**
 * Finds indirect speech: a reporting verb followed by the reported clause,
 * from the complementiser on (« a déclaré que… », « a-t-il souligné, qu’… »,
 * "said on Thursday that…", "told reporters that…"), an infinitive
 * (« a affirmé avoir capturé… ») or, after say/tell, a bare clause
 * ("Zelenskyy said the troops…"). The clause runs to the end of the sentence,
 * or to the next reporting verb joined by a comma or a conjunction.
 */
import type { Sentence } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { isGerund, readingsOf, wordKey } from './compile-cues.ts';
import { wordCount, type QuoteContext, type QuoteDraft } from './context.ts';
import { findCues, type Cue } from './find-cues.ts';
import { clauseStart } from './find-clause-start.ts';
import { findSpeaker } from './find-speaker.ts';

/**
 * Indirect quotes, sentence by sentence.
 *
 * @example
 * findReportedClauses(context, drafts); // "Rutte said that allies must act" → indirect "that allies must act"
 */
export function findReportedClauses(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const found: QuoteDraft[] = [];
  const quoted = drafts.filter((draft) => draft.marks).map((draft) => draft.marks as Span);
  // "…,” said Smith, Washington’s envoy": a cue that attributes a direct quote opens no clause.
  const usedCues = new Set(drafts.flatMap((draft) => (draft.cue && draft.rule.endsWith('-after') ? [draft.cue.start] : [])));
  const eligible = new Set(context.paragraphs.map((paragraph) => paragraph.start));
  for (const sentence of context.sentences) {
    const paragraph = context.allParagraphs[sentence.paragraph];
    if (!paragraph || !eligible.has(paragraph.start)) continue;
    const cues = findCues(context.text, sentence.start, sentence.end, context.lexicon)
      .filter((cue) => !cue.negated && !cue.source && !usedCues.has(cue.start) && !quoted.some((marks) => marks.start < cue.start && cue.end <= marks.end))
      .filter((cue) => !participleOpening(context, cue, sentence));
    const openings = cues.map((cue) => clauseStart(context, cue, sentence));
    cues.forEach((cue, index) => {
      const opened = openings[index];
      if (!opened) return;
      // « dément soutenir les rebelles et accuse l’armée de… »: a finite speech verb joined by "et" is the main subject's next act.
      const later = cues.filter((other, at) => other.start > cue.start && (openings[at] || coordinatedFinite(context, other)));
      const ownQuote = drafts.find((draft) => draft.marks && draft.cue?.start === cue.start && draft.marks.start > opened.start);
      let end = asideEnd(context, cue, sentence, clauseEnd(context, opened.start, sentence, later, quoted), opened.start);
      // "Rubio said his team would call Moscow “and we’ll see what they say.”": the quote is told apart.
      if (ownQuote?.marks && ownQuote.marks.start < end && startsUtterance(context, ownQuote)
        && wordCount(context, opened.start, ownQuote.marks.start) >= 5) {
        end = ownQuote.marks.start;
        while (end > opened.start && /[\s,:]/u.test(context.text[end - 1] ?? '')) end--;
      }
      if (wordCount(context, opened.start, end) < 3) return;
      const previous = found[found.length - 1];
      const inherits = previous && previous.start >= sentence.start && continues(context, previous.end, cue);
      const speaker = inherits
        ? { speaker: previous.speaker, speakerSpan: previous.speakerSpan }
        : findSpeaker(context, cue, { start: windowStart(sentence, quoted, cue), end: opened.start });
      found.push({
        start: opened.start,
        end,
        kind: 'indirect',
        cue: { start: cue.start, end: cue.end },
        speaker: speaker?.speaker,
        speakerSpan: speaker?.speakerSpan ?? null,
        rule: opened.rule,
      });
    });
  }
  return [...drafts, ...found];
}

/**
 * "Asked whether Moscow would attend, Peskov said…": a past participle opening its sentence with no subject, auxiliary
 * or pronoun is a question put to the subject, not a report of its own.
 */
function participleOpening(context: QuoteContext, cue: Cue, sentence: Sentence): boolean {
  // « Affirmant que…, le ministre a… », "Warning that…, he…": a present participle does report, for the subject.
  if (isGerund(context.lexicon, context.text.slice(cue.verb.start, cue.verb.end))) return false;
  return cue.start === cue.verb.start && cue.pronoun === null && !/[\p{L}\p{N}]/u.test(context.text.slice(sentence.start, cue.start));
}

/**
 * A quote that opens with a capital or a conjunction is an utterance of its own (“and we’ll see…”), not the end
 * of the clause (is “not fair”), nor a name after a determiner (would be called the “Road of Peace”).
 */
function startsUtterance(context: QuoteContext, quote: QuoteDraft): boolean {
  const before = /(\p{L}+)['’]?\s*$/u.exec(context.text.slice(Math.max(0, (quote.marks?.start ?? quote.start) - 12), quote.marks?.start ?? quote.start));
  if (before?.[1] && context.lexicon.determiners.has(wordKey(before[1]))) return false;
  return /^(?:\p{Lu}|(?:and|but|et|mais)\s)/u.test(context.text.slice(quote.start, quote.end));
}

/** "…that X, warning that…", "…that X and highlighted that…": the verb goes on with the previous speaker. */
function continues(context: QuoteContext, previousEnd: number, cue: Cue): boolean {
  const between = context.text.slice(previousEnd, cue.start);
  if (!/^[\s,.]*(?:(?:and|et|but|mais)\s+)?(?:\p{Ll}+\s+)?$/u.test(between)) return false;
  return isGerund(context.lexicon, context.text.slice(cue.verb.start, cue.verb.end)) || /(?:and|et|but|mais)\s+(?:\p{Ll}+\s+)?$/u.test(between);
}

/**
 * The end of the reported clause: the sentence end (or the closing mark of a
 * quote opened inside the clause), cut before a further reporting verb
 * joined by a comma or a conjunction (", warning that…", « , soulignant que… »).
 */
function clauseEnd(context: QuoteContext, start: number, sentence: Sentence, cues: readonly Cue[], quoted: readonly Span[]): number {
  let end = sentence.end;
  for (const marks of quoted) if (marks.start >= start && marks.start < end && marks.end > end) end = marks.end;
  for (const cue of cues) {
    if (cue.start <= start || cue.start >= end) continue;
    if (quoted.some((marks) => marks.start < cue.start && cue.start < marks.end)) continue;
    const joint = context.lexicon.coordinatorTail.exec(context.text.slice(start, cue.start));
    if (joint) {
      end = start + joint.index;
      break;
    }
  }
  // "…the offer, and on Monday sent envoys to Geneva": a new clause of the narrator, not of the speaker.
  const { gaps, adverbials, prepositions } = context.lexicon;
  const joined = /,\s+(?:and|but|et|mais)\s+(\p{L}+)/gu;
  for (const match of context.text.slice(start, end).matchAll(joined)) {
    const word = wordKey(match[1] ?? '');
    // "said 26 civilians died, and called the attack…", « a dit que…, et a qualifié… »: the speaker's next verb, told by the narrator.
    if (gaps.has(word) || adverbials.has(word) || prepositions.has(word) || context.lexicon.auxiliaries.has(word) || pastVerb(context, word)) {
      end = start + (match.index ?? 0);
      break;
    }
  }
  // "it has responded positively − but sealing a deal will be harder": a dash and a conjunction hand back to the narrator.
  const dashed = /\s[−–—]\s+(?:but|and|mais|et)\s/u.exec(context.text.slice(start, end));
  if (dashed) end = start + dashed.index;
  // « a assuré que « le soutien tiendra » alors que le sommet touchait à sa fin »
  const breaks = new RegExp(context.lexicon.clauseBreaks.source, context.lexicon.clauseBreaks.flags);
  const narrator = [...context.text.slice(start, end).matchAll(breaks)].find((match) => (match.index ?? 0) > 0);
  if (narrator) end = start + (narrator.index ?? 0);
  // « …concernés.L'ambassadeur »: a full stop glued to the next sentence.
  const glued = /[.!?](?=\p{Lu}[\p{Ll}'’])/u.exec(context.text.slice(start, end));
  if (glued) end = start + glued.index;
  while (end > start && /[\s.,;:!?]/u.test(context.text[end - 1] ?? '')) end--;
  return end;
}

/** A speech verb in a finite form right after "et"/"and" (« et accuse », "and accused"), not an infinitive (« et accuser »). */
function coordinatedFinite(context: QuoteContext, cue: Cue): boolean {
  if (!/(?:^|\s)(?:and|et)\s+$/u.test(context.text.slice(Math.max(0, cue.start - 5), cue.start))) return false;
  if (cue.start < cue.verb.start) return true;
  const readings = readingsOf(context.lang, context.text.slice(cue.verb.start, cue.verb.end));
  return readings.some((reading) => reading.mood === 'indicative') && !readings.some((reading) => reading.mood === 'infinitive');
}

/** Fewest words of a clause cut at the comma closing a relative aside. */
const ASIDE_CLAUSE_WORDS = 4;

/**
 * "Trump, who has voiced optimism that a deal is near, will host…": a cue inside a relative aside on the subject
 * reports only up to the comma that closes the aside.
 */
function asideEnd(context: QuoteContext, cue: Cue, sentence: Sentence, end: number, start: number): number {
  const lead = /,\s*(\p{L}+)\s[^,;:«»“”"]*$/u.exec(context.text.slice(sentence.start, cue.start));
  if (!lead?.[1] || !context.lexicon.relatives.has(wordKey(lead[1]))) return end;
  const comma = context.text.slice(start, end).search(/,(?!\p{N})/u);
  // « qui a affirmé que, malgré la guerre, … »: a comma right after the complementiser opens an aside of the clause.
  return comma > 0 && wordCount(context, start, start + comma) >= ASIDE_CLAUSE_WORDS ? start + comma : end;
}

/** A simple past form ("called", « qualifia »): after ", and" it is the next verb of the main subject. */
function pastVerb(context: QuoteContext, word: string): boolean {
  return readingsOf(context.lang, word).some((reading) => reading.mood === 'indicative' && reading.tense === 'past');
}

/** The subject of a cue is looked for after the last quote closed before it in the sentence. */
function windowStart(sentence: Sentence, quoted: readonly Span[], cue: Cue): number {
  let start = sentence.start;
  for (const marks of quoted) if (marks.end <= cue.start && marks.end > start) start = marks.end;
  return start;
}

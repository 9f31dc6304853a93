/**
 * Finds indirect speech told first and attributed after a comma, without
 * quotation marks: « Les missiles ont touché le navire, a-t-il affirmé. »,
 * "The factories run at full swing, the minister told reporters."
 */
import type { Sentence } from '../../core/layers.ts';
import { isGerund, readingsOf } from './compile-cues.ts';
import { mentionsIn, wholeWords, wordCount, wordsOf, type QuoteContext, type QuoteDraft } from './context.ts';
import { findCues, plainWords, type Cue } from './find-cues.ts';
import { clauseStart } from './find-clause-start.ts';
import { findSpeaker, isListener, listenerWords } from './find-speaker.ts';

/** The verb of a trailing attribution starts within this many characters after the comma. */
const TAIL_REACH = 45;
const MIN_CLAUSE_WORDS = 4;

/**
 * Indirect quotes whose attribution trails the sentence.
 *
 * @example
 * findTrailingAttributions(context, drafts); // "Talks will resume, the ministry said." → "Talks will resume"
 */
export function findTrailingAttributions(context: QuoteContext, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const found: QuoteDraft[] = [];
  const eligible = new Set(context.paragraphs.map((paragraph) => paragraph.start));
  const usedCues = new Set(drafts.flatMap((draft) => (draft.cue ? [draft.cue.start] : [])));
  const quoted = drafts.flatMap((draft) => (draft.marks ? [draft.marks] : []));
  const attributed = drafts.flatMap((draft) => (draft.marks && draft.cue ? [draft.marks] : []));
  for (const sentence of context.sentences) {
    const paragraph = context.allParagraphs[sentence.paragraph];
    if (!paragraph || !eligible.has(paragraph.start)) continue;
    const text = context.text.slice(sentence.start, sentence.end);
    for (let comma = text.lastIndexOf(','); comma > 0; comma = text.lastIndexOf(',', comma - 1)) {
      const at = sentence.start + comma;
      if (quoted.some((marks) => marks.start < at && at < marks.end)) continue;
      // "“…,” said Anna Smith, the head of state.": the quotation before the comma already has its attribution.
      if (attributed.some((marks) => marks.start >= sentence.start && marks.end <= at)) break;
      // « … », a-t-il déclaré: the direct quote already took this attribution.
      if (closingMarkBefore(context.text, sentence.start, at)) break;
      const cue = findCues(context.text, at + 1, Math.min(sentence.end, at + 1 + TAIL_REACH), context.lexicon)[0];
      // « X a salué « … » »: a verb that reports no clause attributes only the quotation marks next to it.
      if (!cue || cue.negated || cue.source || cue.entry.clause === 'none' || usedCues.has(cue.start)) continue;
      if (isGerund(context.lexicon, context.text.slice(cue.verb.start, cue.verb.end))) continue;
      if (!closesSentence(context, at, cue, sentence.end) || opensClause(context, cue, sentence)) continue;
      const head = context.text.slice(sentence.start, at);
      if (wordCount(context, sentence.start, at) < MIN_CLAUSE_WORDS) break;
      // « …concernés.L'ambassadeur »: no attribution across a full stop glued to the next sentence.
      if (/[.!?](?=\p{Lu})/u.test(head)) continue;
      // « Son collègue des Fidji, au nom des petits États insulaires, Jean Dupont, a dénoncé… »: no finite verb, no reported clause.
      if (!wholeWords(head).some((word) => finite(context, word))) continue;
      const speaker = findSpeaker(context, cue, { start: at + 1, end: sentence.end });
      // « …, ont indiqué des diplomates »: with no entity named, only a verb in first place with its auxiliary attributes.
      const verbFirst = /^[\s,]*$/u.test(context.text.slice(at, cue.start));
      // « …, ont indiqué des diplomates », "…, the minister said": no entity named, but an attribution all the same.
      const nounSubject = context.lexicon.determiners.has(plainWords(context.text.slice(at, cue.start))[0] ?? '');
      // "…, said the minister": a noun phrase after a verb in first place is its subject.
      const nounAfter = verbFirst && context.lexicon.determiners.has(plainWords(context.text.slice(cue.end, sentence.end))[0] ?? '');
      if (!speaker && !(verbFirst && cue.start < cue.verb.start) && !nounSubject && !nounAfter) continue;
      // « Au-delà de X, Mark Rutte a accusé l’Iran de … », « …, Evans Njewa, a dénoncé un accord »: a verb with its own object is no attribution.
      const objectNoun = context.lexicon.determiners.has(plainWords(context.text.slice(cue.end, sentence.end))[0] ?? '');
      if (!verbFirst && (objectNoun || hasObject(context, cue.end, sentence.end))) continue;
      // « Le ministre, Jean Dupont, l’a dit lundi à la radio »: the subject must sit in the attribution itself.
      if (speaker && !verbFirst && !(speaker.speakerSpan.start > at && speaker.speakerSpan.end <= cue.end)) continue;
      let start = sentence.start;
      while (start < at && /\s/u.test(context.text[start] ?? '')) start++;
      found.push({
        start,
        end: at,
        kind: 'indirect',
        cue: { start: cue.start, end: cue.end },
        speaker: speaker?.speaker,
        speakerSpan: speaker?.speakerSpan ?? null,
        rule: 'trailing-attribution',
      });
      break;
    }
  }
  return [...drafts, ...found];
}

const CLOSING_MARKS = '»”"’';
const SPACE = /\s/;

/**
 * Whether a closing quotation mark ends `text[from..at)`, spaces aside: read back from `at`, not by a pattern
 * anchored at the end of the slice, which tries every position of the sentence again for each comma.
 */
function closingMarkBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && SPACE.test(text[i]!)) i--;
  return i >= from && CLOSING_MARKS.includes(text[i]!);
}

/** Fewest words of a clause after the verb that makes it no trailing attribution ("…, officials told Reuters." opens none). */
const MIN_OPENED_WORDS = 3;

/** The verb opens a reported clause of its own (« …, a-t-il dit que… »), not a listener's name. */
function opensClause(context: QuoteContext, cue: Cue, sentence: Sentence): boolean {
  const opened = clauseStart(context, cue, sentence);
  return opened !== null && wordCount(context, opened.start, sentence.end) >= MIN_OPENED_WORDS;
}

/** A word that reads as a finite verb form (« quitteront », "will", "is"). */
function finite(context: QuoteContext, word: string): boolean {
  return readingsOf(context.lang, word).some((reading) => reading.mood === 'indicative' || reading.mood === 'conditional' || reading.mood === 'subjunctive');
}

/** An entity after the verb that is no listener (« à l’AFP ») is its object. */
function hasObject(context: QuoteContext, from: number, end: number): boolean {
  // "…, the ministry has said, after the allies met…": the circumstance after a comma is not looked at.
  const comma = context.text.indexOf(',', from);
  const to = comma >= 0 && comma < end ? comma : end;
  return mentionsIn(context.speakers, from, to).some((m) => !isListener(context, m));
}

/** The attribution is the end of the sentence: a few words before the verb, after it no clause but a circumstance. */
function closesSentence(context: QuoteContext, comma: number, cue: Cue, end: number): boolean {
  const lead = context.text.slice(comma + 1, cue.start);
  let tail = context.text.slice(cue.end, end);
  // "…, the ministry has said, after the allies met…": a circumstance may follow.
  // "30,000": a comma inside a number sets off nothing.
  const aside = tail.search(/,(?!\p{N})/u);
  if (aside >= 0) {
    const after = plainWords(tail.slice(aside + 1))[0];
    // "…, said the minister, who spoke in Oslo": a relative clause on the postposed subject.
    // « …, a annoncé X, deux mois après le coup d'État », "…, she said on Monday, three days after…": a time circumstance.
    const { prepositions, relatives, adverbials, numberWords } = context.lexicon;
    // « …, a déclaré X, un porte-parole du Kremlin »: after an inverted subject, an apposition on it.
    const apposition = context.lexicon.determiners.has(after ?? '') && !/[\p{L}\p{N}]/u.test(lead);
    const circumstance = prepositions.has(after ?? '') || relatives.has(after ?? '') || adverbials.has(after ?? '') || numberWords.has(after ?? '')
      || /^\s*\p{N}/u.test(tail.slice(aside + 1)) || apposition;
    if (!after || !(circumstance || isGerund(context.lexicon, after))) return false;
    tail = tail.slice(0, aside);
  }
  // "…, after the allies announced": a circumstance, not an attribution.
  const opener = plainWords(lead)[0];
  if (opener && (context.lexicon.prepositions.has(opener) || context.lexicon.complementisers.has(opener))) return false;
  // "…, un objectif que peu jugent réaliste…": a relative clause on a noun, not an attribution.
  const { complementisers, relatives } = context.lexicon;
  if (plainWords(lead).some((word) => complementisers.has(word) || relatives.has(word))) return false;
  const next = plainWords(tail)[0];
  // « …, ont indiqué à l'AFP deux responsables »: « à » before a name is the listener, not a complement.
  const listener = listenerWords(context, tail.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []) > 0;
  if (next && context.lexicon.complements.has(next) && !listener) return false;
  return !lead.includes(',') && wordsOf(lead).length <= 6 && wordsOf(tail).length <= 12;
}

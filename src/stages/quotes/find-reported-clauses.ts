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
import { wordsOf, type QuoteContext, type QuoteDraft } from './context.ts';
import { findCues, type Cue } from './find-cues.ts';
import { findSpeaker } from './find-speaker.ts';

/** Words that may stand between the verb and the complementiser ("said on Thursday (Oct 24) that"). */
const MAX_GAP = 8;
/** An elided word before a letter or a quotation mark (« qu’« il existe… », and the odd « qu’»il » of some wires). */
const TOKEN = /(?:[ldjmnstc]|qu)['’](?=\p{L}|\s*[«»“”"])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s]/giu;

interface Token extends Span {
  readonly key: string;
  readonly raw: string;
}

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
      .filter((cue) => !cue.negated && !cue.source && !usedCues.has(cue.start) && !quoted.some((marks) => marks.start < cue.start && cue.end <= marks.end));
    const openings = cues.map((cue) => clauseStart(context, cue, sentence));
    cues.forEach((cue, index) => {
      const opened = openings[index];
      if (!opened) return;
      // « dément soutenir les rebelles et accuse l’armée de… »: a finite speech verb joined by "et" is the main subject's next act.
      const later = cues.filter((other, at) => other.start > cue.start && (openings[at] || coordinatedFinite(context, other)));
      const ownQuote = drafts.find((draft) => draft.marks && draft.cue?.start === cue.start && draft.marks.start > opened.start);
      let end = clauseEnd(context, opened.start, sentence, later, quoted);
      // "Rubio said his team would call Moscow “and we’ll see what they say.”": the quote is told apart.
      if (ownQuote?.marks && ownQuote.marks.start < end && startsUtterance(context, ownQuote)
        && wordsOf(context.text.slice(opened.start, ownQuote.marks.start)).length >= 5) {
        end = ownQuote.marks.start;
        while (end > opened.start && /[\s,:]/u.test(context.text[end - 1] ?? '')) end--;
      }
      if (wordsOf(context.text.slice(opened.start, end)).length < 3) return;
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
 * Where the reported clause starts after a cue, and by which rule; null when none follows.
 *
 * @example
 * clauseStart(context, cueOf('said'), sentence); // "said on Friday that…" → { start: at "that", rule: 'verb-complementiser' }
 */
export function clauseStart(context: QuoteContext, cue: Cue, sentence: Sentence): { start: number; rule: string } | null {
  const { lexicon } = context;
  const tokens = tokensOf(context.text, cue.end, sentence.end).slice(0, MAX_GAP + 1);
  // « a-t-il souligné, qu’… », "said on Thursday (Oct 24) that…", « a confié à l’agence Reuters « qu’… »
  for (const token of tokens) {
    if (lexicon.complementisers.has(token.key)) return { start: token.start, rule: 'verb-complementiser' };
    if (!skippable(context, token)) break;
  }
  // "said Wednesday his team…", "said on Friday it had…", "told reporters the talks…"
  const first = tokens.find((token, at) => !lexicon.adverbials.has(token.key) && !lexicon.objects.has(token.key)
    && !(lexicon.gaps.has(token.key) && lexicon.adverbials.has(tokens[at + 1]?.key ?? '')));
  // "Machado said, Maduro’s win was “impossible.”": a comma, then a subject and its finite verb (not an incise: "The plan, he said, would fail").
  if (first?.raw === ',' && cue.entry.clause === 'bare' && first === tokens[0]) {
    const next = tokens[1];
    if (next && /^\p{L}/u.test(next.raw) && finiteAhead(lexicon, tokens.slice(1))) return { start: next.start, rule: 'verb-comma-clause' };
  }
  if (!first || !/^[\p{L}\p{N}]/u.test(first.raw)) return null;
  const rest = tokens.slice(tokens.indexOf(first));
  // "said at least 20 people died": a bound before a number is no preposition.
  const counted = countedBound(context, rest);
  if (lexicon.prepositions.has(first.key) && !counted) return null;
  if (cue.entry.clause === 'inf' && isInfinitive(context, first.key)) return { start: first.start, rule: 'verb-infinitive' };
  // "…, said the minister, who…": a verb right after a comma has its subject after it, not a clause.
  if (inverted(context, cue, rest)) return null;
  if (cue.entry.clause === 'bare' && !lexicon.verbs.has(first.key)) return { start: first.start, rule: 'verb-bare-clause' };
  // "warned it would respond", "claimed its forces had taken": a finite verb within a few words opens the clause.
  // Not a bare form with no auxiliary: "Chinese state media has referred…" is a noun.
  const inflected = cue.start < cue.verb.start || wordKey(context.text.slice(cue.verb.start, cue.verb.end)) !== cue.entry.lemma;
  if (cue.entry.clause === 'that' && inflected && (counted || finiteAhead(lexicon, rest))) return { start: first.start, rule: 'verb-finite-clause' };
  return null;
}

/** Reach of the finite verb of a clause with no "that" ("claimed [its eastern forces] had"). */
const FINITE_REACH = 4;

/** An auxiliary or modal within reach, after words only (no preposition, verb or punctuation before it). */
function finiteAhead(lexicon: QuoteContext['lexicon'], tokens: readonly Token[]): boolean {
  for (const [at, token] of tokens.entries()) {
    if (at > FINITE_REACH) return false;
    if (lexicon.finites.has(token.key)) return at > 0;
    if (!/^\p{L}/u.test(token.raw) || lexicon.prepositions.has(token.key) || lexicon.verbs.has(token.key)) return false;
  }
  return false;
}

/** The tokens open with a bound on a number and a verb follows: "at least 20 people died", "more than three were hurt". */
function countedBound(context: QuoteContext, tokens: readonly Token[]): boolean {
  const { bounds, numberWords } = context.lexicon;
  return bounds.some((words) => {
    if (!words.every((word, at) => tokens[at]?.key === word)) return false;
    const next = tokens[words.length];
    if (next === undefined || !(/^\p{N}/u.test(next.raw) || numberWords.has(next.key))) return false;
    // "reported on Tuesday about 50 nautical miles off the coast": a distance, no clause.
    return finiteAhead(context.lexicon, tokens.slice(words.length + 1)) || tokens.slice(words.length + 1, words.length + 1 + FINITE_REACH)
      .some((token) => pastForm(context, token));
  });
}

/** Most words a postposed subject takes ("said a spokeswoman for the foreign ministry"). */
const SUBJECT_WORDS = 6;

/**
 * A cue right after a comma whose words up to the next comma are a short noun phrase, with no finite verb:
 * "…, said the minister, who…" (its subject follows it). Not a participle (", saying the talks had…"),
 * nor a verb after an apposition ("Smith, the envoy, said the talks would resume").
 */
function inverted(context: QuoteContext, cue: Cue, tokens: readonly Token[]): boolean {
  if (!/,\s*$/u.test(context.text.slice(Math.max(0, cue.start - 4), cue.start))) return false;
  if (isGerund(context.lexicon, context.text.slice(cue.verb.start, cue.verb.end))) return false;
  const { finites, verbs } = context.lexicon;
  const stop = tokens.findIndex((token) => /^[,;:.!?]$/u.test(token.raw));
  if (stop < 0 && tokens.length > SUBJECT_WORDS) return false;
  const subject = stop < 0 ? tokens : tokens.slice(0, stop);
  return subject.length <= SUBJECT_WORDS && !subject.some((token, at) => finites.has(token.key) || verbs.has(token.key)
    || (at > 1 && pastForm(context, token)));
}

/** "said the trucks carried shells": a lower-case past form past the first two words is a verb, not a subject ("the armed forces"). */
function pastForm(context: QuoteContext, token: Token): boolean {
  return /^\p{Ll}/u.test(token.raw) && readingsOf(context.lang, token.key).some((reading) => reading.mood === 'indicative' && reading.tense === 'past');
}

/** Words that may sit between a verb and its complementiser: adverbials, names, numbers, brackets, a comma, an opening quote. */
function skippable(context: QuoteContext, token: Token): boolean {
  const { adverbials, gaps, objects } = context.lexicon;
  if (adverbials.has(token.key) || gaps.has(token.key) || objects.has(token.key)) return true;
  if (/^[\p{Lu}\p{N}]/u.test(token.raw)) return true;
  return /^[(),«“"‘]$/u.test(token.raw);
}

function isInfinitive(context: QuoteContext, word: string): boolean {
  const readings = readingsOf(context.lang, word);
  if (readings.length > 0) return readings.some((reading) => reading.mood === 'infinitive');
  return word.length > 3 && context.lexicon.infinitiveEndings.some((ending) => word.endsWith(ending));
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
    const joint = /(?:,|\s(?:and|et|but|mais|while|tandis que))\s+(?:\p{L}+\s+){0,1}$/u.exec(context.text.slice(start, cue.start));
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

function tokensOf(text: string, from: number, to: number): Token[] {
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  const slice = text.slice(from, to);
  return [...slice.matchAll(pattern)].map((match) => ({
    start: from + (match.index ?? 0),
    end: from + (match.index ?? 0) + match[0].length,
    raw: match[0],
    key: wordKey(match[0]),
  }));
}

/**
 * Where a reported clause starts after a speech cue: at a complementiser (« a déclaré que », "said on Thursday that"),
 * an infinitive (« a affirmé avoir capturé »), a bare clause after say/tell ("said the troops…"), a finite clause
 * after a verb taking "that" ("warned it would…"), or after a comma ("said, the win was…"); none after an inverted
 * verb ("…, said the minister").
 */
import type { Sentence } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { isGerund, readingsOf, wordKey } from './compile-cues.ts';
import type { QuoteContext } from './context.ts';
import type { Cue } from './find-cues.ts';

/** Words that may stand between the verb and the complementiser ("said on Thursday (Oct 24) that", « a averti mardi, lors d'une visite à Séoul, que »). */
const MAX_GAP = 12;
/** An elided word before a letter or a quotation mark (« qu’« il existe… », and the odd « qu’»il » of some wires). */
const TOKEN = /(?:[ldjmnstc]|qu)['’](?=\p{L}|\s*[«»“”"])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s]/giu;

interface Token extends Span {
  readonly key: string;
  readonly raw: string;
}


/**
 * Where the reported clause starts after a cue, and by which rule; null when none follows.
 *
 * @example
 * clauseStart(context, cueOf('said'), sentence); // "said on Friday that…" → { start: at "that", rule: 'verb-complementiser' }
 */
export function clauseStart(context: QuoteContext, cue: Cue, sentence: Sentence): { start: number; rule: string } | null {
  const { lexicon } = context;
  const tokens = tokensOf(context.text, cue.end, sentence.end, MAX_GAP + 1);
  // « a-t-il souligné, qu’… », "said on Thursday (Oct 24) that…", « a confié à l’agence Reuters « qu’… »
  for (const token of tokens) {
    if (lexicon.complementisers.has(token.key)) return { start: token.start, rule: 'verb-complementiser' };
    if (!skippable(context, token)) break;
  }
  // "said Wednesday his team…", "said on Friday it had…", "told reporters the talks…"
  const first = tokens.find((token, at) => !lexicon.adverbials.has(token.key) && !lexicon.objects.has(token.key)
    && !(lexicon.gaps.has(token.key) && lexicon.adverbials.has(tokens[at + 1]?.key ?? '')));
  // "Lopez said, the official count was “rigged.”": a comma, then a subject and its finite verb (not an incise: "The plan, he said, would fail").
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
    // "sighted on Friday some 30 kilometres off the port": a distance, no clause.
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
  const { adverbials, gaps, objects, media } = context.lexicon;
  if (adverbials.has(token.key) || gaps.has(token.key) || objects.has(token.key) || media.has(token.key)) return true;
  if (/^[\p{Lu}\p{N}]/u.test(token.raw)) return true;
  return /^[(),«“"‘]$/u.test(token.raw);
}

function isInfinitive(context: QuoteContext, word: string): boolean {
  const readings = readingsOf(context.lang, word);
  if (readings.length > 0) return readings.some((reading) => reading.mood === 'infinitive');
  return word.length > 3 && context.lexicon.infinitiveEndings.some((ending) => word.endsWith(ending));
}


/** The first `limit` tokens of `[from, to)` (the rest of a sentence is long; the clause opens within a few). */
function tokensOf(text: string, from: number, to: number, limit: number): Token[] {
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  for (let match = pattern.exec(slice); match && tokens.length < limit; match = pattern.exec(slice)) {
    tokens.push({ start: from + match.index, end: from + match.index + match[0].length, raw: match[0], key: wordKey(match[0]) });
  }
  return tokens;
}

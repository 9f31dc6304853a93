/**
 * Finds who a speech cue is said by: the nearest mention before the verb in
 * the window (« Mark Rutte a déclaré », "the Pentagon said"), else a subject
 * pronoun ("he said", « a-t-il déclaré ») left for later resolution, else the
 * first mention after it (inversion: « a déclaré le ministre », "said Smith").
 * A participle or a coordinated verb ("…, warning that", « et dit ») takes the
 * subject of the sentence, its first mention.
 */
import type { Mention } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { mentionsIn, type QuoteContext } from './context.ts';
import { isGerund, wordKey } from './compile-cues.ts';
import type { Cue } from './find-cues.ts';

/**
 * A speaker found around a cue: the entity when a mention names it, undefined for a pronoun to resolve,
 * null for an unnamed source the text describes ("Analysts say", « ont indiqué des diplomates »).
 */
export interface FoundSpeaker {
  readonly speaker: string | null | undefined;
  readonly speakerSpan: Span;
}

/** Whether the words just before a mention make it a listener (« à l’AFP », "to reporters", "told Reuters"), not a speaker. */
export function isListener(context: QuoteContext, mention: Span): boolean {
  const before = context.text.slice(Math.max(0, mention.start - 12), mention.start);
  if (context.lexicon.listenerTail.test(before.slice(-8))) return true;
  // "…, officials told Reuters": the object of a verb of telling is spoken to.
  const verb = /(\p{L}+)\s+$/u.exec(before)?.[1];
  const lemma = verb ? context.lexicon.verbs.get(wordKey(verb))?.lemma : undefined;
  return lemma !== undefined && context.lexicon.listenerVerbs.has(lemma);
}

/**
 * The speaker of a cue inside `window` (a stretch of one sentence or attribution).
 *
 * @example
 * findSpeaker(context, cueOf('a déclaré'), sentence); // { speaker: 'e1', speakerSpan: span of "Mark Rutte" }
 */
export function findSpeaker(context: QuoteContext, cue: Cue, window: Span): FoundSpeaker | null {
  // « lit-on dans le communiqué », « peut-on lire dans… »: an impersonal pronoun names no one; the source may follow.
  const impersonal = (span: Span) => context.lexicon.impersonals.has(wordKey(context.text.slice(span.start, span.end)));
  if (cue.pronoun && !impersonal(cue.pronoun)) return fromPronoun(context, cue.pronoun);
  // "In remarks to Reuters, a spokesman said": a listener is no speaker, before the verb or after it.
  const before = outsideRelative(context, mentionsIn(context.speakers, window.start, cue.start), window, cue)
    .filter((m) => !isListener(context, m));
  if (sharesSubject(context, cue) && before[0]) {
    return fromMention(before.find((m) => context.entities.get(m.entity)?.kind === 'person') ?? before[0]);
  }
  // "…drones to Moscow, which they say may…": a subject pronoun right before the verb is its subject, over any earlier name.
  const word = /(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(window.start, cue.start - 12), cue.start));
  if (word?.[1] && context.lexicon.pronouns.has(wordKey(word[1])) && !context.lexicon.impersonals.has(wordKey(word[1]))) {
    const start = cue.start - word[0].length;
    return fromPronoun(context, { start, end: start + word[1].length });
  }
  const nearest = headOf(context, before);
  if (nearest && !hasClauseBreak(context.text, nearest.end, cue.start)) return fromMention(preferPerson(context, before, nearest));
  // « a annoncé à l’AFP une source proche »: the listener is no speaker.
  const afterAll = mentionsIn(context.speakers, cue.end, window.end).filter((m) => !isListener(context, m));
  const after = afterAll[0];
  if (after && !hasClauseBreak(context.text, cue.end, after.start)) return fromMention(preferPerson(context, afterAll, after));
  return roleSubject(context, cue, window) ?? unnamedSource(context, cue, window);
}

/** Most words after a role noun in its subject (« la ministre écologiste », "the new chancellor"). */
const ROLE_TAIL_WORDS = 2;

/**
 * A definite role noun next to the verb that the entities stage linked to no one (« Le chancelier a assuré »,
 * "…,” the defence secretary said"): a person to find like a pronoun, among those named just before.
 */
function roleSubject(context: QuoteContext, cue: Cue, window: Span): FoundSpeaker | null {
  const { text, lexicon } = context;
  const lead = subjectLead(text, window.start, cue.start);
  const tail = /^[^,;:.!?«»“”"]*/u.exec(text.slice(cue.end, window.end))?.[0] ?? '';
  for (const [stretch, from] of [[lead, cue.start - lead.length], [tail, cue.end]] as const) {
    const words = [...stretch.matchAll(/\p{L}+(?:['’-]\p{L}+)*['’]?/gu)];
    const first = words[0];
    if (!first || !lexicon.determiners.has(wordKey(first[0])) || lexicon.indefinites.has(wordKey(first[0]))) continue;
    const rest = words.slice(1).map((word) => wordKey(word[0]));
    const role = lexicon.roleNouns.find((noun) => noun.every((word, at) => rest[at] === word));
    const last = words[words.length - 1];
    if (!role || !last || rest.length - role.length > ROLE_TAIL_WORDS) continue;
    const start = from + (first.index ?? 0);
    return { speaker: undefined, speakerSpan: { start, end: from + (last.index ?? 0) + last[0].length } };
  }
  return null;
}

/**
 * The words before a verb back to the last comma or quotation mark, a relative aside on the subject passed over
 * (« Le chef de la diplomatie, qui s'exprimait depuis Oslo, a estimé » → "Le chef de la diplomatie").
 */
function subjectLead(text: string, from: number, to: number): string {
  const stretch = text.slice(from, to);
  const aside = /,\s*(?:who|which|qui|dont)\s[^,;:«»“”"]*,\s*$/iu.exec(stretch);
  const end = aside ? aside.index : stretch.length;
  const lead = /[^,;:«»“”"]*$/u.exec(stretch.slice(0, end))?.[0] ?? '';
  // Kept at its place: callers count offsets back from the verb, so the aside is blanked, not cut.
  return aside ? lead + ' '.repeat(stretch.length - end) : lead;
}

/** « ont indiqué à l'AFP deux responsables », "told Reuters two officials": words of the listener before an inverted subject. */
export function listenerWords(context: QuoteContext, words: readonly string[]): number {
  if (!context.lexicon.listeners.has(wordKey(words[0] ?? ''))) return 0;
  // The name right after the preposition, or after an article ("to the BBC"); not "to crush Hamas".
  const name = /\p{Lu}/u.test(words[1] ?? '') ? 1 : context.lexicon.determiners.has(wordKey(words[1] ?? '')) && /\p{Lu}/u.test(words[2] ?? '') ? 2 : 0;
  return name > 0 ? name + 1 : 0;
}

/** Most words of an unnamed subject ("Western security analysts", "a representative of the rebels"). */
const UNNAMED_WORDS = 6;

/**
 * An indefinite or bare plural subject next to the verb is a source of its own, never the speaker before:
 * "Analysts say…", "Some diplomats said…", « Des experts estiment… », « …, ont indiqué des diplomates »;
 * so is a definite subject with modifiers before the verb ("the joint statement said", « la défense civile locale a indiqué »).
 */
function unnamedSource(context: QuoteContext, cue: Cue, window: Span): FoundSpeaker | null {
  const { text, lexicon } = context;
  const lead = subjectLead(text, window.start, cue.start);
  const leadStart = cue.start - lead.length;
  const tail = /^[^,;:.!?«»“”"]*/u.exec(text.slice(cue.end, window.end))?.[0] ?? '';
  for (const [stretch, from] of [[lead, leadStart], [tail, cue.end]] as const) {
    const all = [...stretch.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)];
    // "…, where the civil defense agency said": the subordinator is no part of the subject.
    const skip = from === leadStart ? (all[0] && SUBORDINATOR.test(all[0][0]) ? 1 : 0) : listenerWords(context, all.map((word) => word[0]));
    const whole = all.slice(skip);
    // "Officials in Seoul", « un diplomate européen sous couvert d'anonymat »: the subject ends at its first preposition.
    const cut = whole.findIndex((word, at) => at > 0 && lexicon.prepositions.has(wordKey(word[0])));
    const words = cut > 0 ? whole.slice(0, cut) : whole;
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last || whole.length > UNNAMED_WORDS && cut < 0 || words.length > UNNAMED_WORDS) continue;
    const key = wordKey(first[0]);
    const plural = /\p{Ll}[sx]$/u.test(last[0]) && !lexicon.verbs.has(wordKey(last[0])) && !lexicon.pronouns.has(wordKey(last[0]));
    const bare = !lexicon.determiners.has(key) && words.every((word, at) => at === 0 || /^\p{Ll}/u.test(word[0]));
    // "…, said officials" but not "indique que les pays membres": after the verb, a bare plural stands alone.
    const closed = from === leadStart || words.length <= 2;
    const opener = lexicon.prepositions.has(key) || lexicon.complementisers.has(key);
    // "the civil defense agency said", "the joint statement said": a described source of its own; "the agency said" refers back.
    const described = from === leadStart && lexicon.determiners.has(key) && words.length >= 3 && words.every((word) => /^\p{Ll}/u.test(word[0]));
    // "a senior diplomat said" is someone new; "a statement from his office said" is the voice of the one named before.
    const document = lexicon.documents.has(wordKey(last[0]));
    const indefinite = lexicon.indefinites.has(key) && words.length > 1 && !document;
    // « les deux dirigeants ont affirmé », "the three ministers said": a counted group speaks for itself.
    // "two officials familiar with the matter": the plural noun need not close the phrase.
    const counted = words.slice(0, 3).some((word) => lexicon.numberWords.has(wordKey(word[0])))
      && words.some((word) => /\p{Ll}[sx]$/u.test(word[0]) && !lexicon.verbs.has(wordKey(word[0])));
    // « les rebelles affirment », "the protesters said": a definite plural of common nouns is a group of its own.
    const group = plural && closed && lexicon.determiners.has(key) && words.every((word, at) => at === 0 || /^\p{Ll}/u.test(word[0]));
    if (!opener && (indefinite || bare && plural && closed || described || counted || group)) {
      const start = from + (first.index ?? 0);
      return { speaker: null, speakerSpan: { start, end: from + (last.index ?? 0) + last[0].length } };
    }
  }
  return null;
}

/** "US Central Command, which leads the task force against the Houthis, said": the relative clause holds no subject. */
function outsideRelative(context: QuoteContext, before: readonly Mention[], window: Span, cue: Cue): readonly Mention[] {
  const lead = context.text.slice(window.start, cue.start);
  const relative = /,\s*(?:who|which|whose|qui|dont|où)\s[^,]*,\s*(?:\p{Ll}+\s+){0,2}$/u.exec(lead) ?? apposition(context, lead);
  if (!relative) return before;
  const cut = window.start + relative.index;
  return before.filter((m) => m.end <= cut);
}

/** "Anna Smith, a spokeswoman for the council, said": an apposition opening with a determiner holds no subject. */
function apposition(context: QuoteContext, lead: string): { index: number } | null {
  // « Jean Dupont, l’ambassadeur de France, a déclaré »: the elided article keeps its apostrophe.
  const match = /,\s*(\p{L}+)(['’]|\s)[^,]*,\s*$/u.exec(lead);
  const article = wordKey(`${match?.[1] ?? ''}${/['’]/u.test(match?.[2] ?? '') ? "'" : ''}`);
  if (!match || !context.lexicon.determiners.has(article) || !/[\p{L}]/u.test(lead.slice(0, match.index))) return null;
  return { index: match.index };
}

/** "…, warning that", « et dit considérer »: the verb shares the subject of the sentence. */
function sharesSubject(context: QuoteContext, cue: Cue): boolean {
  if (cue.relative) return true;
  if (isGerund(context.lexicon, context.text.slice(cue.verb.start, cue.verb.end))) return true;
  // "X called the talks with Y useful but said…": the coordinated verb keeps X.
  return /(?:^|\s)(?:and|et|but|mais)\s+$/iu.test(context.text.slice(Math.max(0, cue.start - 6), cue.start));
}

/** The last mention before the verb, stepping back over complements (« les Houthis du Yémen ont confirmé »). */
function headOf(context: QuoteContext, before: readonly Mention[]): Mention | undefined {
  let index = before.length - 1;
  let best = before[index];
  while (best && index > 0) {
    const previous = before[index - 1];
    if (!previous) break;
    // « le procureur général du pays »: a mention may start with its own preposition.
    const opening = /^(?:de|du|des|d['’]|of)\s*/iu.exec(context.text.slice(best.start, best.end))?.[0] ?? '';
    const gap = context.text.slice(previous.end, best.start) + opening;
    // « Jean Martin, le ministre des Armées du pays a confié »: up to four words of a role before the complement.
    if (!context.lexicon.complementTail.test(gap) || (gap.match(/\p{L}+/gu) ?? []).length > 4) break;
    index--;
    best = previous;
  }
  return best;
}

/** Among mentions touching the chosen one (only spaces between), a person wins (« le Kényan Ali Mohamed »), else the first (« la CIA américaine »). */
function preferPerson(context: QuoteContext, pool: readonly Mention[], chosen: Mention): Mention {
  const touching = pool.filter((m) => m === chosen || /^\s*$/u.test(context.text.slice(Math.min(m.end, chosen.end), Math.max(m.start, chosen.start))));
  return touching.find((m) => context.entities.get(m.entity)?.kind === 'person') ?? touching[0] ?? chosen;
}

function fromMention(mention: Mention): FoundSpeaker {
  return { speaker: mention.entity, speakerSpan: { start: mention.start, end: mention.end } };
}

/** A pronoun the entities stage resolved is a mention; otherwise the pronoun is kept for fallback. */
function fromPronoun(context: QuoteContext, pronoun: Span): FoundSpeaker {
  const mention = mentionsIn(context.mentions, pronoun.start - 40, pronoun.end).find((m) => m.start <= pronoun.start && pronoun.end <= m.end);
  return mention ? fromMention(mention) : { speaker: undefined, speakerSpan: pronoun };
}

/**
 * Sentence ends (not "M. Dupont"), semicolons, quotation marks and a new clause ("…in Gaza, where the agency said")
 * between a mention and its verb cut them apart; a relative clause set off by commas does not.
 */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to).replace(RELATIVE_ASIDE, ',');
  return /[;«»“”"]|(?<!\p{Lu})[.!?]\s/u.test(between) || NEW_CLAUSE.test(between);
}

const RELATIVE_ASIDE = /,\s*(?:who|which|whose|qui|dont|où)\s[^,]*,/giu;
/** Words opening an adverbial clause before its subject. */
const SUBORDINATOR = /^(?:where|when|while|où|lorsque|quand)$/iu;

/** "…in Gaza, where the agency said": an adverbial clause has its own subject ("UKMTO, which reported" keeps its antecedent). */
const NEW_CLAUSE = /(?:^|[\s,])(?:where|when|while|où|lorsque|quand)\s/iu;

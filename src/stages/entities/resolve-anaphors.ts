/**
 * Pass: nominal anaphora. A noun of `entity-anaphors.tsv` after a definite
 * article or a demonstrative, read as the subject of a verb or as a
 * complement ("du bloc", "by the group"), refers back to
 * the latest entity of its kind within three sentences ("La Cédéao a réuni
 * ses membres. Le bloc a suspendu le Mali" → ECOWAS; "Hezbollah fired
 * rockets. The group said…" → Hezbollah; "Niger a rompu… La junte exige…" →
 * Niger). A state noun next to a state's name or demonym names that state
 * ("Niger's junta", "la junte nigérienne"). Nothing is linked when no
 * antecedent of the right kind is near: unknown is a value.
 */
import { verbReadings } from '../../lang/morphology.ts';
import type { Language } from '../../lang/load.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { compileShapes, wordKey } from './compile-shapes.ts';
import { compileLocatives, isLocativeAt } from './compile-locatives.ts';
import { SUBJECT, compileSalience, salienceRank } from './rank-salience.ts';
import type { Word } from './scan-words.ts';
import { SpanIndex } from './span-index.ts';
import { resolveStatePlaces } from './state-places.ts';
import { resolveStateNames } from './state-names.ts';
import { ledState, resolveStateGroups } from './state-groups.ts';
import { sentenceIndexAt, sentenceWords, sortCandidates, type Candidate, type Work } from './work.ts';

type Takes = 'organization' | 'group' | 'state' | 'country' | 'fighters' | 'members';

const LOOK_BACK = 3;
const FINITE = new Set(['indicative', 'conditional', 'subjunctive']);

/** What a pair noun stands for: two people, two states, or two parties that are no person. */
type PairTakes = 'person' | 'country' | 'any';

interface Anaphors {
  readonly nouns: ReadonlyMap<string, Takes>;
  /** "pouvoir": state nouns read only as the subject of a verb ("le pouvoir a truqué le scrutin", not "au pouvoir depuis"). */
  readonly subjectOnly: ReadonlySet<string>;
  /** "dirigeants", "sides", "pays": nouns that, after "les deux"/"both", stand for two parties. */
  readonly pairNouns: ReadonlyMap<string, PairTakes>;
  /** "deux", "two": number words that make a pair after a plural determiner. */
  readonly pairNumbers: ReadonlySet<string>;
  /** "both": words that make a pair on their own. */
  readonly pairDeterminers: ReadonlySet<string>;
  /** "les", "the", "ces": plural determiners before a pair number. */
  readonly pluralDeterminers: ReadonlySet<string>;
  /** "de", "in": words between a state noun and the seat that names its state ("le régime de Téhéran"). */
  readonly seatLinks: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly clitics: ReadonlySet<string>;
  /** Determiners holding a preposition ("du"), and prepositions before a determiner ("de", "of", "by"). */
  readonly contracted: ReadonlySet<string>;
  readonly complements: ReadonlySet<string>;
  /** "north" → "North": a capitalised point of the compass and the word of a state's key it stands for ("the North"). */
  readonly halves: ReadonlyMap<string, string>;
  /** "government troops", "forces gouvernementales": the words of phrases that name a state's own forces. */
  readonly stateForces: readonly (readonly string[])[];
  /** "plupart", "most": words of quantity before a plural noun of members ("la plupart des membres", "most members"). */
  readonly quantifiers: ReadonlySet<string>;
  /** "des", "of": the link between a quantity word and its noun ("la plupart des membres"). */
  readonly quantifierLinks: ReadonlySet<string>;
}

function compileAnaphors(lang: Language): Anaphors {
  return lang.memo('entities/anaphors', () => {
    const nouns = new Map<string, Takes>();
    const subjectOnly = new Set<string>();
    const determiners = new Set<string>();
    const clitics = new Set<string>();
    const contracted = new Set<string>();
    const complements = new Set<string>();
    const pairNouns = new Map<string, PairTakes>();
    const pairNumbers = new Set<string>();
    const pairDeterminers = new Set<string>();
    const pluralDeterminers = new Set<string>();
    const seatLinks = new Set<string>();
    const halves = new Map<string, string>();
    const stateForces: string[][] = [];
    const quantifiers = new Set<string>();
    const quantifierLinks = new Set<string>();
    for (const row of lang.table('entity-anaphors')) {
      const form = wordKey(row.form ?? '');
      if (!form) continue;
      if (row.takes === 'pair-person' || row.takes === 'pair-country' || row.takes === 'pair-any') pairNouns.set(form, row.takes.slice('pair-'.length) as PairTakes);
      else if (row.takes === 'pair-number') pairNumbers.add(form);
      else if (row.takes === 'pair-determiner') pairDeterminers.add(form);
      else if (row.takes === 'plural-determiner') pluralDeterminers.add(form);
      else if (row.takes === 'seat-link') seatLinks.add(form);
      else if (row.takes === 'state-half' && row.key_word) halves.set(form, row.key_word);
      else if (row.takes === 'state-forces') stateForces.push(form.split(/\s+/u));
      else if (row.takes === 'quantifier') quantifiers.add(form);
      else if (row.takes === 'quantifier-link') quantifierLinks.add(form);
      else if (row.takes === 'determiner') determiners.add(form);
      else if (row.takes === 'contracted') contracted.add(form);
      else if (row.takes === 'complement') complements.add(form);
      else if (row.takes === 'clitic') clitics.add(form);
      else if (row.takes === 'state-subject') {
        nouns.set(form, 'state');
        subjectOnly.add(form);
      } else if (row.takes === 'organization' || row.takes === 'group' || row.takes === 'state' || row.takes === 'country' || row.takes === 'fighters' || row.takes === 'members') nouns.set(form, row.takes);
    }
    return { nouns, subjectOnly, determiners, clitics, contracted, complements, pairNouns, pairNumbers, pairDeterminers, pluralDeterminers, seatLinks, halves, stateForces, quantifiers, quantifierLinks };
  });
}

/**
 * Adds a `role` mention for each anaphoric noun whose antecedent is clear.
 *
 * @example
 * resolveAnaphors(work); // "La Cédéao … Le bloc a suspendu le Mali" → bloc = ECOWAS
 */
export function resolveAnaphors(input: Work): Work {
  const anaphors = compileAnaphors(input.lang);
  if (anaphors.nouns.size === 0) return input;
  // "HMS Diamond", "Malian Armed Forces": names that stand for a state, before any noun looks back to one
  // … and "the Ukrainian region" after "Kharkiv": a place noun with a demonym is that state's place named before
  const work = resolveStatePlaces(resolveStateNames(input));
  const text = work.doc.text;
  const entities = compileGazetteer(work.lang).entities;
  const others = new SpanIndex(work.mentions.filter((m) => m.kind !== 'person' && m.form !== 'role'));
  // "the government troops" as a whole, before "the government" alone takes the state its own way
  const forces = new SpanIndex(resolveStateForces(work, anaphors, work.mentions.filter((m) => m.kind !== 'person'), entities));
  const added: Candidate[] = [...forces.items];
  for (const [index, sentence] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 1; i < words.length; i++) {
      const takes = anaphors.nouns.get(words[i]!.key);
      if (!takes || others.overlapping(words[i]!.start, words[i]!.end).length > 0 || forces.overlapping(words[i]!.start, words[i]!.end).length > 0) continue;
      const named = takes === 'state' || takes === 'country' ? namedState(work, others, words, i) : null;
      if (named) {
        added.push(named);
        continue;
      }
      const subjectOnly = anaphors.subjectOnly.has(words[i]!.key);
      // "les autorités", "the authorities": a subject-only noun may be plural
      const determiner = takes === 'members' ? membersOpener(work, words, i, anaphors)
        : Math.max(determinerBefore(work, words, i, anaphors, takes === 'fighters'), subjectOnly ? determinerBefore(work, words, i, anaphors, true) : -1);
      if (determiner < 0) continue;
      const complement = !subjectOnly && inComplement(words, determiner, anaphors) && closed(work, words, i, anaphors);
      if (!complement && !subjectOfVerb(work, words, i, anaphors)) continue;
      const antecedent = findAntecedent(work, [...others.items, ...added], index, words[determiner]!.start, takes, entities);
      if (!antecedent) continue;
      // the span takes the determiner in: "the bloc", "The Iran-backed movement"
      added.push({ ...antecedent, start: words[determiner]!.start, end: words[i]!.end, form: 'role', rule: `anaphor-${takes}`, role: undefined });
    }
  }
  added.push(...resolvePairs(work, anaphors));
  added.push(...resolveHalves(work, anaphors, others));
  added.push(...resolveStateGroups(work, others, (key: string) => anaphors.determiners.has(key) || anaphors.pluralDeterminers.has(key)));

  return added.length === 0 ? work : { ...work, mentions: sortCandidates([...work.mentions, ...added]) };
}

/**
 * "North Korea fired a missile … the North's envoy said": a capitalised point of the compass after a determiner stands
 * for the state named before whose key holds that word, when exactly one such state was named. "the North Atlantic",
 * "le Nord du pays" (a word or a complement after it) and a name already found there ("le Sud global") are left alone.
 */
function resolveHalves(work: Work, anaphors: Anaphors, others: SpanIndex<Candidate>): Candidate[] {
  if (anaphors.halves.size === 0) return [];
  const text = work.doc.text;
  const added: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      const keyWord = anaphors.halves.get(word.key);
      if (!keyWord || !word.capitalised || !anaphors.determiners.has(words[i - 1]!.key)) continue;
      if (others.overlapping(words[i - 1]!.start, word.end).length > 0) continue;
      const next = words[i + 1];
      const tight = next && /^[ \u00A0]$/u.test(text.slice(word.end, next.start));
      if (tight && (next.capitalised || anaphors.complements.has(next.key) || anaphors.contracted.has(next.key))) continue;
      const states = others.inside(0, words[i - 1]!.start).filter((m) => m.kind === 'country' && m.key.split(' ').includes(keyWord));
      if (new Set(states.map((m) => m.key)).size !== 1) continue;
      added.push({ ...states.at(-1)!, start: words[i - 1]!.start, end: word.end, form: 'role', rule: 'anaphor-state-half', role: undefined });
    }
  }
  return added;
}

/** Rules of mentions that name a state through its forces or its government ("Mali's Armed Forces", "la junte nigérienne"). */
const STATE_BODY_RULES: ReadonlySet<string> = new Set(['state-body', 'anaphor-state-body', 'anaphor-named-state', 'anaphor-seat-state']);

/**
 * "Mali's Armed Forces … Rebels attacked the government troops", "les forces gouvernementales": a phrase of a state's
 * own forces (`state-forces` rows) stands for the latest state named through its forces or government within three
 * sentences, else for the state an anaphoric "government" would take (the subject state, or the only one near).
 */
function resolveStateForces(work: Work, anaphors: Anaphors, mentions: readonly Candidate[],
  entities: ReturnType<typeof compileGazetteer>['entities']): Candidate[] {
  if (anaphors.stateForces.length === 0) return [];
  const text = work.doc.text;
  const added: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 0; i < words.length; i++) {
      // "the government troops’ convoy": a plural possessive's apostrophe is no part of the word
      const phrase = anaphors.stateForces.find((forms) => forms.every((form, k) => words[i + k]?.key.replace(/'$/u, '') === form
        && (k === 0 || /^[ \u00A0]$/u.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start)))));
      if (!phrase) continue;
      const last = words[i + phrase.length - 1]!;
      const end = last.key.endsWith("'") ? last.end - 1 : last.end;
      const before = words[i - 1];
      const opener = before && (anaphors.determiners.has(before.key) || anaphors.pluralDeterminers.has(before.key)) ? before : words[i]!;
      // "Russian government troops", "les forces gouvernementales maliennes": a state named right beside says whose they are
      const beside = (m: Candidate) => m.kind === 'country' && (/^[ \u00A0]$/u.test(text.slice(m.end, words[i]!.start)) || /^[ \u00A0]$/u.test(text.slice(last.end, m.start)));
      if (mentions.some((m) => ((m.end === words[i]!.start - 1 || m.start === last.end + 1) && beside(m)) || (m.start < last.end && m.end > opener.start))) continue;
      const first = work.sentences[Math.max(0, index - LOOK_BACK)]!.start;
      const body = mentions.filter((m) => m.kind === 'country' && STATE_BODY_RULES.has(m.rule) && m.start >= first && m.end <= opener.start)
        .sort((a, b) => b.start - a.start)[0];
      const state = body ?? findAntecedent(work, mentions, index, opener.start, 'state', entities);
      if (!state) continue;
      added.push({ ...state, start: opener.start, end, form: 'role', rule: 'anaphor-state-forces', role: undefined });
      i += phrase.length - 1;
    }
  }
  return added;
}

/** The rule of the two mentions a pair noun gives; the events stage reads them as one coordinated pair. */
export const PAIR_RULE = 'anaphor-pair';

/**
 * "Xi Jinping a reçu Vladimir Poutine. Les deux dirigeants ont discuté…", "Israel and Hamas met. Both sides
 * agreed…": a pair noun stands for the two latest parties of its kind named in its sentence or the two before.
 * It gives two mentions side by side, one per party: the determiner words ("Les deux", "Both") for the party
 * named first, the noun ("dirigeants", "sides") for the other. Nothing is linked without two such parties.
 */
function resolvePairs(work: Work, anaphors: Anaphors): Candidate[] {
  if (anaphors.pairNouns.size === 0) return [];
  const parties = new SpanIndex(work.mentions.filter((m) => PAIR_KINDS.has(m.kind) && m.rule !== PAIR_RULE));
  const added: Candidate[] = [];
  for (const [index] of work.sentences.entries()) {
    const words = sentenceWords(work, index);
    for (let i = 1; i < words.length; i++) {
      const takes = anaphors.pairNouns.get(words[i]!.key);
      if (!takes) continue;
      const opener = pairOpener(work, words, i, anaphors);
      if (opener < 0 || parties.overlapping(words[opener]!.start, words[i]!.end).length > 0) continue;
      const pair = latestPair(work, parties, index, words[opener]!.start, takes);
      if (!pair) continue;
      const [first, second] = pair;
      added.push({ ...first, start: words[opener]!.start, end: words[i - 1]!.end, form: 'role', rule: PAIR_RULE, role: undefined });
      added.push({ ...second, start: words[i]!.start, end: words[i]!.end, form: 'role', rule: PAIR_RULE, role: undefined });
    }
  }
  return added;
}

const PAIR_KINDS: ReadonlySet<string> = new Set(['person', 'country', 'organization', 'group']);

/** The index of the first word of "les deux", "the two", "both" right before the noun at `i`, or -1. */
function pairOpener(work: Work, words: readonly Word[], i: number, anaphors: Anaphors): number {
  const text = work.doc.text;
  const tight = (j: number) => !/[^\s]/u.test(text.slice(words[j]!.end, words[j + 1]!.start));
  const before = words[i - 1]!;
  if (!tight(i - 1)) return -1;
  if (anaphors.pairDeterminers.has(before.key)) return i - 1;
  const determiner = words[i - 2];
  if (!anaphors.pairNumbers.has(before.key) || !determiner || !tight(i - 2) || !anaphors.pluralDeterminers.has(determiner.key)) return -1;
  return i - 2;
}

/** The two latest distinct parties of the kind before `at`, in text order, from the sentence and the two before. */
function latestPair(work: Work, parties: SpanIndex<Candidate>, index: number, at: number, takes: PairTakes): [Candidate, Candidate] | null {
  const first = work.sentences[Math.max(0, index - PAIR_LOOK_BACK)]!.start;
  const text = work.doc.text;
  const locatives = compileLocatives(work.lang);
  const articles = compileShapes(work.lang).articles;
  // "in the Saudi city of Jeddah": a name inside a phrase of place is where the parties met, not one of them.
  const placed = (m: Candidate) => {
    const from = work.sentences[sentenceIndexAt(work.sentences, m.start)]?.start ?? 0;
    const article = /([\p{L}]+['’]?)[\s\u00A0]+$/u.exec(text.slice(Math.max(from, m.start - 12), m.start));
    const at = article && articles.has(wordKey(article[1]!)) ? m.start - article[0].length : m.start;
    return isLocativeAt(locatives, text, from, at);
  };
  // "both sides", "les deux camps": states, organisations or groups; the people who speak for them are no side.
  // "Washington urged both sides": the subject acting on the pair is none of it.
  const sentence = work.sentences[index]!;
  const actsOnPair = salienceRank(text, sentence.start, at, work.lang) !== SUBJECT;
  const acting = (m: Candidate) => actsOnPair && m.start >= sentence.start && salienceRank(text, sentence.start, m.start, work.lang) === SUBJECT;
  const fits = (m: Candidate) => (takes === 'any' ? m.kind !== 'person' : m.kind === takes) && (m.kind === 'person' || !placed(m)) && !acting(m);
  const found: Candidate[] = [];
  const candidates = parties.inside(first, at).filter(fits);
  for (let k = candidates.length - 1; k >= 0 && found.length < 2; k--) {
    const m = candidates[k]!;
    if (!found.some((f) => f.key === m.key)) found.push(m);
  }
  return found.length === 2 ? [found[1]!, found[0]!] : null;
}

const PAIR_LOOK_BACK = 2;

/** "Niger's junta", "the Malian junta", "la junte nigérienne", "le gouvernement français": the noun names that state. */
function namedState(work: Work, others: SpanIndex<Candidate>, words: readonly Word[], i: number): Candidate | null {
  const text = work.doc.text;
  const noun = words[i]!;
  const isState = (m: Candidate | undefined) => !!m && (m.kind === 'country' || m.form === 'demonym' || m.form === 'capital');
  const before = others.lastBefore(noun.start);
  if (before && isState(before) && /^(?:['’]s)?[ \u00A0]$/u.test(text.slice(before.end, noun.start))) {
    return { ...before, start: before.start, end: noun.end, form: 'role', rule: 'anaphor-named-state', role: undefined };
  }
  const after = others.firstFrom(noun.end);
  if (after && after.form === 'demonym' && /^[ \u00A0]$/u.test(text.slice(noun.end, after.start))) {
    return { ...after, start: noun.start, end: after.end, form: 'role', rule: 'anaphor-named-state', role: undefined };
  }
  // "le régime de Téhéran", "the government in Kabul": the seat names the state, even where it reads as a city.
  const link = words[i + 1];
  const seat = link && compileAnaphors(work.lang).seatLinks.has(link.key) ? others.firstFrom(link.end) : undefined;
  if (seat && /^['’]?[ \u00A0]*$/u.test(text.slice(link!.end, seat.start))) {
    const state = seat.form === 'capital' ? seat : seatState(work, seat);
    if (state) return { ...state, start: noun.start, end: seat.end, form: 'role', rule: 'anaphor-seat-state', role: undefined };
  }
  return leaderState(work, words, i);
}

/**
 * "Netanyahu's government", "le gouvernement de Benyamin Netanyahou", "le régime de Kim Jong-un": a state noun
 * with the state's leader names that state (`world/offices.tsv`: the one state the person leads or led).
 */
function leaderState(work: Work, words: readonly Word[], i: number): Candidate | null {
  const text = work.doc.text;
  const noun = words[i]!;
  const people = work.mentions.filter((m) => m.kind === 'person' && m.form !== 'role' && m.form !== 'pronoun');
  const before = people.filter((m) => m.end <= noun.start && /^['’]s[ \u00A0]$/u.test(text.slice(m.end, noun.start))).at(-1);
  const link = words[i + 1];
  const after = link && compileAnaphors(work.lang).seatLinks.has(link.key)
    ? people.find((m) => m.start >= link.end && /^['’]?[ \u00A0]*$/u.test(text.slice(link.end, m.start))) : undefined;
  const leader = before ?? after;
  if (!leader) return null;
  const key = ledState(work, leader.key);
  if (!key) return null;
  const start = before ? before.start : noun.start;
  const end = before ? noun.end : leader.end;
  return { start, end, key, kind: 'country', form: 'role', rule: 'anaphor-leader-state', known: true, gender: '', role: undefined };
}

/** The state a city mention is the capital or seat of ("Tehran" read as the city), from its gazetteer readings. */
function seatState(work: Work, mention: Candidate): Candidate | null {
  const match = work.matches.find((m) => m.start === mention.start && m.end === mention.end);
  const reading = match?.readings.find((r) => r.form === 'capital' || r.form === 'seat');
  if (!reading) return null;
  const facts = compileGazetteer(work.lang).entities.get(reading.key);
  return facts ? { ...mention, key: reading.key, kind: facts.kind, known: true, gender: '' } : null;
}

/**
 * The index of the determiner of the noun at `i`, with at most two lower-case
 * or hyphenated modifiers between ("the militant group", "the Iran-backed
 * movement"), or -1.
 */
function determinerBefore(work: Work, words: readonly Word[], i: number, anaphors: Anaphors, plural: boolean): number {
  const text = work.doc.text;
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const word = words[j]!;
    if (/[^\s'’]/u.test(text.slice(word.end, words[j + 1]!.start))) return -1;
    // "les rebelles", "these militants": a plural noun takes a plural definite determiner ("des rebelles" are new ones).
    if (plural ? anaphors.pluralDeterminers.has(word.key) : anaphors.determiners.has(word.key) || anaphors.contracted.has(word.key)) return j;
    if (word.capitalised && !word.text.includes('-')) return -1;
  }
  return -1;
}

/** "les membres", "les pays membres", "la plupart des membres", "most members": the first word of the phrase, or -1. */
function membersOpener(work: Work, words: readonly Word[], i: number, anaphors: Anaphors): number {
  const determiner = determinerBefore(work, words, i, anaphors, true);
  if (determiner >= 0) return determiner;
  const tight = (j: number) => j >= 0 && /^[\s'’]*$/u.test(work.doc.text.slice(words[j]!.end, words[j + 1]!.start));
  if (tight(i - 1) && anaphors.quantifiers.has(words[i - 1]!.key)) return i - 1;
  if (tight(i - 1) && tight(i - 2) && anaphors.quantifierLinks.has(words[i - 1]!.key) && anaphors.quantifiers.has(words[i - 2]!.key)) return i - 2;
  return -1;
}

/** "du bloc", "de la junte", "controlled by the group", "of the country": the noun completes another. */
function inComplement(words: readonly Word[], determiner: number, anaphors: Anaphors): boolean {
  if (anaphors.contracted.has(words[determiner]!.key)) return true;
  const before = words[determiner - 1];
  return !!before && anaphors.complements.has(before.key);
}

/** Nothing describes the noun further ("du groupe." but not "du groupe africain", a new description). */
function closed(work: Work, words: readonly Word[], i: number, anaphors: Anaphors): boolean {
  const next = words[i + 1];
  if (!next || /[^\s'’]/u.test(work.doc.text.slice(words[i]!.end, next.start))) return true;
  return compileShapes(work.lang).stopwords.has(next.key) || compileSalience(work.lang).obliques.has(next.key) || anaphors.clitics.has(next.key)
    || verbReadings(work.lang, next.text).some((r) => FINITE.has(r.mood));
}

/** The noun is followed by a finite verb, possibly after clitics ("le bloc n'a pas", "the group has", "the country's"). */
function subjectOfVerb(work: Work, words: readonly Word[], i: number, anaphors: Anaphors): boolean {
  const text = work.doc.text;
  if (/^['’]s(?![\p{L}])/u.test(text.slice(words[i]!.end, words[i]!.end + 3))) return true;
  // one adjective or adverb may stand between: "le groupe armé a", "the movement reportedly fired"
  let skipped = false;
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start);
    if (/[^\s'’]/u.test(gap)) return false;
    const key = words[j]!.key;
    if (anaphors.clitics.has(key)) continue;
    if (verbReadings(work.lang, words[j]!.text).some((r) => FINITE.has(r.mood))) return true;
    // "les autorités de fait du Niger": a preposition opens a complement, no adjective ("fait" is no verb there)
    if (skipped || words[j]!.capitalised || anaphors.determiners.has(key) || anaphors.complements.has(key) || anaphors.contracted.has(key)) return false;
    skipped = true;
  }
  return false;
}

/** The mention is the subject of a speech verb within the next three words ("Reuters reported", "l'AFP a indiqué"). */
function speaks(work: Work, mention: Candidate): boolean {
  const { speech } = compileSalience(work.lang);
  const next = work.doc.text.slice(mention.end, mention.end + 40).match(/[\p{L}'’]+/gu) ?? [];
  return next.slice(0, 3).some((word) => verbReadings(work.lang, word).some((r) => speech.has(r.lemma)));
}

/** The latest entity of the wanted kind in the sentence before `at` and the three before it. */
function findAntecedent(work: Work, mentions: readonly Candidate[], index: number, at: number, takes: Takes,
  entities: ReturnType<typeof compileGazetteer>['entities']): Candidate | null {
  const first = work.sentences[Math.max(0, index - LOOK_BACK)]!.start;
  const fits = (m: Candidate): boolean => {
    if (m.start < first || m.end > at) return false;
    if (takes === 'organization' || takes === 'members') return m.kind === 'organization';
    if (takes === 'group') return m.kind === 'organization' && !entities.get(m.key)?.partOf;
    if (takes === 'fighters') return m.kind === 'group' || (m.kind === 'organization' && !entities.get(m.key)?.partOf);
    return m.kind === 'country';
  };
  const near = mentions.filter(fits).sort((a, b) => b.start - a.start);
  // "Reuters reported the vote. Most members…": an outlet that only reports has no members acting
  if (takes === 'members') return near.find((m) => !speaks(work, m)) ?? null;
  if (takes !== 'state' && takes !== 'fighters') return near[0] ?? null;
  // "la junte", "the government", "les rebelles": the party that acts, i.e. the subject of its clause
  const text = work.doc.text;
  const subject = near.find((m) => {
    const sentence = work.sentences[sentenceIndexAt(work.sentences, m.start)];
    return !!sentence && salienceRank(text, sentence.start, m.start, work.lang) === SUBJECT;
  });
  // "Reuters reported the clashes. The rebels fired…": fighters act, the one who only speaks is none of them.
  if (takes === 'fighters') return subject && !speaks(work, subject) ? subject : null;
  return subject ?? (new Set(near.map((m) => m.key)).size === 1 ? near[0]! : null);
}

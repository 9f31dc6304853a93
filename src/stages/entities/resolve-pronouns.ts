/**
 * Pass 6: subject pronouns ("il", "elle", "a-t-il déclaré", "he", "she") as
 * mentions of the person they most likely stand for. Salience first: the
 * subject of the current sentence before the pronoun, else the subject of one
 * of the two sentences before (a pronoun already resolved there counts, so
 * "Rutte … Il compte … avec Trump. « … », a-t-il déclaré" stays on Rutte),
 * the person after a preposition last ("Interrogé par Trump, il…"). Never
 * across a title or heading and never a name quoted inside « » when the
 * pronoun is outside. Impersonal "il y a", "il faut" are skipped; a pronoun
 * left unresolved is reported (unknown is a value).
 */
import type { Message } from '../../core/message.ts';
import { wordAlternation } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { OBLIQUE, SUBJECT, compileSalience, salienceRank } from './rank-salience.ts';
import { verbReadings } from '../../lang/morphology.ts';
import { SpanIndex } from './span-index.ts';
import { PAIR_RULE } from './resolve-anaphors.ts';
import { sentenceIndexAt, sortCandidates, type Candidate, type Gender, type Work } from './work.ts';

const LOOK_BACK = 2;
const QUOTED = /«[^»]{0,3000}»|“[^”]{0,3000}”|"[^"\n]{0,3000}"/gu;

/** A person's mention with its salience rank in its sentence. */
interface Ranked {
  readonly mention: Candidate;
  readonly rank: number;
}

interface Pronouns {
  readonly regex: RegExp;
  readonly forms: ReadonlyMap<string, { readonly gender: Gender; readonly impersonal: ReadonlySet<string>; readonly latest: boolean; readonly body: boolean }>;
  /** Plural subject pronouns ("ils", "they") that stand for a collective actor. */
  readonly collective: RegExp | null;
  /** Plural determiners ("les", "these") that make the name after them a collective. */
  readonly pluralArticles: ReadonlySet<string>;
  /** Singular pronouns that stand for a state or an organisation ("it"). */
  readonly body: RegExp | null;
  /** "la" → f, "le" → m: articles whose gender a state or body takes ("la Russie", "le Qatar"). */
  readonly articleGenders: ReadonlyMap<string, Gender>;
}

function compilePronouns(lang: Language): Pronouns {
  return lang.memo('entities/pronouns', () => {
    const forms = new Map<string, { gender: Gender; impersonal: Set<string>; latest: boolean; body: boolean }>();
    const collective: string[] = [];
    const pluralArticles = new Set<string>();
    const body: string[] = [];
    const articleGenders = new Map<string, Gender>();
    for (const row of lang.table('pronouns')) {
      if (row.resolve === 'gendered-article' && row.form && (row.gender === 'm' || row.gender === 'f')) articleGenders.set(row.form.toLowerCase(), row.gender);
      if (row.resolve === 'body' && row.form) body.push(row.form.toLowerCase());
      if (row.resolve === 'collective' && row.form) collective.push(row.form.toLowerCase());
      if (row.resolve === 'article' && row.form) pluralArticles.add(row.form.toLowerCase());
      if (row.resolve !== 'yes' || !row.form) continue;
      const gender: Gender = row.gender === 'm' || row.gender === 'f' ? row.gender : '';
      const impersonal = new Set((row.impersonal_next ?? '').split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
      forms.set(row.form.toLowerCase(), { gender, impersonal, latest: row.prefers === 'latest', body: row.body === 'yes' });
    }
    return { regex: wordAlternation([...forms.keys()], 'i'), forms, collective: collective.length > 0 ? wordAlternation(collective, 'i') : null, pluralArticles,
      body: body.length > 0 ? wordAlternation(body, 'i') : null, articleGenders };
  });
}

/**
 * Adds a `pronoun` mention for each resolved subject pronoun.
 *
 * @example
 * resolvePronouns(work); // "Mark Rutte … « … », a-t-il déclaré" → il = Mark Rutte
 */
export function resolvePronouns(work: Work): Work {
  const pronouns = compilePronouns(work.lang);
  const { regex, forms } = pronouns;
  const complementisers = compileComplementisers(work.lang);
  const text = work.doc.text;
  const quoted = new SpanIndex([...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
  const bySentence: Ranked[][] = work.sentences.map(() => []);
  const genderOf = new Map<string, Gender>();
  // A name's gender (given name, gazetteer) wins over a role noun's ("la ministre", epicene in the data)
  for (const m of work.mentions) if (m.kind === 'person' && m.form !== 'role' && m.gender && !genderOf.get(m.key)) genderOf.set(m.key, m.gender);
  for (const m of sortCandidates(work.mentions)) {
    // "les deux dirigeants" stands for two people: no "il" refers back to it.
    if (m.kind !== 'person' || m.rule === PAIR_RULE) continue;
    if (m.gender && !genderOf.get(m.key)) genderOf.set(m.key, m.gender);
    const index = sentenceIndexAt(work.sentences, m.start);
    if (index >= 0) bySentence[index]!.push({ mention: m, rank: salienceRank(text, work.sentences[index]!.start, m.start, work.lang) });
  }
  const added: Candidate[] = [];
  const messages: Message[] = [];
  const actors = new SpanIndex(work.mentions.filter((m) => ACTORS.has(m.kind)));
  for (const [index, sentence] of work.sentences.entries()) {
    regex.lastIndex = 0;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(regex)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      const pronoun = forms.get(match[0].toLowerCase());
      if (!pronoun) continue;
      const next = /^[\s\u00A0]+([\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase().replace(/’/g, "'");
      if (next && pronoun.impersonal.has(next)) continue;
      const fits = (m: Candidate) => {
        const gender = genderOf.get(m.key) ?? m.gender;
        return (!gender || !pronoun.gender || gender === pronoun.gender) && !quotedApart(quoted, m.start, start);
      };
      const inClause = embedded(text, sentence.start, start, complementisers);
      // "La Chine a averti qu'elle…": a state or body reporting the clause goes before any person.
      const body = inClause && pronoun.body ? reportingBody(work, actors, quoted, sentence.start, start) : null;
      // a person near goes before the state that was the subject of the sentence before
      const antecedent = body ?? (pronoun.latest ? latestPerson(work, bySentence, index, start, fits)
        : findAntecedent(work, bySentence, index, start, fits, inClause))
        ?? (inClause && pronoun.body ? previousBody(work, actors, quoted, index, start, pronoun.gender) : null);
      if (antecedent) {
        const mention: Candidate = { ...antecedent, start, end, form: 'pronoun', rule: 'pronoun-antecedent', role: undefined };
        added.push(mention);
        // The chain: a resolved subject pronoun is the subject the next pronoun looks for.
        insertRanked(bySentence[index]!, { mention, rank: salienceRank(text, sentence.start, start, work.lang) });
      } else if (pronoun.gender === 'm' || pronoun.gender === 'f') {
        messages.push({ rule: 'unresolved-pronoun', level: 'info', text: `no person for "${match[0]}"`, span: { start, end } });
      }
    }
  }
  added.push(...resolveCollective(work, pronouns, quoted, complementisers));
  added.push(...resolveBody(work, pronouns, quoted, complementisers));
  return { ...work, mentions: sortCandidates([...work.mentions, ...added]), messages: [...work.messages, ...messages] };
}

/** The kinds that may act; a plural pronoun is weighed against all of them, people included. */
const ACTORS: ReadonlySet<string> = new Set(['person', 'country', 'organization', 'group']);

/**
 * Plural subject pronouns: "Les Houthis ont tiré lundi. Ils affirment…" → Houthis, "Western powers said they
 * would…" → Western countries. The antecedent is the subject before the pronoun (in its own sentence, else in
 * one of the two before); it must be a collective: a group, or an organisation or state after a plural article
 * ("les Houthis", "les États-Unis"). A person or a singular name as that subject leaves the pronoun unknown,
 * since a plural pronoun there stands for people the text does not name.
 */
function resolveCollective(work: Work, pronouns: Pronouns, quoted: SpanIndex<{ start: number; end: number }>, complementisers: ReadonlySet<string>): Candidate[] {
  if (!pronouns.collective) return [];
  const text = work.doc.text;
  let actors = new SpanIndex(work.mentions.filter((m) => ACTORS.has(m.kind)));
  const added: Candidate[] = [];
  for (const [index, sentence] of work.sentences.entries()) {
    pronouns.collective.lastIndex = 0;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(pronouns.collective)) {
      const start = sentence.start + match.index;
      const inClause = embedded(text, sentence.start, start, complementisers) || afterSpeechVerb(work, sentence.start, start);
      if (!inClause && salienceRank(text, sentence.start, start, work.lang) !== SUBJECT) continue;
      const subject = subjectBefore(work, actors, index, start, inClause, quoted);
      if (subject && (subject.rule === COLLECTIVE_RULE || isCollective(text, subject, pronouns.pluralArticles))) {
        const mention: Candidate = { ...subject, start, end: start + match[0].length, form: 'pronoun', rule: COLLECTIVE_RULE, role: undefined };
        added.push(mention);
        // The chain: "Les Houthis ont tiré. Selon X, ils visaient… Plus tard, ils ont…": a resolved "ils" is the subject the next one finds.
        actors = new SpanIndex([...actors.items, mention]);
      }
    }
  }
  return added;
}

const COLLECTIVE_RULE = 'pronoun-collective';

/** The kinds a singular non-person pronoun may stand for. */
const BODIES: ReadonlySet<string> = new Set(['country', 'organization']);

/**
 * Singular pronouns of states and bodies: "Hamas said it was ready to talk", "China says it will respond". Only
 * as the subject of a clause that "that" opens after the sentence's own subject, and only
 * when that subject is a single state or organisation: elsewhere "it" is as often a thing or the weather.
 */
function resolveBody(work: Work, pronouns: Pronouns, quoted: SpanIndex<{ start: number; end: number }>, complementisers: ReadonlySet<string>): Candidate[] {
  if (!pronouns.body) return [];
  const text = work.doc.text;
  const actors = new SpanIndex(work.mentions.filter((m) => ACTORS.has(m.kind)));
  const added: Candidate[] = [];
  for (const [index, sentence] of work.sentences.entries()) {
    pronouns.body.lastIndex = 0;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(pronouns.body)) {
      const start = sentence.start + match.index;
      // After "that" only: right after a speech verb ("said it") the pronoun reads as an inverted speaker elsewhere.
      if (!embedded(text, sentence.start, start, complementisers)) continue;
      const subject = reportingBody(work, actors, quoted, sentence.start, start) ?? previousBody(work, actors, quoted, index, start, '');
      if (!subject || isCollective(text, subject, pronouns.pluralArticles)) continue;
      added.push({ ...subject, start, end: start + match[0].length, form: 'pronoun', rule: 'pronoun-body', role: undefined });
    }
  }
  return added;
}

/**
 * The state or organisation that reports the clause a pronoun opens: the latest party before it in its sentence,
 * out of any prepositional phrase ("Georgetown has asked …, and the United States said that it would …"); null
 * when that party is a person or a group.
 */
function reportingBody(work: Work, actors: SpanIndex<Candidate>, quoted: SpanIndex<{ start: number; end: number }>, from: number, at: number): Candidate | null {
  const text = work.doc.text;
  const latest = actors.inside(from, at).filter((m) => salienceRank(text, from, m.start, work.lang) < OBLIQUE && !quotedApart(quoted, m.start, at)).at(-1);
  return latest && BODIES.has(latest.kind) ? latest : null;
}

/**
 * "La Chine investit au Laos. Parmi les projets qu'elle finance…": a pronoun after "que" with no party before it in its own
 * sentence stands for the state or organisation that was the subject of the sentence before, when its article does
 * not give it the other gender ("la Russie" is no "il", "le Qatar" no "elle").
 */
function previousBody(work: Work, actors: SpanIndex<Candidate>, quoted: SpanIndex<{ start: number; end: number }>, index: number, at: number, gender: Gender): Candidate | null {
  const sentence = work.sentences[index]!;
  if (index === 0 || actors.inside(sentence.start, at).length > 0) return null;
  // "Le successeur de Dumont reste à désigner, dans une ville qu'il gérait": a capitalised word the passes left
  // unnamed may be the antecedent; the state before is then no safe guess
  if (/[\s\u00A0'’(«“"]\p{Lu}/u.test(work.doc.text.slice(sentence.start + 1, at))) return null;
  const previous = work.sentences[index - 1]!;
  const paragraph = work.paragraphs[previous.paragraph];
  if (paragraph && (paragraph.role === 'title' || paragraph.role === 'heading')) return null;
  const text = work.doc.text;
  const subject = actors.inside(previous.start, previous.end)
    .find((m) => salienceRank(text, previous.start, m.start, work.lang) === SUBJECT && !quotedApart(quoted, m.start, at));
  if (!subject || !BODIES.has(subject.kind)) return null;
  const article = /([\p{L}]+)[\s\u00A0]+$/u.exec(text.slice(Math.max(previous.start, subject.start - 6), subject.start))?.[1]?.toLowerCase();
  const articleGender = article ? compilePronouns(work.lang).articleGenders.get(article) ?? '' : '';
  return !gender || !articleGender || articleGender === gender ? subject : null;
}

/**
 * The subject a plural pronoun looks back to: the latest subject of its own sentence before it (for an
 * embedded "qu'ils"/"that they", the latest mention outside a prepositional phrase), else the first subject
 * of one of the two sentences before, never across a title or heading.
 */
function subjectBefore(work: Work, actors: SpanIndex<Candidate>, index: number, at: number, inClause: boolean,
  quoted: SpanIndex<{ start: number; end: number }>): Candidate | null {
  const text = work.doc.text;
  const rankIn = (sentence: number, m: Candidate) => salienceRank(text, work.sentences[sentence]!.start, m.start, work.lang);
  const outermost = (list: Candidate[]) => list.filter((m) => !list.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  const here = outermost(actors.inside(work.sentences[index]!.start, at)).filter((m) => !quotedApart(quoted, m.start, at));
  const own = here.filter((m) => rankIn(index, m) === SUBJECT).at(-1) ?? (inClause ? here.filter((m) => rankIn(index, m) < OBLIQUE).at(-1) : undefined);
  if (own) return own;
  for (let back = 1; back <= LOOK_BACK && index - back >= 0; back++) {
    const sentence = work.sentences[index - back]!;
    const paragraph = work.paragraphs[sentence.paragraph];
    if (paragraph && (paragraph.role === 'title' || paragraph.role === 'heading')) break;
    const first = outermost(actors.inside(sentence.start, sentence.end)).find((m) => rankIn(index - back, m) === SUBJECT && !quotedApart(quoted, m.start, at));
    if (first) return first;
  }
  return null;
}

/** A group ("Western countries"), or an organisation or state after a plural article ("les Houthis"). */
function isCollective(text: string, mention: Candidate, pluralArticles: ReadonlySet<string>): boolean {
  if (mention.kind === 'group') return true;
  if (mention.kind !== 'organization' && mention.kind !== 'country') return false;
  const article = /([\p{L}]+)[\s\u00A0]+$/u.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[1];
  return article !== undefined && pluralArticles.has(article.toLowerCase());
}

function insertRanked(list: Ranked[], item: Ranked): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.mention.start > item.mention.start) at--;
  list.splice(at, 0, item);
}

/**
 * The subject (or, failing that, the first non-oblique person) of the current
 * sentence before the pronoun, then of each sentence before; a person after a
 * preposition in the current sentence only when nothing else fits.
 */
function findAntecedent(work: Work, bySentence: readonly Ranked[][], index: number, at: number, fits: (m: Candidate) => boolean, inClause: boolean): Candidate | null {
  const best = (list: readonly Ranked[], maxRank: number) => {
    let chosen: Ranked | null = null;
    for (const item of list) {
      if (item.rank > maxRank || !fits(item.mention)) continue;
      if (!chosen || item.rank < chosen.rank) chosen = item;
    }
    return chosen?.mention ?? null;
  };
  const current = (bySentence[index] ?? []).filter((item) => item.mention.end <= at);
  // "Pour Vladimir Poutine, la visite compte d'autant plus qu'il est isolé": an embedded pronoun may take the person after a preposition
  const here = best(current, inClause ? OBLIQUE : OBLIQUE - 1);
  if (here) return here;
  for (let back = 1; back <= LOOK_BACK && index - back >= 0; back++) {
    const sentence = work.sentences[index - back]!;
    const paragraph = work.paragraphs[sentence.paragraph];
    if (paragraph && (paragraph.role === 'title' || paragraph.role === 'heading')) break;
    const found = best(bySentence[index - back] ?? [], OBLIQUE);
    if (found) return found;
  }
  return best(current, OBLIQUE);
}
/** Complementisers ("que", "qu'", "that"), from the quotes stage's `quote-markers.tsv`. */
function compileComplementisers(lang: Language): ReadonlySet<string> {
  return lang.memo('entities/complementisers', () => new Set(lang.table('quote-markers')
    .filter((row) => row.role === 'complementiser').map((row) => (row.form ?? '').toLowerCase().replace(/’/g, "'")).filter(Boolean)));
}

/** The pronoun opens a clause embedded by a complementiser: "qu'il", "that he". */
function embedded(text: string, from: number, at: number, complementisers: ReadonlySet<string>): boolean {
  const before = /([\p{L}]+['’]?)[\s\u00A0]*$/u.exec(text.slice(Math.max(from, at - 16), at))?.[1];
  return !!before && complementisers.has(before.toLowerCase().replace(/’/g, "'"));
}

/** "… dirigé par Milan Petrović. Celui-ci a reconnu…": the person named last, whatever their rank. */
function latestPerson(work: Work, bySentence: readonly Ranked[][], index: number, at: number, fits: (m: Candidate) => boolean): Candidate | null {
  for (let back = 0; back <= LOOK_BACK && index - back >= 0; back++) {
    const list = bySentence[index - back] ?? [];
    for (let k = list.length - 1; k >= 0; k--) {
      const mention = list[k]!.mention;
      if (mention.end <= at && fits(mention)) return mention;
    }
  }
  return null;
}

/** "Western powers said they would…": a speech verb right before the pronoun opens its clause without "that". */
function afterSpeechVerb(work: Work, from: number, at: number): boolean {
  const before = /([\p{L}]+)[\s\u00A0]*$/u.exec(work.doc.text.slice(Math.max(from, at - 20), at))?.[1];
  const { speech } = compileSalience(work.lang);
  return before !== undefined && verbReadings(work.lang, before).some((r) => speech.has(r.lemma) && r.mood !== 'infinitive');
}

/** A name inside a quotation is not the antecedent of a pronoun outside it. */
function quotedApart(quoted: SpanIndex<{ start: number; end: number }>, mention: number, pronoun: number): boolean {
  return quoted.overlapping(mention, mention + 1).some((q) => q.start <= mention && mention < q.end && !(q.start <= pronoun && pronoun < q.end));
}


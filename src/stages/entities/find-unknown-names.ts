/**
 * Pass 3: names the gazetteer does not know, found by their shape. A run of
 * capitalised words is
 * - an organisation or a place when a head noun says so ("Dongguk University",
 *   "université de Dongguk", "mer Baltique", "Gulf of Aden");
 * - a person after a title ("M. Dupont", "le ministre sud-coréen de la
 *   Défense, Shin Won-sik", "Defence Minister Shin Won-sik"), before a role in
 *   apposition ("Kim Song, ambassadeur…"), or shaped "Given Surname";
 * - a place after a locative preposition with no other evidence ("à Tombouctou").
 * Anything else is left alone: precision matters more than recall here.
 */
import type { EntityKind } from '../../core/layers.ts';
import { capitalisedRuns, type Run } from './capitalised-runs.ts';
import { compileLocatives, isLocativeAt } from './compile-locatives.ts';
import { compileShapes, wordKey, type Shapes } from './compile-shapes.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { institutionEnd, isNameAdjective } from './institution-names.ts';
import { listMates } from './list-mates.ts';
import { titleAfter, titleBefore, titleEndingAt } from './name-evidence.ts';
import type { Word } from './scan-words.ts';
import { SpanIndex } from './span-index.ts';
import { sentenceWords, sortCandidates, type Candidate, type Gender, type Work } from './work.ts';

/** Shapes that say "person" by themselves: a given name first, a title before, a role in apposition after. */
const PERSON_RULES: ReadonlySet<string> = new Set(['shape-given-name', 'shape-title', 'shape-apposition', 'shape-demonym', 'shape-list', 'shape-initials']);

interface Found {
  readonly start: number;
  readonly end: number;
  readonly kind: EntityKind;
  readonly gender: Gender;
  readonly rule: string;
  /** For a body of a named state ("Mali's Armed Forces"): the state's mention it stands for. */
  readonly state?: Candidate;
}

/**
 * Adds a mention (form `shape`) for every unknown name whose shape is clear.
 *
 * @example
 * findUnknownNames(work).mentions; // "le ministre Jean Dupont" → Jean Dupont, person
 */
export function findUnknownNames(work: Work): Work {
  const shapes = compileShapes(work.lang);
  const found: Found[] = [];
  const knownIndex = new SpanIndex(work.mentions);
  for (let index = 0; index < work.sentences.length; index++) {
    const words = sentenceWords(work, index);
    if (isTitleCase(words, shapes)) continue;
    // a name that ran on over later runs ("Cour supérieure du Québec") leaves them alone
    let coveredUntil = -1;
    const open: { start: number; end: number }[] = [];
    const persons: { start: number; end: number }[] = [];
    for (const run of capitalisedRuns(words, work.doc.text, shapes)) {
      if (words[run.from]!.start < coveredUntil) continue;
      // "ministère de la Défense": title words ("Défense") make no name alone, but do after a head noun
      const trimmed = trimRun(words, run, shapes, work.doc.text) ?? (headBefore(work, words, run.from, shapes) ? run : null);
      if (!trimmed) continue;
      const items = classifyRun(work, words, trimmed, shapes, knownIndex);
      for (const item of items) coveredUntil = Math.max(coveredUntil, item.end);
      found.push(...items);
      persons.push(...items.filter((item) => item.kind === 'person'));
      const start = words[trimmed.from]!.start;
      const end = words[trimmed.to - 1]!.end;
      const knownHere = knownIndex.overlapping(start, end);
      persons.push(...knownHere.filter((m) => m.kind === 'person' && m.form !== 'role'));
      if (items.length === 0 && knownHere.length === 0 && trimmed.to - trimmed.from <= 3) open.push({ start, end });
    }
    const mates = listMates(work.doc.text, persons, open, shapes);
    found.push(...mates.map((span) => ({ ...span, kind: 'person' as const, gender: '' as const, rule: 'shape-list' })));
  }
  const known = work.mentions;
  const index = new SpanIndex(known);
  const inside = (m: Candidate, item: Found) => m.start >= item.start && m.end <= item.end;
  const overlapping = (item: Found) => index.overlapping(item.start, item.end);
  // A head-noun name may swallow the names inside it ("Ukrainian Air Force"), never a person or a crossing name.
  const swallows = (item: Found) => item.rule === 'shape-head-noun' && overlapping(item).every((m) => inside(m, item) && m.kind !== 'person' && (m.start !== item.start || m.end !== item.end));
  // A person by shape wins over places and bodies named inside it ("Marie Kabanga Wagner", "Milan Petrović").
  const personSwallows = (item: Found) => item.kind === 'person' && PERSON_RULES.has(item.rule)
    && overlapping(item).every((m) => inside(m, item) && m.kind !== 'person' && m.known && (m.start !== item.start || m.end !== item.end));
  const bodies: Candidate[] = found.flatMap((item) => (item.state ? [{ ...item.state, start: item.start, end: item.end, form: 'role' as const, rule: item.rule }] : []));
  const fresh = found.filter((item) => !item.state && (overlapping(item).length === 0 || swallows(item) || personSwallows(item)));
  const freshIndex = new SpanIndex(fresh);
  const kept = known.filter((m) => !freshIndex.overlapping(m.start, m.end).some((item) => inside(m, item)));
  const added: Candidate[] = fresh.map((item) => ({
    start: item.start,
    end: item.end,
    key: englishKey(work.doc.text.slice(item.start, item.end), shapes) ?? surfaceKey(work.doc.text.slice(item.start, item.end)),
    kind: item.kind,
    form: 'shape',
    rule: item.rule,
    known: false,
    gender: item.gender,
  }));
  return { ...work, mentions: sortCandidates([...kept, ...added, ...bodies]) };
}

/**
 * "Ukraine Presses Allies For More Air Defence": in a title-case headline capitals say nothing about names.
 * Titles and given names do not count: "General Romeo Santos said." is a sentence.
 */
function isTitleCase(words: readonly Word[], shapes: Shapes): boolean {
  // words start with a letter or a digit; the digits ("2024") are no words here
  const letters = words.filter((word) => word.text.charCodeAt(0) > 57 || word.text.charCodeAt(0) < 48);
  const capitals = letters.filter((word) => word.capitalised && !shapes.titles.has(word.fold) && !shapes.givenNames.has(word.text));
  return letters.length >= 4 && capitals.length >= 0.7 * letters.length;
}

/**
 * The surface of a name as its key: spaces collapsed, typographic apostrophes made plain.
 *
 * @example
 * surfaceKey('golfe d’Aden'); // "golfe d'Aden"
 */
export function surfaceKey(surface: string): string {
  return surface.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The English name of a head-first name whose head has one (`english` in entity-shapes.tsv): keys are usual English
 * names, so "université de Dongguk" and "Dongguk University" are one body. Null unless head, particle, then capitalised words only.
 *
 * @example
 * englishKey('université de Dongguk', compileShapes(fr)); // "Dongguk University"
 */
function englishKey(surface: string, shapes: Shapes): string | null {
  if (shapes.englishNames.size === 0) return null;
  const plain = surfaceKey(surface);
  const space = plain.indexOf(' ');
  const pattern = space > 0 ? shapes.englishNames.get(wordKey(plain.slice(0, space))) : undefined;
  if (!pattern) return null;
  const rest = plain.slice(space + 1);
  for (const particle of shapes.particles) {
    const joined = particle.endsWith("'") ? particle : `${particle} `;
    if (!rest.toLowerCase().startsWith(joined)) continue;
    const name = rest.slice(joined.length);
    if (name.length > 0 && name.split(' ').every((word) => /^\p{Lu}/u.test(word))) return pattern.replace('*', name);
  }
  return null;
}

/** A word a run does not start with: a function word, a title word ("Défense"), a modifier ("-backed"). */
function isTrimmedAtStart(word: Word, shapes: Shapes): boolean {
  return shapes.stopwords.has(word.key) || shapes.titleWords.has(word.fold) || shapes.modifierEnd.test(word.text);
}

/** Drops function words, months and weekdays from the start and end of a run. */
function trimRun(words: readonly Word[], run: Run, shapes: Shapes, text: string): Run | null {
  let { from, to } = run;
  while (from < to && (isTrimmedAtStart(words[from]!, shapes) || !words[from]!.capitalised)) from++;
  while (to > from && (shapes.stopwords.has(words[to - 1]!.key) || !words[to - 1]!.capitalised)) to--;
  if (from >= to) return null;
  // A lone capitalised word opening a sentence is usually a common word ("Nouvelle menace"), but not one in capitals ("NASA").
  if (from === 0 && to - from === 1 && !isAcronym(words[0]!, shapes) && !/[,]/u.test(text.slice(words[0]!.end, words[1]?.start ?? words[0]!.end))) return null;
  return { from, to };
}

// Two to six capitals (and digits after them: "TF1"), hyphen-joined parts allowed ("CNDD-FDD").
const ACRONYM = /^\p{Lu}{2,6}\d{0,2}(?:-\p{Lu}{2,6}\d{0,2})?$/u;
// Roman numerals are no acronyms ("Jean-Paul II", "XIV").
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** A word in capitals that is no Roman numeral and no common noun ("PIB"): "NASA", "CNDD-FDD", "TF1". */
function isAcronym(word: Word, shapes: Shapes): boolean {
  return ACRONYM.test(word.text) && !ROMAN.test(word.text) && !shapes.acronymStops.has(word.text);
}

/** A sentence mostly in capitals (a shouted headline): its capitals say nothing. */
function isShouting(words: readonly Word[]): boolean {
  const upper = words.filter((word) => word.text.length > 1 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text));
  return words.length >= 3 && upper.length * 2 > words.length;
}

/** The span of words `from` to `to` (exclusive). Module-level helpers here, not closures: the pass runs per run of capitals. */
function spanOf(words: readonly Word[], from: number, to: number): { start: number; end: number } {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** "la ministre …, Marie Kabanga": an epicene title leaves the gender to the given name. */
function givenGender(word: Word, shapes: Shapes): Gender {
  return shapes.givenNames.get(word.text)?.gender ?? '';
}

function classifyRun(work: Work, words: readonly Word[], run: Run, shapes: Shapes, known: SpanIndex<Candidate>): Found[] {
  const text = work.doc.text;
  const first = words[run.from]!;
  const last = words[run.to - 1]!;
  const size = run.to - run.from;
  // "Ministry of Defence", "Université de Dongguk" / "Dongguk University", "Kursk Oblast"
  const headFirst = shapes.headFirst.get(first.key);
  // "Assemblée nationale", "Fédération internationale de ski": lower-case words after a capitalised head
  if (headFirst === 'organization') {
    const end = institutionEnd(work.lang, words, run.from, run.to, text, shapes);
    if (end > run.to) return [{ ...spanOf(words, run.from, end), kind: 'organization', gender: '', rule: 'shape-head-noun' }];
  }
  if (headFirst && size >= 2) return [{ ...spanOf(words, run.from, run.to), kind: headFirst, gender: '', rule: 'shape-head-noun' }];
  // "le Sénat", "l'Assemblée": a capitalised head alone after an article names the body the text is about
  const article = words[run.from - 1];
  if (headFirst === 'organization' && size === 1 && !shapes.describingHeads.has(first.key) && article && shapes.articles.has(article.key) && /^[\s'’]*$/u.test(text.slice(article.end, first.start))) {
    return [{ ...spanOf(words, run.from, run.to), kind: 'organization', gender: '', rule: 'shape-head-noun' }];
  }
  const headLast = shapes.headLast.get(last.key);
  // "Mali's Armed Forces": a body of a state already named stands for it, the whole phrase a mention of the state
  if (headLast && /['’]s\s$/u.test(text.slice(first.start - 3, first.start))) {
    const state = known.overlapping(first.start - 4, first.start - 3).find((m) => m.end === first.start - 3 && m.kind === 'country');
    return state && size >= 2 ? [{ start: state.start, end: last.end, kind: 'country', gender: '', rule: 'state-body', state }] : [];
  }
  if (headLast && size >= 2) return [{ start: coordinatedStart(words, run.from, shapes, text), end: last.end, kind: headLast, gender: '', rule: 'shape-head-noun' }];
  // "université de Dongguk", "mer Baltique", "golfe d'Aden": a lower-case head before the name
  const lowerHead = headBefore(work, words, run.from, shapes);
  if (lowerHead && known.overlapping(first.start, last.end).length === 0) {
    // "agence Reuters", "village de Krynky": the head describes the name; "université de Dongguk", "mer Rouge": it is part of it
    // … and an acronym right after its head is named by it alone ("le syndicat FNTP")
    const describes = shapes.describingHeads.has(words[lowerHead.at]!.key) || (lowerHead.at === run.from - 1 && size === 1 && isAcronym(first, shapes));
    // "l'équipe de Didier Dupont": a person's name after a describing head is no body
    if (describes && givenName(first, shapes)?.order === 'given' && size >= 2) return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: givenGender(first, shapes), rule: 'shape-given-name' }];
    return [{ start: describes ? first.start : words[lowerHead.at]!.start, end: last.end, kind: lowerHead.kind, gender: '', rule: 'shape-head-noun' }];
  }
  // "l'Espagnol Mario Ruiz", "la Russe Inna Kovaleva": a demonym noun written before a name introduces a person
  // ("the Spaniard Mario Ruiz"); without an article the demonym may be an adjective ("Russian Railways"), so a given name must follow.
  // The article says "noun" only where the language writes the adjective in lower case ("le Russe" / "russe"): English
  // capitalises both, so "the Kenyan Senate" is an adjective before a body and needs a given name as well.
  const demonym = run.from + 1 < run.to && known.overlapping(first.start, first.end).some((m) => m.form === 'demonym' && m.start === first.start && m.end === first.end);
  if (demonym) {
    const next = words[run.from + 1]!;
    const article = words[run.from - 1];
    const nounDemonym = compileGazetteer(work.lang).lowerDemonyms.has(first.fold);
    const introduced = (nounDemonym && article && shapes.articles.has(article.key) && /^[\s'’]*$/u.test(text.slice(article.end, first.start))) || shapes.givenNames.get(next.text)?.order === 'given';
    if (introduced && !shapes.stopwords.has(next.key) && !shapes.titleWords.has(next.fold)) return [{ ...spanOf(words, run.from + 1, run.to), kind: 'person', gender: givenGender(next, shapes), rule: 'shape-demonym' }];
  }
  // "l'autrichienne Tamara Tippler": a lower-case demonym used as a noun, after an article
  const nounBefore = words[run.from - 1];
  const articleBefore = words[run.from - 2];
  if (size >= 2 && nounBefore && articleBefore && !nounBefore.capitalised && shapes.articles.has(articleBefore.key)
    && compileGazetteer(work.lang).demonyms.has(nounBefore.fold) && /^[\s'’]*$/u.test(text.slice(articleBefore.end, nounBefore.start))) {
    return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: givenGender(first, shapes), rule: 'shape-demonym' }];
  }
  // "J. K. Rowling", "T. Martin": initials before a surname
  if (size >= 2 && /^\p{Lu}\.$/u.test(first.text) && !shapes.titles.has(first.fold) && !/^\p{Lu}\.$/u.test(last.text) && words.slice(run.from, run.to - 1).every((word) => /^\p{Lu}\.$/u.test(word.text))) {
    return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: '', rule: 'shape-initials' }];
  }
  // "Defence Minister Shin Won-sik": a title inside the run
  for (let k = run.to - 1; k > run.from; k--) {
    const inner = titleEndingAt(words, k, text, shapes);
    // … but "NATO Secretary General" is all title
    const rest = words.slice(k, run.to).filter((word) => !shapes.titleWords.has(word.fold) && !shapes.titles.has(word.fold));
    if (inner && inner.start >= run.from && rest.length > 0) return [{ ...spanOf(words, k, run.to), kind: 'person', gender: inner.title.gender || givenGender(words[k]!, shapes), rule: 'shape-title' }];
  }
  const before = titleBefore(work, words, run.from, shapes);
  if (before) return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: before.gender || givenGender(first, shapes), rule: 'shape-title' }];
  const given = givenName(first, shapes);
  // "Kim Yong-hyu", "Shin Won-sik": a family name first needs a hyphenated given name
  if (given && size >= 2 && size <= 4 && (given.order === 'given' || (size === 2 && last.text.includes('-')))) {
    return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: given.gender, rule: 'shape-given-name' }];
  }
  const after = titleAfter(work, words, run.to, shapes);
  if (after && size >= 2) return [{ ...spanOf(words, run.from, run.to), kind: 'person', gender: after.gender || givenGender(first, shapes), rule: 'shape-apposition' }];
  // "la NASA", "le CNDD-FDD", "TF1": a lone word in capitals names a body, unless the whole sentence shouts
  // … but "KN-23", "KN 23", "F-16" are models: capitals before a number
  const model = /^[- ]\d/u.test(text.slice(first.end, first.end + 2));
  if (size === 1 && isAcronym(first, shapes) && !model && !isShouting(words)) return [{ ...spanOf(words, run.from, run.to), kind: 'organization', gender: '', rule: 'shape-acronym' }];
  if (size <= 3 && run.from > 0 && afterLocative(work, words, run.from)) {
    return [{ ...spanOf(words, run.from, run.to), kind: 'place', gender: '', rule: 'shape-locative' }];
  }
  return [];
}

/** A listed given name, or a compound one whose first part is listed ("Jean-Eudes", "Marie-Laure"; not "Jean-de-Luz"). */
function givenName(word: Word, shapes: Shapes): { readonly gender: Gender; readonly order: 'given' | 'family' } | undefined {
  const listed = shapes.givenNames.get(word.text);
  if (listed) return listed;
  const compound = /^(\p{Lu}\p{Ll}+)-\p{Lu}\p{Ll}+$/u.exec(word.text);
  const head = compound ? shapes.givenNames.get(compound[1]!) : undefined;
  return head?.order === 'given' ? head : undefined;
}

/** "United Nations Relief and Works Agency": capitalised words joined by a conjunction before the head belong to the name. */
function coordinatedStart(words: readonly Word[], from: number, shapes: Shapes, text: string): number {
  const conjunction = words[from - 1];
  const before = words[from - 2];
  if (!conjunction || !before || !before.capitalised || !shapes.conjunctions.has(conjunction.key)) return words[from]!.start;
  if (!/^ $/u.test(text.slice(before.end, conjunction.start)) || !/^ $/u.test(text.slice(conjunction.end, words[from]!.start))) return words[from]!.start;
  let k = from - 2;
  while (k > 0 && words[k - 1]!.capitalised && !shapes.stopwords.has(words[k - 1]!.key) && /^ $/u.test(text.slice(words[k - 1]!.end, words[k]!.start))) k--;
  return words[k]!.start;
}

/**
 * A lower-case head noun before the run, possibly with adjectives and a particle:
 * "golfe d'Aden", "service météorologique des Açores", "quotidien allemand Bild".
 */
function headBefore(work: Work, words: readonly Word[], from: number, shapes: Shapes): { at: number; kind: 'organization' | 'place' } | null {
  const text = work.doc.text;
  const demonyms = compileGazetteer(work.lang).demonyms;
  for (const back of [1, 2, 3, 4]) {
    const head = words[from - back];
    if (!head || head.capitalised || !shapes.lowerHeads.has(head.key)) continue;
    const kind = shapes.headFirst.get(head.key);
    if (!kind) continue;
    // "quotidien allemand Bild" describes Bild; "ministère taïwanais de la Défense" is a body of Taiwan, no name of its own
    const describes = shapes.describingHeads.has(head.key);
    const between = words.slice(from - back + 1, from);
    let adjectives = 0;
    while (adjectives < between.length && isAdjectiveAfterHead(work, between[adjectives]!, demonyms, describes)) adjectives++;
    const particles = between.slice(adjectives).map((word) => word.key).join(' ');
    if (particles !== '' && !shapes.particles.has(particles)) continue;
    const chain = words.slice(from - back, from + 1);
    if (chain.every((word, k) => k === 0 || /^[ \u00A0\u202F]?$/u.test(text.slice(chain[k - 1]!.end, word.start)))) return { at: from - back, kind };
  }
  return null;
}

/** A lower-case adjective between a head and a name; a demonym only after a head that describes ("quotidien allemand Bild"). */
function isAdjectiveAfterHead(work: Work, word: Word, demonyms: ReadonlyMap<string, string>, describes: boolean): boolean {
  return !word.capitalised && (demonyms.has(word.fold) ? describes : isNameAdjective(work.lang, word));
}

function afterLocative(work: Work, words: readonly Word[], from: number): boolean {
  return isLocativeAt(compileLocatives(work.lang), work.doc.text, words[0]!.start, words[from]!.start);
}

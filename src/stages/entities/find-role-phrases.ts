/**
 * Finds role noun phrases and what they belong to: "secrétaire général de
 * l'OTAN", "président élu américain", "ministre iranien des Affaires
 * étrangères", "chef du Kremlin", "NATO chief", "U.S. Secretary of State",
 * "Russian president". The span leaves out the article.
 */
import type { Language } from '../../lang/load.ts';
import { verbReadings, type VerbReading } from '../../lang/morphology.ts';
import { compileRoles, type RoleForm } from './compile-roles.ts';
import { compileShapes, type Shapes } from './compile-shapes.ts';
import type { Word } from './scan-words.ts';
import { SpanIndex } from './span-index.ts';
import { sentenceWords, type Candidate, type Work } from './work.ts';

export interface RolePhrase {
  readonly start: number;
  readonly end: number;
  readonly offices: readonly string[];
  /** Key of the state or body the role belongs to, when said. */
  readonly of: string | null;
  readonly form: RoleForm;
}


/**
 * The role phrases of the doc, in text order.
 *
 * @example
 * findRolePhrases(work)[0]; // "le patron de l'OTAN" → { offices: ['secretary-general', 'president'], of: 'NATO' }
 */
export function findRolePhrases(work: Work): RolePhrase[] {
  const roles = compileRoles(work.lang);
  const titles = titleForms(work);
  const shapes = compileShapes(work.lang);
  const text = work.doc.text;
  const others = work.mentions.filter((m) => m.kind !== 'person');
  const startingAt = new Map(others.map((m) => [m.start, m]));
  const endingAt = new Map(others.map((m) => [m.end, m]));
  const otherIndex = new SpanIndex(others);
  const phrases: RolePhrase[] = [];
  for (let index = 0; index < work.sentences.length; index++) {
    const words = sentenceWords(work, index);
    for (let i = 0; i < words.length; i++) {
      const offices = roles.get(words[i]!.fold);
      const bare = titles.get(words[i]!.fold);
      if (!offices && !bare) continue;
      for (const form of offices && bare ? [...offices, ...bare] : (offices ?? bare)!) {
        const found = matchForm(words, i, form, text, startingAt);
        if (!found) continue;
        phrases.push(extend(work.lang, words, i, found, form, text, startingAt, endingAt, otherIndex, shapes));
        i = found.next - 1;
        break;
      }
    }
  }
  const people = new SpanIndex(work.mentions.filter((m) => m.kind === 'person'));
  return phrases.filter((p) => people.overlapping(p.start, p.end).length === 0);
}

/**
 * Function titles that name no office ("conseiller", "analyst", "commandant"): role forms with no office,
 * which only an apposition binds ("Jean Dupont, conseiller du ministre").
 */
function titleForms(work: Work): ReadonlyMap<string, readonly RoleForm[]> {
  return work.lang.memo('entities/title-forms', () => {
    const forms = new Map<string, RoleForm[]>();
    for (const [title, facts] of compileShapes(work.lang).titles) {
      if (facts.kind !== 'function' || facts.words !== 1 || title.endsWith('.')) continue;
      forms.set(title, [{ words: [title], offices: [], gender: facts.gender, bare: false }]);
    }
    return forms;
  });
}

interface FormMatch {
  readonly next: number;
  readonly of: string | null;
}

/** Matches the form's words at `i`; one demonym may follow the first word ("ministre turc de la Défense"). */
function matchForm(words: readonly Word[], i: number, form: RoleForm, text: string, startingAt: Map<number, Candidate>): FormMatch | null {
  let j = i + 1;
  let of: string | null = null;
  for (let k = 1; k < form.words.length; k++) {
    const word = words[j];
    if (!word || !spaced(text, words[j - 1]!, word)) return null;
    if (k === 1 && of === null && word.fold !== form.words[k]) {
      const demonym = startingAt.get(word.start);
      if (demonym?.form !== 'demonym') return null;
      of = demonym.key;
      j = nextAfter(words, j, demonym.end);
      k--;
      continue;
    }
    if (word.fold !== form.words[k]) return null;
    j++;
  }
  return { next: j, of };
}

function extend(lang: Language, words: readonly Word[], i: number, match: FormMatch, form: RoleForm, text: string,
  startingAt: Map<number, Candidate>, endingAt: Map<number, Candidate>, inside: SpanIndex<Candidate>, shapes: Shapes): RolePhrase {
  let start = words[i]!.start;
  let j = match.next;
  let of = match.of;
  let offices = form.offices;
  for (let step = 0; step < 3; step++) {
    const word = words[j];
    if (!word || !spaced(text, words[j - 1]!, word)) break;
    const key = word.key;
    const mention = startingAt.get(word.start);
    if (shapes.elect.has(key) && offices.some((o) => o === 'head-of-state' || o === 'president')) {
      offices = ['president-elect'];
      j++;
    } else if (mention?.form === 'demonym' && of === null) {
      of = mention.key;
      j = nextAfter(words, j, mention.end);
    } else if (shapes.complements.has(key) || (step === 0 && of === null && !word.capitalised && complementAt(words, j + 1, text, shapes))) {
      // "porte-parole militaire des Houthis": one adjective may stand before the complement
      const at = shapes.complements.has(key) ? j : j + 1;
      let k = at + 1;
      if (words[k] && shapes.articles.has(words[k]!.key)) k++;
      // "procureur du pays": an anaphor's span takes in its contracted determiner, so it starts at the complement itself
      const target = (words[k] ? startingAt.get(words[k]!.start) : undefined) ?? startingAt.get(words[at]!.start);
      // "porte-parole de la présidence russe": a body named by a noun and a demonym
      const noun = words[k];
      const adjective = !target && noun && !noun.capitalised && words[k + 1] ? startingAt.get(words[k + 1]!.start) : undefined;
      const found = target && target.form !== 'demonym' ? target : adjective?.form === 'demonym' ? adjective : undefined;
      if (!found) break;
      // "ambassadeur du Japon auprès de l'Union européenne": a second complement widens the span only
      of ??= found.key;
      j = nextAfter(words, k, found.end);
    } else break;
  }
  start = compoundStart(lang, words, i, j, text, shapes, endingAt) ?? start;
  // English modifiers before the noun: "NATO chief", "Russian president", "Ukraine's president"
  const before = text.slice(Math.max(0, start - 3), start);
  const gap = /['’]s\s$/u.test(before) ? 3 : /\s$/u.test(before) ? 1 : 0;
  const modifier = gap > 0 ? endingAt.get(start - gap) : undefined;
  if (modifier && of === null) {
    of = modifier.key;
    start = modifier.start;
  }
  const end = words[j - 1]!.end;
  of ??= inside.inside(start, end)[0]?.key ?? null;
  return { start, end, offices, of, form };
}

/**
 * A role in title position (a capitalised name right after it) takes in the
 * lower-case nouns that open its phrase: « ," armed forces chief General X »,
 * "Lebanon's caretaker Prime Minister X". Only from a clause edge, a quotation
 * mark, a possessive, or a demonym or body that owns the phrase ("Wagner unit commander X"),
 * over at most two words that are no function words.
 */
function compoundStart(lang: Language, words: readonly Word[], i: number, j: number, text: string, shapes: Shapes, endingAt: Map<number, Candidate>): number | null {
  const next = words[j];
  if (!next || !next.capitalised || !spaced(text, words[j - 1]!, next)) return null;
  let k = i;
  while (k > 0 && i - k < 2 && !words[k - 1]!.capitalised && !shapes.stopwords.has(words[k - 1]!.key)
    && !shapes.articles.has(words[k - 1]!.key) && spaced(text, words[k - 1]!, words[k]!)) k--;
  if (k === i) return null;
  const before = text.slice(Math.max(0, words[k]!.start - 4), words[k]!.start);
  // … after a demonym or a body's name, only over nouns ("Lebanese caretaker Prime Minister X"); a place's name says
  // where, not whose ("Washington alongside Defense Secretary X"), and a verb between ends the phrase ("NATO said")
  const owner = endingAt.get(words[k]!.start - 1);
  const owned = !!owner && (owner.form === 'demonym' || owner.kind === 'organization' || owner.kind === 'group')
    && words.slice(k, i).every((word) => !verbReadings(lang, word.text).some(readsAsFinite));
  const edge = k === 0 || /(?:[,;:(«“”"]|['’]s)\s*$/u.test(before) || owned;
  return edge ? words[k]!.start : null;
}

/** A finite verb reading: a past tense or a third person ("said", "says"); not the global `isFinite`. */
function readsAsFinite(reading: VerbReading): boolean {
  return reading.person === 3 || reading.tense === 'past' || reading.tense === 'simple-past';
}

function complementAt(words: readonly Word[], j: number, text: string, shapes: Shapes): boolean {
  const word = words[j];
  return !!word && shapes.complements.has(word.key) && spaced(text, words[j - 1]!, word);
}

function nextAfter(words: readonly Word[], from: number, end: number): number {
  let j = from;
  while (words[j] && words[j]!.start < end) j++;
  return j;
}

function spaced(text: string, left: Word, right: Word): boolean {
  return /^[ \u00A0\u202F]?$/u.test(text.slice(left.end, right.start)) || (left.text.endsWith("'") && left.end === right.start);
}

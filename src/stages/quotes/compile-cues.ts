/**
 * Compiles `reporting-verbs.tsv` and `quote-markers.tsv` of a language into
 * the matchers the passes use, once per language (kept in `lang.memo`).
 * Verb forms come from the morphology module, plus the few forms the table
 * lists that it does not give (« s'est félicité », « met en garde »).
 */
import { foldTypography, phrasePattern, wordAlternation } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { verbForms, verbReadings, type VerbReading } from '../../lang/morphology.ts';

/** How reported content may follow a verb without quotation marks. */
export type ClauseShape = 'que' | 'that' | 'inf' | 'bare' | 'none';

/** One reporting verb of the table. */
export interface ReportingVerb {
  readonly lemma: string;
  /** declare, assert, deny, accuse, warn, ask, promise, believe, report, add, confirm. */
  readonly kind: string;
  readonly clause: ClauseShape;
}

export interface CueLexicon {
  /** Reporting verb by lower-cased form with plain apostrophes ("a déclaré" is matched as "déclaré"). */
  readonly verbs: ReadonlyMap<string, ReportingVerb>;
  /** Forms by their first word, longest first ("met" → ["met en garde", "met"]): a map lookup per word, no giant regex. */
  readonly formsByFirstWord: ReadonlyMap<string, readonly string[]>;
  readonly complementisers: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly adverbials: ReadonlySet<string>;
  /** Words allowed between a verb and its complementiser only ("told reporters that"). */
  readonly gaps: ReadonlySet<string>;
  /**
   * Words of the medium, occasion or attitude between a verb and its complementiser only (« a écrit sur son compte Telegram que »,
   * "said in a video address that", « s'est dit convaincu que », "voiced optimism that").
   */
  readonly media: ReadonlySet<string>;
  /** Words opening a sentence that frames what follows as someone's view (« Pour X, « … » », "For X, “…”"). */
  readonly framings: ReadonlySet<string>;
  /** Prepositions naming who is spoken to (« à », "to"), as words. */
  readonly listeners: ReadonlySet<string>;
  /** Lemmas of speech verbs whose object is the one spoken to ("told Reuters"). */
  readonly listenerVerbs: ReadonlySet<string>;
  /** Pronouns naming no one (« peut-on lire », « a-t-on appris »): the speaker, if any, is named after the verb. */
  readonly impersonals: ReadonlySet<string>;
  /** Plural personal pronouns (`pronouns.tsv`, number p): « ils », "they" stand for no single person. */
  readonly pluralPronouns: ReadonlySet<string>;
  /** Role nouns of persons as word lists, longest first (« ministre des Armées », "defence secretary"). */
  readonly roleNouns: readonly (readonly string[])[];
  /** Listeners between a verb and what it reports ("told reporters that"). */
  readonly objects: ReadonlySet<string>;
  /** Words right after a verb that show it governs a complement, not a speech (« a appelé à »). */
  readonly complements: ReadonlySet<string>;
  /** Conjunctions where the narrator takes over again (« alors que », "while"). */
  readonly clauseBreaks: RegExp;
  /** Ends a stretch whose last words put the next mention in a complement (« dirigée par le général », "president of"). */
  readonly complementTail: RegExp;
  /** Ends a stretch naming a listener (« à l’ », "to"): the next mention is spoken to, not speaking. */
  readonly listenerTail: RegExp;
  /** Ends a stretch with a coordinator (« , », « et », "and"): a speech verb after it opens its own clause. */
  readonly coordinatorTail: RegExp;
  /** « selon laquelle », "according to which": attribution of a quote to the subject of the sentence. */
  readonly relativeCues: RegExp;
  /** The first word of every relative cue, lower-cased: a match starts at one (null: a cue opens with no word). */
  readonly relativeCueFirsts: ReadonlySet<string> | null;
  /** « selon », "according to": the source of a direct quote, named after it. */
  readonly sourceCues: RegExp;
  readonly sourceCueFirsts: ReadonlySet<string> | null;
  /** Words opening a subject noun phrase ("the minister said"). */
  readonly determiners: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly infinitiveEndings: readonly string[];
  readonly gerundEndings: readonly string[];
  /** Words after a bare verb that show no reported clause follows ("said in a statement"). */
  readonly prepositions: ReadonlySet<string>;
  /** Auxiliaries and modals that show a finite clause ("warned it would", "claimed its forces had"). */
  readonly finites: ReadonlySet<string>;
  /** Phrases bounding a number that open a clause though they start with a preposition ("said at least 20 died"), as words. */
  readonly bounds: readonly (readonly string[])[];
  /** Relative pronouns opening an aside on an inverted subject ("…, said the minister, who…"). */
  readonly relatives: ReadonlySet<string>;
  /** Words opening an indefinite subject, a source of its own ("some diplomats", « des experts »). */
  readonly indefinites: ReadonlySet<string>;
  /** Nouns of texts that carry someone's words (« le communiqué », "a statement"): their subject is no new speaker. */
  readonly documents: ReadonlySet<string>;
  /** Spelled-out numbers that count alone (from `numbers.tsv`): "said nine people died". */
  readonly numberWords: ReadonlySet<string>;
}

const CLAUSES: readonly ClauseShape[] = ['que', 'that', 'inf', 'bare', 'none'];

/**
 * A key for a word: typography folded, lower-cased.
 *
 * @example
 * wordKey('Qu’il'); // "qu'il"
 */
/** A non-capturing group of the phrases, longest first, tolerant of typographic variants. */
function alternation(phrases: readonly string[]): string {
  const parts = [...new Set(phrases.filter(Boolean))].sort((a, b) => b.length - a.length).map(phrasePattern);
  return `(?:${parts.length > 0 ? parts.join('|') : '(?!)'})`;
}

export function wordKey(word: string): string {
  return foldTypography(word).toLowerCase();
}

/**
 * The cue lexicon of a language.
 *
 * @example
 * compileCues(loadLanguage('fr')).verbs.get('déclaré')?.lemma; // "déclarer"
 */
export function compileCues(lang: Language): CueLexicon {
  return lang.memo('quotes/cues', () => {
    const verbs = new Map<string, ReportingVerb>();
    for (const row of lang.table('reporting-verbs')) {
      const lemma = row.lemma ?? '';
      const clause = CLAUSES.find((shape) => shape === row.clause);
      if (!lemma || !clause) throw new Error(`veille: lang/${lang.code}/reporting-verbs.tsv: row "${lemma}" needs a lemma and a clause in ${CLAUSES.join('|')}`);
      const verb: ReportingVerb = { lemma, kind: row.kind ?? 'declare', clause };
      const listed = (row.forms ?? '').split('|').map((form) => form.trim()).filter(Boolean);
      for (const form of [lemma, ...listed, ...verbForms(lang, lemma)]) {
        const key = wordKey(form);
        if (!verbs.has(key)) verbs.set(key, verb);
      }
    }
    const byRole = (role: string) => lang.table('quote-markers').filter((row) => row.role === role).map((row) => wordKey(row.form ?? ''));
    return {
      verbs,
      formsByFirstWord: indexByFirstWord([...verbs.keys()]),
      complementisers: new Set(byRole('complementiser')),
      auxiliaries: new Set(byRole('auxiliary')),
      pronouns: new Set(byRole('pronoun')),
      adverbials: new Set(byRole('adverbial')),
      gaps: new Set(byRole('gap')),
      media: new Set([...byRole('medium'), ...byRole('attitude')]),
      framings: new Set(byRole('framing')),
      listeners: new Set(byRole('listener-preposition')),
      listenerVerbs: new Set(byRole('listener-verb')),
      impersonals: new Set(byRole('impersonal')),
      // Number is the entities stage's knowledge of pronouns; the quotes stage only reads it.
      // Role nouns are the entities stage's knowledge (`roles.tsv`, function titles of `person-titles.tsv`); read here, longest first.
      roleNouns: roleNouns(lang),
      pluralPronouns: new Set(lang.table('pronouns').filter((row) => row.number === 'p').map((row) => wordKey(row.form ?? ''))),
      objects: new Set(byRole('object')),
      complements: new Set(byRole('complement')),
      clauseBreaks: wordAlternation(byRole('clause-break'), 'i'),
      complementTail: new RegExp(`(?:^|\\s)${alternation(byRole('complement-preposition'))}(?:\\s+\\p{Ll}+['’]?){0,2}\\s*$`, 'iu'),
      listenerTail: new RegExp(`(?:^|\\s)${alternation(byRole('listener-preposition'))}\\s+(?:\\p{Ll}['’]\\s*)?$`, 'iu'),
      coordinatorTail: new RegExp(`(?:,|\\s${alternation(byRole('coordinator'))})\\s+(?:\\p{L}+\\s+){0,1}$`, 'u'),
      relativeCues: wordAlternation(byRole('relative-cue'), 'i'),
      relativeCueFirsts: firstWords(byRole('relative-cue')),
      sourceCues: wordAlternation(byRole('source-cue'), 'i'),
      sourceCueFirsts: firstWords(byRole('source-cue')),
      determiners: new Set(byRole('determiner')),
      negations: new Set(byRole('negation')),
      infinitiveEndings: byRole('infinitive-ending'),
      gerundEndings: byRole('gerund-ending'),
      prepositions: new Set(byRole('preposition')),
      finites: new Set(byRole('finite')),
      bounds: byRole('bound').map((phrase) => phrase.split(/\s+/u)),
      relatives: new Set(byRole('relative')),
      indefinites: new Set(byRole('indefinite')),
      documents: new Set(byRole('document')),
      numberWords: new Set(lang.table('numbers').filter((row) => row.alone === 'yes')
        .flatMap((row) => (row.forms ?? '').split('|').map((form) => wordKey(form.trim())).filter(Boolean))),
    };
  });
}

/** Role nouns of persons from `roles.tsv` and the function titles of `person-titles.tsv`, as word lists, longest first. */
function roleNouns(lang: Language): string[][] {
  const forms = [
    ...lang.table('roles').flatMap((row) => (row.forms ?? '').split('|')),
    ...lang.table('person-titles').filter((row) => row.kind === 'function').map((row) => row.title ?? ''),
  ];
  const phrases = new Set(forms.map((form) => plainPhrase(form)).filter((phrase) => phrase !== ''));
  return [...phrases].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
}

/** Lower-cased words of a phrase joined by single spaces, elisions kept on their word (« chef d'état-major »). */
function plainPhrase(form: string): string {
  return (form.match(/\p{L}+(?:['’-]\p{L}+)*['’]?/gu) ?? []).map(wordKey).join(' ');
}

/**
 * Readings of a word from the morphology module.
 *
 * @example
 * readingsOf(fr, 'capturer')[0]?.mood; // "infinitive"
 */
export function readingsOf(lang: Language, word: string): readonly VerbReading[] {
  return verbReadings(lang, word);
}

/**
 * True when a cue's verb is a present participle or -ing form ("soulignant que", "warning that"),
 * whose subject is the subject of the main verb.
 *
 * @example
 * isGerund(en, 'warning'); // true
 */
export function isGerund(lexicon: CueLexicon, verb: string): boolean {
  const key = wordKey(verb);
  return lexicon.gerundEndings.some((ending) => key.length > ending.length + 2 && key.endsWith(ending));
}

/**
 * The first words of phrases, or null when one does not open with a letter or digit (its match starts elsewhere).
 *
 * @example
 * firstWords(["d'après", 'selon laquelle']); // Set { "d", "selon" }
 */
export function firstWords(phrases: readonly string[]): ReadonlySet<string> | null {
  const firsts = new Set<string>();
  for (const phrase of phrases) {
    if (phrase === '') continue; // no alternative of the pattern either
    const first = FIRST_WORD.exec(phrase.toLowerCase())?.[0];
    if (first === undefined) return null;
    firsts.add(first);
  }
  return firsts;
}

/** Groups forms by their first word, longest first, so a text word opens the lookup of multi-word forms. */
function indexByFirstWord(forms: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const form of forms) {
    const first = FIRST_WORD.exec(form)?.[0];
    if (!first) continue;
    const list = index.get(first) ?? [];
    list.push(form);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

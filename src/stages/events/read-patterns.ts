/**
 * Compiles `lang/<xx>/event-patterns.tsv` into trigger patterns, indexed by
 * the first word of each written form, so that a text is scanned word by
 * word (no regex of every inflected form). Verb forms come from the
 * morphology module, plus the forms the data file lists.
 */
import { PLOVER_TYPES, type PloverType } from '../../core/layers.ts';
import { foldTypography, phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { verbForms } from '../../lang/morphology.ts';

/** One row of event-patterns.tsv. */
export interface TriggerPattern {
  readonly type: PloverType;
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  /** Slots tried in order: `subj`, `obj`, `poss` or a preposition. */
  readonly actor: readonly string[];
  readonly target: readonly string[];
  /** True when the event stands with its actor alone, the clause naming no target ("X a condamné l'attaque"). */
  readonly alone: boolean;
  /** Entity kinds the target must have ("organization" for "quitter"); empty: any actor. */
  readonly kinds: readonly string[];
}

/** The compiled triggers of a language, looked up by the first word of a form. */
export interface TriggerMatcher {
  /**
   * The sticky regex of the triggers whose forms open with a word (lower case,
   * letters and digits only; "s rendu" for "s'est rendu"), with one named group per
   * lemma in priority order; undefined when no trigger opens with that word.
   */
  readonly opening: (word: string) => RegExp | undefined;
  /**
   * For a word whose every trigger form is that one word ("livre", "sanctions"),
   * the group its regex would match: the word itself is the match, no regex run.
   */
  readonly plain?: (word: string) => string | undefined;
  /**
   * The forms that may open with a word (same key as `opening`), in the priority order of its regex: the
   * first form that matches is the match the regex gives. Undefined when no trigger opens with that word.
   */
  readonly forms?: (word: string) => readonly TriggerForm[] | undefined;
  /** Reflexive pronouns: a pronominal verb is looked up as "pronoun verb" ("s rendu", auxiliary skipped). */
  readonly pronouns: ReadonlySet<string>;
  /** Auxiliaries skipped between a reflexive pronoun and its verb ("s'est rendu"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Patterns by group name (`g0`, `g1`…); one lemma may carry several types. */
  readonly groups: ReadonlyMap<string, readonly TriggerPattern[]>;
  /** Every pattern a written form belongs to ("strikes": the verb strike and the noun strikes). */
  readonly bySurface: ReadonlyMap<string, readonly TriggerPattern[]>;
}

/**
 * One way a trigger may open at a word: a one-word form, matched as the word itself, or a form with
 * later words (a phrase, a gap, a pronominal verb), matched by its own small regex once the sentence
 * holds the words it needs.
 */
export interface TriggerForm {
  /** The group the opening regex names for this form (`g0`, `g1`…). */
  readonly group: string;
  /** For a one-word form, the word in lower case: it matches a text word of that lower case. */
  readonly word?: string;
  /**
   * The runs of letters and digits after the first that a match reads (lower case); one list per
   * alternative: the form can match only where the sentence holds every run of one of them.
   */
  readonly needs: readonly (readonly string[])[];
  /** The sticky regex of this form alone, compiled on first use. */
  readonly regex: () => RegExp;
  /**
   * True when the regex leaves out the whole-word test (`(?![\p{L}\p{N}])`, most of a small regex's
   * compiling time): a form without a gap or a reflexive prefix has one way to match, so the caller
   * tests the character after the match instead.
   */
  readonly open?: boolean;
}

/**
 * Up to three words between the parts of a phrase written "imposer … sanctions"; the last may be
 * elided onto the next part ("annulé l'accord", "a levé l'embargo"), and the next part may open a
 * quotation ("a assuré un « soutien total »", 'pledged "unwavering support"').
 */
/** A form that is one run of letters and digits, matched as the word itself. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

const GAP = "(?:[\\s\\u00A0\\u202F]+[^\\s\\u00A0\\u202F.;:!?]+){0,3}[\\s\\u00A0\\u202F]+(?:[^\\s\\u00A0\\u202F.;:!?'’ʼ]{1,3}['’ʼ])?(?:[\"«“][\\s\\u00A0\\u202F]*)?";
/** The auxiliaries that may stand between a reflexive pronoun and its verb ("s'est rendu"). */
const AUXILIARIES = ['est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'être', 'étant'];
/** A reflexive pronoun and an optional auxiliary before a pronominal verb ("s'est rendu", "se sont entretenus"). */
const REFLEXIVE = `(?:s['’ʼ]|se[\\s\\u00A0]+|nous[\\s\\u00A0]+)(?:(?:${AUXILIARIES.join('|')})[\\s\\u00A0]+)?`;

/**
 * The trigger matcher of a language, built once.
 *
 * @example
 * const { opening } = readPatterns(loadLanguage('fr'));
 * const regex = opening('livre')!; regex.lastIndex = 10;
 * regex.exec('Pyongyang livre des obus.'); // "livre", group of the lemma livrer
 */
export function readPatterns(lang: Language): TriggerMatcher {
  return lang.memo('events/patterns', () => compile(lang));
}

function compile(lang: Language): TriggerMatcher {
  const byKey = new Map<string, { patterns: TriggerPattern[]; surfaces: Set<string>; reflexive: boolean }>();
  for (const row of lang.table('event-patterns')) {
    const type = row.type as PloverType;
    if (!PLOVER_TYPES.includes(type)) throw new Error(`veille: event-patterns.tsv of ${lang.code}: unknown PLOVER type "${row.type}"`);
    const pos = row.pos === 'noun' ? 'noun' : 'verb';
    const rawLemma = (row.lemma ?? '').trim();
    const reflexive = pos === 'verb' && /^(?:se |s')/u.test(rawLemma);
    const lemma = rawLemma.replace(/^(?:se |s')/u, '');
    const pattern: TriggerPattern = { type, lemma: rawLemma, pos, actor: slots(row.actor), target: slots(row.target), alone: (row.alone ?? '').trim() === 'actor', kinds: slots(row.kinds) };
    const key = `${rawLemma}|${pos}`;
    const entry = byKey.get(key) ?? { patterns: [], surfaces: new Set<string>(), reflexive };
    entry.patterns.push(pattern);
    for (const surface of surfaces(lang, lemma, pos, slots(row.forms))) entry.surfaces.add(surface);
    byKey.set(key, entry);
  }
  // The longest form of each lemma, read once rather than at every comparison of the sort.
  const lengths = new Map([...byKey.values()].map((entry) => [entry, longest(entry.surfaces)]));
  const entries = [...byKey.values()].sort((a, b) => lengths.get(b)! - lengths.get(a)!);
  const groups = new Map<string, readonly TriggerPattern[]>();
  const bySurface = new Map<string, TriggerPattern[]>();
  for (const entry of entries) {
    for (const surface of entry.surfaces) {
      const key = surfaceKey(surface);
      bySurface.set(key, [...(bySurface.get(key) ?? []), ...entry.patterns]);
    }
  }
  // Each lemma's forms grouped by their opening word; a pronominal verb opens with its pronoun.
  // The regex sources of the forms (`alternatives`) are written when a regex of the opening is first needed.
  const byOpening = new Map<string, { name: string; surfaces: string[] }[]>();
  // Openings with a form longer than the word itself (a phrase, a gap, a reflexive) need their regex.
  const needsRegex = new Set<string>();
  entries.forEach((entry, index) => {
    const name = `g${index}`;
    groups.set(name, entry.patterns);
    const sorted = [...entry.surfaces].sort((a, b) => b.length - a.length);
    for (const surface of sorted) {
      // A pronominal verb is keyed by its pronoun and its verb: "s rendu" for "s'est rendu".
      const heads = entry.reflexive ? REFLEXIVE_OPENINGS.map((pronoun) => `${pronoun} ${openingWord(surface)}`) : [openingWord(surface)];
      for (const head of heads) {
        if (entry.reflexive || !PLAIN_WORD.test(surface) || surface.toLowerCase() !== head) needsRegex.add(head);
        const list = byOpening.get(head) ?? [];
        const last = list.at(-1);
        if (last?.name === name) last.surfaces.push(surface);
        else list.push({ name, surfaces: [surface] });
        byOpening.set(head, list);
      }
    }
  });
  const compiled = new Map<string, RegExp>();
  const reflexive = new Set(entries.flatMap((entry, index) => (entry.reflexive ? [`g${index}`] : [])));
  const opening = (word: string): RegExp | undefined => {
    const cached = compiled.get(word);
    if (cached) return cached;
    const list = byOpening.get(word);
    if (!list) return undefined;
    // Same priority as one alternation of every lemma: longest lemma first, longest form first within it.
    const body = list.map(({ name, surfaces: written }) => `(?<${name}>${reflexive.has(name) ? REFLEXIVE : ''}(?:${written.map(surfacePattern).join('|')}))`).join('|');
    const regex = new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'iuy');
    compiled.set(word, regex);
    return regex;
  };
  const plain = (word: string): string | undefined => (needsRegex.has(word) ? undefined : byOpening.get(word)?.[0]?.name);
  // Built on first use, like the opening regexes: a text meets a few hundred of the opening words.
  const formsOf = new Map<string, readonly TriggerForm[]>();
  const forms = (word: string): readonly TriggerForm[] | undefined => {
    const known = formsOf.get(word);
    if (known) return known;
    const list = byOpening.get(word);
    if (!list) return undefined;
    const built = list.flatMap(({ name, surfaces: written }) => (reflexive.has(name)
      // The reflexive prefix tries its readings before the alternatives do: the group stays one regex.
      ? [regexForm(name, `${REFLEXIVE}(?:${written.map(surfacePattern).join('|')})`, written)]
      : written.map((surface) => (PLAIN_WORD.test(surface) && surface.toLowerCase() === word
        ? { group: name, word, needs: [], regex: () => stickyRegex(surfacePattern(surface)) }
        : regexForm(name, surfacePattern(surface), [surface], !surface.includes(' … '))))));
    formsOf.set(word, built);
    return built;
  };
  return { opening, plain, forms, groups, bySurface, pronouns: new Set(REFLEXIVE_OPENINGS), auxiliaries: new Set(AUXILIARIES) };
}

/** A form matched by its own regex, compiled on first use. */
function regexForm(group: string, body: string, written: readonly string[], open = false): TriggerForm {
  let regex: RegExp | undefined;
  return { group, needs: written.map(laterRuns), open, regex: () => (regex ??= stickyRegex(body, open)) };
}

/** The regex of one form, as the opening regex reads it: whole words only, unless `open`. */
function stickyRegex(body: string, open = false): RegExp {
  return new RegExp(open ? `(?:${body})` : `(?:${body})(?![\\p{L}\\p{N}])`, 'iuy');
}

/**
 * The runs of letters and digits of a form after its first, lower case.
 *
 * @example
 * laterRuns('imposer … sanctions'); // ["sanctions"]
 */
function laterRuns(surface: string): string[] {
  return [...foldTypography(surface).matchAll(/[\p{L}\p{N}]+/gu)].slice(1).map((run) => run[0].toLowerCase());
}

/** The words a pronominal verb's match may open with ("s'est rendu", "se sont entretenus", "nous rendre"). */
const REFLEXIVE_OPENINGS = ['s', 'se', 'nous'];

/**
 * The first run of letters and digits of a form, lower case: the key a text word is looked up by.
 *
 * @example
 * openingWord("Imposer … sanctions"); // "imposer"
 */
export function openingWord(surface: string): string {
  return (/[\p{L}\p{N}]+/u.exec(foldTypography(surface))?.[0] ?? '').toLowerCase();
}

/** Every written form of a pattern: the first word inflected, the rest kept. */
function surfaces(lang: Language, lemma: string, pos: 'verb' | 'noun', extra: readonly string[]): string[] {
  const [first = '', ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const heads = new Set<string>([first]);
  if (pos === 'verb') for (const form of verbForms(lang, first)) heads.add(form);
  const out = [...heads].map((head) => `${head}${tail}`);
  for (const form of extra) out.push(form.includes(' ') ? form : `${form}${tail}`);
  return out;
}

/**
 * The lookup key of a written trigger: folded, lower case, single spaces.
 *
 * @example
 * surfaceKey('Strikes'); // "strikes"
 */
export function surfaceKey(surface: string): string {
  return foldTypography(surface).toLowerCase().replace(/\s+/gu, ' ').trim();
}

function surfacePattern(surface: string): string {
  return surface.split(' … ').map(phrasePattern).join(GAP);
}

function slots(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((slot) => slot.trim()).filter((slot) => slot.length > 0);
}

function longest(surfaces: ReadonlySet<string>): number {
  let max = 0;
  for (const surface of surfaces) max = Math.max(max, surface.length);
  return max;
}

/**
 * Compiles the segment stage's data files (`abbreviations`, `boilerplate`,
 * `segment-openers`, `segment-apostrophes`, `segment-hyphen-pronouns`) once
 * per language into lookups and regexes.
 */
import type { Language } from '../../lang/load.ts';
import { foldTypography, phrasePattern } from '../../core/words.ts';

export type AbbreviationKind = 'title' | 'other';
export type BoilerplatePlace = 'top' | 'bottom' | 'anywhere' | 'byline';

/**
 * Boilerplate cues of one place: does a paragraph hold one?
 *
 * @example
 * data.boilerplate.bottom.test('Abonnez-vous à la lettre.'); // true
 */
export interface CueSet {
  test(text: string): boolean;
  /** Where the first cue found ends, or -1 ("Par " in "Par Jeanne Martin"). */
  endOf(text: string): number;
}

/**
 * The compiled data of one language.
 *
 * @example
 * loadSegmentData(loadLanguage('en')).openers.has('the'); // true
 */
export interface SegmentData {
  readonly lang: string;
  /** One sentence segmenter per language, reused for every paragraph. */
  readonly segmenter: Intl.Segmenter;
  /** Abbreviation (as written, with its dots) → kind. */
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Abbreviations of the table as whole tokens, longest first ("J.-C.", "M."). */
  readonly abbreviationPattern: RegExp;
  /**
   * Where the first dot of a table abbreviation lies from its start ("M." 1, "Mme." 3), or null when one has a
   * space before it: the tokenizer tries the pattern only where such a dot follows.
   */
  readonly abbreviationDots: readonly number[] | null;
  /** Sentence openers, folded (’ → '). */
  readonly openers: ReadonlySet<string>;
  /** Cue sets by where they count; each tests one paragraph's text. */
  readonly boilerplate: Readonly<Record<BoilerplatePlace, CueSet>>;
  /** Apostrophe forms (lower-case, with '), by side. */
  readonly prefixes: ReadonlySet<string>;
  readonly suffixes: readonly string[];
  readonly wholeApostropheWords: ReadonlySet<string>;
  /** Pronouns that split off after a hyphen, and hyphenated words that stay whole. */
  readonly hyphenPronouns: ReadonlySet<string>;
  readonly wholeHyphenWords: ReadonlySet<string>;
}

/**
 * The segment data of a language, built once and cached in the language.
 *
 * @example
 * loadSegmentData(loadLanguage('fr')).abbreviations.get('M.'); // "title"
 */
export function loadSegmentData(lang: Language): SegmentData {
  return lang.memo('segment/data', () => buildSegmentData(lang));
}

function buildSegmentData(lang: Language): SegmentData {
  const abbreviations = new Map<string, AbbreviationKind>();
  for (const row of lang.table('abbreviations')) {
    const abbr = row.abbr ?? '';
    if (abbr !== '') abbreviations.set(abbr, row.kind === 'title' ? 'title' : 'other');
  }
  const dotted = [...abbreviations.keys()].filter((abbr) => abbr.endsWith('.'));
  const apostrophes = lang.table('segment-apostrophes');
  const formsOf = (side: string) => apostrophes.filter((row) => row.side === side).map((row) => fold(row.form ?? ''));
  const hyphens = lang.table('segment-hyphen-pronouns');
  return {
    lang: lang.code,
    segmenter: new Intl.Segmenter(lang.code, { granularity: 'sentence' }),
    abbreviations,
    abbreviationPattern: abbreviationRegex(dotted),
    abbreviationDots: firstDots(dotted),
    openers: new Set(lang.table('segment-openers').map((row) => fold(row.word ?? ''))),
    boilerplate: {
      top: cueRegex(lang, 'top'),
      bottom: cueRegex(lang, 'bottom'),
      anywhere: cueRegex(lang, 'anywhere'),
      byline: cueRegex(lang, 'byline'),
    },
    prefixes: new Set(formsOf('prefix')),
    suffixes: formsOf('suffix').sort((a, b) => b.length - a.length),
    wholeApostropheWords: new Set(formsOf('whole')),
    hyphenPronouns: new Set(hyphens.filter((row) => row.kind === 'pronoun').map((row) => row.form ?? '')),
    wholeHyphenWords: new Set(hyphens.filter((row) => row.kind === 'whole').map((row) => fold(row.form ?? ''))),
  };
}

function fold(text: string): string {
  return foldTypography(text).toLowerCase();
}

/**
 * The offsets of the abbreviations' first dots. Every character before the first dot matches one character of
 * the text (a letter, or an apostrophe or hyphen class); a space matches a run and leaves no fixed offset.
 *
 * @example
 * firstDots(['M.', 'Mme.', 'J.-C.']); // [1, 3]
 */
export function firstDots(dotted: readonly string[]): number[] | null {
  const offsets = new Set<number>();
  for (const abbr of dotted) {
    const dot = abbr.indexOf('.');
    if (/\s/u.test(abbr.slice(0, dot))) return null;
    offsets.add(dot);
  }
  return [...offsets].sort((a, b) => a - b);
}

/** "M." and "J.-C." as whole tokens: not preceded by a letter, not followed by a letter or digit. */
function abbreviationRegex(dotted: readonly string[]): RegExp {
  const body = [...dotted].sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${body})(?![\\p{L}\\p{N}])`, 'yu');
}

/**
 * The cues of one place. `^cue` must start the paragraph (one anchored regex,
 * tried at the start only), `^cue$` must be all of it; other cues match as
 * whole words anywhere in it.
 */
function cueRegex(lang: Language, place: BoilerplatePlace): CueSet {
  const cues = lang.table('boilerplate').filter((row) => row.where === place).map((row) => row.cue ?? '').filter((cue) => cue !== '');
  const edge = (cue: string) => (/[\p{L}\p{N}]$/u.test(cue) ? '(?![\\p{L}\\p{N}])' : '');
  // "^share$": the whole paragraph is the cue, bar spaces and a colon
  const whole = (cue: string) => (cue.endsWith('$') ? `${phrasePattern(cue.slice(1, -1))}[\\s\\u00A0:]*$` : `${phrasePattern(cue.slice(1))}${edge(cue)}`);
  const anchoredCues = cues.filter((cue) => cue.startsWith('^')).map(whole);
  const insideCues = cues.filter((cue) => !cue.startsWith('^')).map((cue) => `${phrasePattern(cue)}${edge(cue)}`);
  const anchored = anchoredCues.length > 0 ? new RegExp(`^[\\s"«“(]*(?:${anchoredCues.join('|')})`, 'iu') : null;
  const inside = insideCues.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${insideCues.join('|')})`, 'iu') : null;
  return {
    test: (text) => (anchored?.test(text) ?? false) || (inside?.test(text) ?? false),
    endOf(text) {
      const match = anchored?.exec(text) ?? inside?.exec(text);
      return match ? match.index + match[0].length : -1;
    },
  };
}

/**
 * Reads `lang/<xx>/event-words.tsv` (prepositions, determiners, coordinators,
 * clause boundaries) and splits text into words with their offsets.
 */
import type { Span } from '../../core/span.ts';
import { foldTypography, wordAlternation } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';

/** The grammatical words of a language, by role. */
export interface EventWords {
  readonly prep: ReadonlySet<string>;
  readonly agent: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly locative: ReadonlySet<string>;
  /** Words that head a preposition with the "de" after them ("près de", "autour de"). */
  readonly compound: ReadonlySet<string>;
  readonly det: ReadonlySet<string>;
  /** Words that open an infinitive complement ("accusé de", "accused of"). */
  readonly complement: ReadonlySet<string>;
  /** Words that open a subordinate clause ("que", "that"): a subject is not sought before them. */
  readonly subordinator: ReadonlySet<string>;
  /** Prepositions that are articles when they open a clause ("des", "du"). */
  readonly partitive: ReadonlySet<string>;
  /** Words that open reported speech after a speech verb ("que", "that", "they"). */
  readonly complementizer: ReadonlySet<string>;
  /** Articles: after one, a verb-or-noun form is the noun ("une visite", "the attack"). */
  readonly article: ReadonlySet<string>;
  /** Articles that may be object pronouns ("Moscou l'accuse"): articles only after a preposition. */
  readonly clitic: ReadonlySet<string>;
  /** Relative pronouns: ", who …," / ", qui …," is a clause of its own. */
  readonly relative: ReadonlySet<string>;
  /** Relative pronouns that only own the noun after them ("dont", "whose"): they open no clause about their antecedent. */
  readonly possessiveRelative: ReadonlySet<string>;
  /** Verbs of promise: they pledge aid when a sum of money follows ("a promis 300 millions de dollars"), threaten before force ("vowed to crush"). */
  readonly pledge: ReadonlySet<string>;
  /** Verbs of promise that make a threat of a force noun right after them ("vowed retaliation", "a promis une riposte"); narrower than pledge ("commit", "engager une offensive" do the act). */
  readonly vow: ReadonlySet<string>;
  /** Verbs of threat: an act in the infinitive after them is threatened, not done ("threatened to strike Kyiv", "a menacé de frapper Kiev"). */
  readonly threat: ReadonlySet<string>;
  /** Verbs of refusal: an act in the infinitive after them is refused, not done ("refused to meet Moscow", "a refusé de libérer"). */
  readonly refusal: ReadonlySet<string>;
  /** Negation words before a verb (« ne », « n' », "not", "never"): a negated ending word ends nothing. */
  readonly negation: ReadonlySet<string>;
  /** Verbs (infinitive) and nouns that end a tie ("cancel", "suspension"): an agreement after them is a sanction. */
  readonly ending: ReadonlySet<string>;
  /** Units of money, as the quantities layer names them ("dollar", "euro"). */
  readonly money: ReadonlySet<string>;
  /** Prepositions that name an owner ("de", "of", "from"). */
  readonly owner: ReadonlySet<string>;
  /** Prepositions of reason before a gerund ("for aiding Russia"): its doer is not the sentence subject. */
  readonly reason: ReadonlySet<string>;
  /** Prepositions after a verb of warning that introduce the act warned against ("warned Beijing against sending arms"): not done. */
  readonly averting: ReadonlySet<string>;
  /** Contracted prepositions and the base they stand for ("au" → "à"). */
  readonly means: ReadonlyMap<string, string>;
  /** Coordinators and clause boundaries as whole-word regexes (may be phrases). */
  readonly coord: RegExp;
  readonly boundary: RegExp;
}

/**
 * The event words of a language, read once.
 *
 * @example
 * readWords(loadLanguage('fr')).agent.has('par'); // true
 */
export function readWords(lang: Language): EventWords {
  return lang.memo('events/words', () => {
    const byRole = new Map<string, string[]>();
    const means = new Map<string, string>();
    for (const row of lang.table('event-words')) {
      if (row.means) means.set(normWord(row.word ?? ''), normWord(row.means));
      const list = byRole.get(row.role ?? '') ?? [];
      list.push(normWord(row.word ?? ''));
      byRole.set(row.role ?? '', list);
    }
    const set = (role: string) => new Set(byRole.get(role) ?? []);
    return {
      prep: set('prep'), agent: set('agent'), between: set('between'), locative: set('locative'), compound: set('compound'), det: set('det'), complement: set('complement'), complementizer: set('complementizer'), partitive: set('partitive'), subordinator: set('subordinator'), article: set('article'), clitic: set('clitic'), relative: set('relative'), possessiveRelative: set('possessive-relative'), pledge: set('pledge'), vow: set('vow'), threat: set('threat'), refusal: set('refusal'), negation: set('negation'), ending: set('ending'), money: set('money'), owner: set('owner'), reason: set('reason'), averting: set('averting'), means,
      coord: wordAlternation(byRole.get('coord') ?? [], 'i'),
      boundary: wordAlternation(byRole.get('boundary') ?? [], 'i'),
    };
  });
}

/** A word of the text with its offsets; `norm` is lower-cased with ’ → '. */
export interface Word extends Span {
  readonly norm: string;
}

/** Elided French articles and pronouns ("l'", "d'", "qu'") are words of their own. */
const WORD = /[\p{L}]{1,3}['’ʼ](?=\p{L}|$)|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** WORD for scans by hand (`lastIndex` set before each). */
const SCAN = new RegExp(WORD.source, WORD.flags);

/**
 * The words inside a span of the text, in order.
 *
 * @example
 * wordsIn("l'OTAN", { start: 0, end: 6 }).map((w) => w.norm); // ["l'", "otan"]
 */
export function wordsIn(text: string, span: Span): Word[] {
  // The passes ask for many short spans of the same doc text: split it once, then cut by binary search.
  // Short texts (gaps, test strings) and spans that cut a word are split on their own.
  if (text.length < INDEX_MIN) return split(text, span);
  const all = indexed(text);
  let low = 0;
  let high = all.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (all[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out: Word[] = [];
  for (let i = low; i < all.length; i += 1) {
    const word = all[i]!;
    if (word.start >= span.end) break;
    if (word.start < span.start || word.end > span.end) return splitCut(text, span, all, low);
    out.push(word);
  }
  return out;
}

/**
 * What `split` gives for a span that cuts a word of the indexed text, without re-reading the whole span:
 * the span's own text is scanned only where it may differ from the indexed words (the cut word at the
 * start, the last few characters), and the indexed words are handed out in between. A scan is in step
 * with the indexed words once it stands outside every word; a word is handed out only when the scan of
 * it reads no character at or past the span's end (where the span's text ends, a scan reads differently).
 */
function splitCut(text: string, span: Span, all: readonly Word[], first: number): Word[] {
  const slice = text.slice(span.start, span.end);
  const out: Word[] = [];
  let next = first;
  let at = 0;
  if (all[next] !== undefined && all[next]!.start < span.start) {
    // The span opens inside a word: scan until the scan stands outside every indexed word.
    let inStep = false;
    SCAN.lastIndex = 0;
    for (let match = SCAN.exec(slice); match && !inStep; match = inStep ? null : SCAN.exec(slice)) {
      at = SCAN.lastIndex;
      out.push({ start: span.start + match.index, end: span.start + at, norm: normWord(match[0]) });
      while (all[next] !== undefined && all[next]!.end <= span.start + at) next += 1;
      inStep = all[next] === undefined || all[next]!.start >= span.start + at;
    }
    if (!inStep) return out;
  }
  for (let word = all[next]; word !== undefined && readsBefore(word, span.end); word = all[++next]) {
    out.push(word);
    at = word.end - span.start;
  }
  scanInto(out, slice, span.start, at);
  return out;
}

/**
 * True when scanning `word` with WORD reads no character at or past `end`: the first alternative reads up to
 * three letters, an apostrophe and one more (code points: up to 8 code units), the second one or two past the
 * word's end (a stop or a joiner and the character after it, which may be a surrogate pair).
 */
function readsBefore(word: Word, end: number): boolean {
  return word.end + 3 <= end && word.start + 9 <= end;
}

/** Texts at least this long are split once and cached (the doc text). */
const INDEX_MIN = 200;
let indexedText = '';
let indexedWords: readonly Word[] = [];

function indexed(text: string): readonly Word[] {
  if (text !== indexedText) {
    indexedWords = split(text, { start: 0, end: text.length });
    indexedText = text;
  }
  return indexedWords;
}

function split(text: string, span: Span): Word[] {
  const slice = text.slice(span.start, span.end);
  const out: Word[] = [];
  scanInto(out, slice, span.start, 0);
  return out;
}

/** Appends the words WORD finds in `slice` from `from` on; `offset` is where the slice starts in the text. */
function scanInto(out: Word[], slice: string, offset: number, from: number): void {
  SCAN.lastIndex = from;
  for (let match = SCAN.exec(slice); match; match = SCAN.exec(slice)) {
    out.push({ start: offset + match.index, end: offset + SCAN.lastIndex, norm: normWord(match[0]) });
  }
}

/** Lower case with typographic apostrophes made plain. */
export function normWord(word: string): string {
  return foldTypography(word).toLowerCase().trim();
}

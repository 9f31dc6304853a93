/**
 * Finds speech cues in a stretch of text: a reporting verb form with the
 * auxiliary before it and an inverted subject pronoun around it
 * (« a-t-il déclaré », « affirme-t-elle », "has said", "said he").
 */
import type { Span } from '../../core/span.ts';
import { foldTypography, phrasePattern } from '../../core/words.ts';
import { wordKey, type CueLexicon, type ReportingVerb } from './compile-cues.ts';
import { firstIndex, lowerWord, textRuns, type TextRuns } from './text-runs.ts';

/** A speech cue: `start/end` cover auxiliary, verb and inverted pronoun. */
export interface Cue extends Span {
  readonly verb: Span;
  readonly entry: ReportingVerb;
  /** "il" in "a-t-il déclaré", "he" in "said he." */
  readonly pronoun: Span | null;
  /** "n'a pas nié", "did not deny": no quote is taken from a denied speech act. */
  readonly negated: boolean;
  /** « selon laquelle »: the speaker is the subject of the sentence. */
  readonly relative?: boolean;
  /** « selon », "according to": names the source of a direct quote only. */
  readonly source?: boolean;
}

const RELATIVE: ReportingVerb = { lemma: 'selon laquelle', kind: 'report', clause: 'none' };
const SOURCE: ReportingVerb = { lemma: 'selon', kind: 'report', clause: 'none' };

const ELIDED_OR_WORD = /(?:[ldjmnstc]|qu)['’](?=\p{L})|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/giu;

/**
 * Lower-cased words of a stretch, elisions kept apart.
 *
 * @example
 * plainWords('n’a jamais'); // ["n'", 'a', 'jamais']
 */
export function plainWords(text: string): string[] {
  return (text.match(ELIDED_OR_WORD) ?? []).map(wordKey);
}

/**
 * Every cue whose verb starts inside `[from, to)`.
 *
 * @example
 * findCues('« Oui », a-t-il déclaré.', 0, 24, frenchLexicon)[0]; // covers "a-t-il déclaré", pronoun "il"
 */
export function findCues(text: string, from: number, to: number, lexicon: CueLexicon): Cue[] {
  // The compiled patterns are shared (global regexes): each loop sets lastIndex before it runs.
  const before = auxiliaryBefore(lexicon);
  const cues: Cue[] = [];
  for (const match of verbForms(text, from, to, lexicon)) {
    const entry = lexicon.verbs.get(wordKey(match.text));
    if (!entry) continue;
    const verb = { start: match.start, end: match.end };
    let start = verb.start;
    let end = verb.end;
    let pronoun: Span | null = null;
    const left = before.exec(text.slice(Math.max(0, verb.start - 60), verb.start));
    if (left) {
      start = verb.start - left[0].length + (left[1]?.length ?? 0);
      const word = left[2] ?? left[3];
      if (word) {
        const at = text.lastIndexOf(word, verb.start);
        pronoun = { start: at, end: at + word.length };
      }
    }
    const after = /^-(?:t-)?(\p{L}+)(?![\p{L}\p{N}])/u.exec(text.slice(verb.end, verb.end + 8))
      ?? /^\s+(\p{L}+)(?=\s*[.,;!?]|\s*$)/u.exec(text.slice(verb.end, verb.end + 12));
    if (!pronoun && after?.[1] && lexicon.pronouns.has(wordKey(after[1]))) {
      const at = verb.end + after[0].length - after[1].length;
      pronoun = { start: at, end: at + after[1].length };
      end = pronoun.end;
    }
    // Only the words of the verb's own clause: "“We will not be intimidated,” he said" is no denial.
    const lead = plainWords(text.slice(Math.max(0, start - 25), verb.start).split(/[«»“”"‘,.;:!?]/u).pop() ?? '').slice(-4);
    const negated = lead.some((word) => lexicon.negations.has(word) || /n't$/.test(word));
    cues.push({ start, end, verb, entry, pronoun, negated });
  }
  for (const span of matchesIn(lexicon.relativeCues, lexicon.relativeCueFirsts, text, from, to, lexicon)) {
    cues.push({ ...span, verb: span, entry: RELATIVE, pronoun: null, negated: false, relative: true });
  }
  // « « … », selon le ministre », « selon lui »
  for (const span of matchesIn(lexicon.sourceCues, lexicon.sourceCueFirsts, text, from, to, lexicon)) {
    if (cues.some((cue) => cue.relative && cue.start <= span.start && span.start < cue.end)) continue;
    const after = /^\s+(\p{L}+)(?=\s*[.,;!?]|\s*$)/u.exec(text.slice(span.end, span.end + 12));
    const word = after?.[1];
    const pronoun = word && lexicon.pronouns.has(wordKey(word))
      ? { start: span.end + after[0].length - word.length, end: span.end + after[0].length }
      : null;
    cues.push({ ...span, verb: span, entry: SOURCE, pronoun, negated: false, source: true });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Longer than any « selon laquelle » / "according to" phrase: a match starting before `to` ends inside the window. */
const PHRASE_REACH = 40;

/**
 * Matches of a shared global pattern that start in `[from, to)`. The pattern runs over a window
 * (one character before for its lookbehind), never on to the end of the text: the stage stays linear;
 * and only when a first word of its phrases (`firsts`) starts in `[from, to)`.
 */
function matchesIn(pattern: RegExp, firsts: ReadonlySet<string> | null, text: string, from: number, to: number, lexicon: CueLexicon): Span[] {
  if (firsts !== null && !wordStartsIn(memoFor(text, lexicon), firsts, from, to)) return [];
  const offset = Math.max(0, from - 1);
  const window = text.slice(offset, Math.min(text.length, to + PHRASE_REACH));
  const found: Span[] = [];
  pattern.lastIndex = from - offset;
  for (let match = pattern.exec(window); match && offset + match.index < to; match = pattern.exec(window)) {
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return found;
}

/** A reporting verb form as written: where it starts and ends, and its text. */
interface VerbForm {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * What the lookups of one text have found so far: the form opening at each word start (null: none). A word
 * found at a position always runs to the end of its run of letters and digits, so the answer depends on the
 * position alone; the passes of the stage look at the same words over and over (sentence, tail, window).
 */
interface FormMemo {
  readonly runs: TextRuns;
  readonly lexicon: CueLexicon;
  readonly formAt: Map<number, VerbForm | null>;
  /** Per set of first words, where a run that is one of them starts. */
  readonly startsOf: Map<ReadonlySet<string>, readonly number[]>;
  /** The indices of the runs that open a lookup (some form starts with the word), read on first use. */
  verbRuns?: readonly number[];
}

/** The memo of the last text looked at (one analysis at a time reads one text). */
let memo: FormMemo | null = null;

function memoFor(text: string, lexicon: CueLexicon): FormMemo {
  const runs = textRuns(text);
  if (memo === null || memo.runs !== runs || memo.lexicon !== lexicon) memo = { runs, lexicon, formAt: new Map(), startsOf: new Map() };
  return memo;
}

/**
 * Whether a run of letters and digits that is one of `words` (lower-cased) starts in `[from, to)`.
 *
 * @example
 * wordStartsIn(memoFor('Selon lui, non.', fr), new Set(['selon']), 0, 5); // true
 */
function wordStartsIn(memo: FormMemo, words: ReadonlySet<string>, from: number, to: number): boolean {
  const { runs } = memo;
  if (runs.unsure) return true;
  let starts = memo.startsOf.get(words);
  if (!starts) {
    const lengths = new Set([...words].map((word) => word.length));
    const found: number[] = [];
    runs.starts.forEach((start, index) => {
      const end = runs.ends[index] ?? start;
      if (lengths.has(end - start) && words.has(lowerWord(runs, start, end))) found.push(start);
    });
    starts = found;
    memo.startsOf.set(words, starts);
  }
  const first = firstIndex(starts, from, false);
  return first < starts.length && (starts[first] ?? to) < to;
}

/**
 * Reporting verb forms in `[from, to)`: each word opens the lookup of the forms
 * starting with it (« met en garde », « s'est félicité »), longest first. A word
 * inside a hyphenated compound (« soi-disant ») is no verb. The words are those a
 * scan for runs of letters and digits from `from` finds: the first may be the end
 * of a run cut by `from`.
 */
function verbForms(text: string, from: number, to: number, lexicon: CueLexicon): VerbForm[] {
  const memo = memoFor(text, lexicon);
  const { starts: runStarts, ends: runEnds } = memo.runs;
  memo.verbRuns ??= openingRuns(memo.runs, lexicon);
  const found: VerbForm[] = [];
  let skipTo = from;
  // a run cut by `from` is a word of its own, its end only; the whole runs after it open a lookup only when listed
  let first = firstIndex(runEnds, from, true);
  if (first < runEnds.length && (runStarts[first] ?? 0) < from) {
    if (from < to) skipTo = lookAt(text, memo, from, runEnds[first] ?? from, skipTo, found);
    first += 1;
  }
  const verbRuns = memo.verbRuns;
  for (let i = firstIndex(verbRuns, first, false); i < verbRuns.length; i++) {
    const run = verbRuns[i] ?? 0;
    const start = runStarts[run] ?? 0;
    if (start >= to) break;
    skipTo = lookAt(text, memo, start, runEnds[run] ?? start, skipTo, found);
  }
  return found;
}

/**
 * Adds to `found` the form opening at the word `at..runEnd`, unless it starts before `skipTo` or inside a
 * hyphenated compound; returns where the next form may start. A module function, not a closure made per call
 * (the build names every closure each time one is made).
 */
function lookAt(text: string, memo: FormMemo, at: number, runEnd: number, skipTo: number, found: VerbForm[]): number {
  if (at < skipTo || text.charCodeAt(at - 1) === 0x2d && /[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) return skipTo;
  let form = memo.formAt.get(at);
  if (form === undefined) {
    form = formOpening(text, at, text.slice(at, runEnd), memo.lexicon);
    memo.formAt.set(at, form);
  }
  if (form === null) return skipTo;
  found.push(form);
  return form.end;
}

/** The indices of the runs whose word (lower-cased) opens the lookup of some form. */
function openingRuns(runs: TextRuns, lexicon: CueLexicon): number[] {
  const found: number[] = [];
  runs.starts.forEach((start, index) => {
    if (lexicon.formsByFirstWord.has(lowerWord(runs, start, runs.ends[index] ?? start))) found.push(index);
  });
  return found;
}

/** The longest reporting verb form that opens at the word `first` found at `at`, or null. */
function formOpening(text: string, at: number, first: string, lexicon: CueLexicon): VerbForm | null {
  const candidates = lexicon.formsByFirstWord.get(first.toLowerCase());
  if (!candidates || namePart(text, at) || afterDeterminer(text, at, lexicon)) return null;
  const ahead = foldTypography(text.slice(at, at + 40)).toLowerCase();
  const compact = ahead.replace(/\s+/gu, ' ');
  for (const form of candidates) {
    if (!compact.startsWith(form) || /[\p{L}\p{N}]/u.test(compact[form.length] ?? '')) continue;
    const end = at + spanLength(ahead, form);
    return { start: at, end, text: text.slice(at, end) };
  }
  return null;
}

/**
 * "a State Department spokeswoman", "the Daily Report": a capitalised word inside a sentence is part of a name;
 * so is one before another capitalised word ("Said Ahmed told reporters").
 */
function namePart(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text[at] ?? '')) return false;
  if (/^\p{L}+[ \u00A0]\p{Lu}\p{Ll}/u.test(text.slice(at, at + 40))) return true;
  return /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
}

/** "the reported casualties", « la déclaration »: a form right after a determiner is an adjective or a noun. */
function afterDeterminer(text: string, at: number, lexicon: CueLexicon): boolean {
  const previous = /([\p{L}]+)['’]?\s*$/u.exec(text.slice(Math.max(0, at - 12), at));
  return previous?.[1] !== undefined && lexicon.determiners.has(wordKey(previous[1]));
}

/** Length in the original text of a form matched with runs of spaces collapsed. */
function spanLength(ahead: string, form: string): number {
  let i = 0;
  let j = 0;
  while (j < form.length && i < ahead.length) {
    if (form[j] === ' ') {
      while (i < ahead.length && /\s/u.test(ahead[i] ?? '')) i++;
      j++;
    } else {
      i++;
      j++;
    }
  }
  return i;
}

/** `a-t-il `, `a également `, `has `: an auxiliary with what may sit between it and the verb. */
function auxiliaryBefore(lexicon: CueLexicon): RegExp {
  const known = compiledBefore.get(lexicon);
  if (known) return known;
  const auxiliaries = [...lexicon.auxiliaries].sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)';
  const pronouns = [...lexicon.pronouns].map(phrasePattern).join('|') || '(?!)';
  const compiled = new RegExp(
    `(^|[^\\p{L}\\p{N}])(?:${auxiliaries})(?:-t-(${pronouns})|-(${pronouns}))?(?:\\s+\\p{Ll}{1,12}){0,3}?\\s+$`,
    'u',
  );
  compiledBefore.set(lexicon, compiled);
  return compiled;
}

/** One compiled auxiliary pattern per lexicon (the lexicon itself is memoised per language). */
const compiledBefore = new WeakMap<CueLexicon, RegExp>();

/**
 * Finds counts back from publication, "il y a trois jours", "two weeks ago",
 * "a year ago", and forward, "dans trois jours", "in two weeks". Counts are
 * digits or the small number words of numbers.tsv.
 */
import { isLetterOrDigitUnit, phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { alternation, alternationOrder, calendarKey, type Granularity, type ShiftUnit } from './compile-calendar.ts';
import { matchAt, phraseScanner, unsure } from './phrase-scan.ts';
import { futureCues } from './mark-future.ts';
import { mentions } from './finder-gates.ts';

interface AgoRule {
  /** One alternative per shape (words before and after); the group of the shape that matched tells its direction. */
  readonly regex: RegExp;
  readonly towards: readonly ('past' | 'future')[];
  /** Per shape: true when a future cue must stand before it in the sentence ("the worst in 20 years" looks back). */
  readonly needsCue: readonly boolean[];
  readonly units: ReadonlyMap<string, { unit: ShiftUnit; granularity: Granularity }>;
  readonly numbers: ReadonlyMap<string, number>;
  /** The same shapes read word by word (no regex to compile), or null when a phrase does not open with a word. */
  readonly words: AgoWords | null;
}

/** The phrases of the shapes, lower-cased; counts and units by first word, in the order the alternations try them. */
interface AgoWords {
  readonly shapes: readonly { readonly before: string; readonly after: string }[];
  readonly counts: ReadonlyMap<string, readonly string[]>;
  readonly units: ReadonlyMap<string, readonly string[]>;
  /** The first words a match may open with (besides a digit): of a "before" phrase, or of a count. */
  readonly openers: ReadonlySet<string>;
}

/** One reading of a shape at a position: which shape, the count and unit as written, and where it ends. */
interface AgoMatch {
  readonly shape: number;
  readonly count: string;
  readonly unit: string;
  readonly end: number;
}

/**
 * The "ago" patterns of a language, compiled once.
 *
 * @example
 * agoRule(loadLanguage('en')).regex.test('two days ago'); // true
 */
export function agoRule(lang: Language): AgoRule {
  return lang.memo('dates/ago', () => {
    const numbers = new Map<string, number>();
    for (const row of lang.table('numbers')) {
      if (row.kind !== 'unit' || Number(row.value) < 1 || Number(row.value) > 60) continue;
      for (const form of (row.forms ?? '').split('|')) numbers.set(calendarKey(form), Number(row.value));
    }
    const units = new Map<string, { unit: ShiftUnit; granularity: Granularity }>();
    const shapes = new Map<string, { toward: 'past' | 'future'; cue: boolean }>();
    for (const row of lang.table('date-ago')) {
      for (const form of (row.units ?? '').split('|')) {
        units.set(calendarKey(form), { unit: row.unit as ShiftUnit, granularity: row.granularity as Granularity });
      }
      shapes.set(`${row.before ?? ''}\t${row.after ?? ''}`, { toward: row.toward === 'future' ? 'future' : 'past', cue: row.cue === 'yes' });
    }
    const count = `(\\p{N}{1,2}|${alternation(numbers.keys())})`;
    const unit = `(${alternation(units.keys())})`;
    const bodies = [...shapes.keys()].map((shape) => {
      const [before = '', after = ''] = shape.split('\t');
      return `(${before ? `${phrasePattern(before)}[ ]+` : ''}${count}[ ]+${unit}${after ? `[ ]+${phrasePattern(after)}(?![\\p{L}\\p{N}])` : ''})`;
    });
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|') || '(?!)'})`, 'giu');
    const kinds = [...shapes.values()];
    const words = agoWords([...shapes.keys()], [...numbers.keys()], [...units.keys()]);
    return { regex, towards: kinds.map((k) => k.toward), needsCue: kinds.map((k) => k.cue), units, numbers, words };
  });
}

/**
 * Every count back of the sentence.
 *
 * @example
 * findAgo(context); // "il y a trois jours" → { relative: { unit: 'day', offset: -3, granularity: 'day' } }
 */
export function findAgo(context: DateContext): DateCandidate[] {
  if (!mentions(context, 'units')) return [];
  const rule = agoRule(context.lang);
  const { folded, sentence } = context;
  const make = (shape: number, countText: string | undefined, unitText: string | undefined, start: number, end: number): DateCandidate | null => {
    const toward = rule.towards[shape] ?? 'past';
    if (rule.needsCue[shape] && !futureCues(context.lang).words.test(context.folded.slice(context.sentence.start, start))) return null;
    if (countText === undefined || unitText === undefined) return null;
    const count = /^\p{N}+$/u.test(countText) ? Number(countText) : rule.numbers.get(calendarKey(countText));
    const unit = rule.units.get(calendarKey(unitText));
    if (count === undefined || !unit) return null;
    const offset = toward === 'future' ? count : -count;
    return { start, end, rule: toward === 'future' ? 'in' : 'ago', relative: { unit: unit.unit, offset, granularity: unit.granularity }, direction: toward, granularity: unit.granularity };
  };
  const slice = folded.slice(sentence.start, sentence.end);
  if (rule.words && !unsure(slice)) {
    const found: DateCandidate[] = [];
    for (const match of agoMatches(rule.words, slice)) {
      const candidate = make(match.shape, match.count, match.unit, sentence.start + match.start, sentence.start + match.end);
      if (candidate) found.push(candidate);
    }
    return found;
  }
  return scan(context, rule.regex, (m, start, end) => {
    // each shape is a group of three: the whole shape, its count, its unit
    const shape = Math.floor(m.slice(1).findIndex((g) => g !== undefined) / 3);
    const [, countText, unitText] = m.slice(1 + 3 * shape, 4 + 3 * shape);
    return make(shape, countText, unitText, start, end);
  });
}

/** The shapes word by word, or null when a phrase does not open with a letter or digit or lower-casing changes its length. */
function agoWords(shapeKeys: readonly string[], counts: readonly string[], units: readonly string[]): AgoWords | null {
  const readable = (phrase: string) => phrase.toLowerCase().length === phrase.length && !unsure(phrase) && isLetterOrDigitUnit(phrase.charCodeAt(0));
  // counts and units grouped as the phrase scanner groups calendar phrases
  const byFirstWord = (phrases: readonly string[]) => phraseScanner([phrases])?.byFirstWord ?? null;
  const shapes = shapeKeys.map((key) => {
    const [before = '', after = ''] = key.split('\t');
    return { before: before.toLowerCase(), after: after.toLowerCase() };
  });
  if (shapes.some(({ before, after }) => (before !== '' && !readable(before)) || (after !== '' && !readable(after)))) return null;
  const countMap = byFirstWord(counts);
  const unitMap = byFirstWord(units);
  if (!countMap || !unitMap) return null;
  const openers = new Set(shapes.some(({ before }) => before === '') ? countMap.keys() : []);
  for (const { before } of shapes) if (before !== '') openers.add(/^[\p{L}\p{N}]+/u.exec(before)?.[0] ?? '');
  return { shapes, counts: countMap, units: unitMap, openers };
}

const DIGIT = /\p{N}/u;

/**
 * The matches of the "ago" alternation over a sentence, read word by word: at each word start, each shape in
 * order, each count then each unit in the order the regex backtracks through them.
 */
function agoMatches(words: AgoWords, text: string): (AgoMatch & { start: number })[] {
  const found: (AgoMatch & { start: number })[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isLetterOrDigitUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let runEnd = at + 1;
    while (runEnd < text.length && isLetterOrDigitUnit(text.charCodeAt(runEnd))) runEnd++;
    // most words open no shape: only a digit, a count or the first word of a "before" phrase does
    const opens = DIGIT.test(text[at] ?? '') || words.openers.has(text.slice(at, runEnd).toLowerCase());
    const match = opens ? agoAt(words, text, at) : null;
    if (match) {
      found.push({ ...match, start: at });
      at = match.end;
    } else at = runEnd;
  }
  return found;
}

/** Past one or more ASCII spaces from `at` (`[ ]+`), or -1. */
function pastSpaces(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x20) return -1;
  let end = at + 1;
  while (text.charCodeAt(end) === 0x20) end++;
  return end;
}

/** The phrases of `byFirst` opening with the word at `at`. */
function phrasesAt(byFirst: ReadonlyMap<string, readonly string[]>, text: string, at: number): readonly string[] {
  let end = at;
  while (end < text.length && isLetterOrDigitUnit(text.charCodeAt(end))) end++;
  return end > at ? byFirst.get(text.slice(at, end).toLowerCase()) ?? [] : [];
}

/** The first reading of a shape at `at`, as the regex finds it, or null. */
function agoAt(words: AgoWords, text: string, at: number): AgoMatch | null {
  for (let shape = 0; shape < words.shapes.length; shape++) {
    const { before, after } = words.shapes[shape] ?? { before: '', after: '' };
    let countStart = at;
    if (before !== '') {
      const beforeEnd = matchAt(text, at, before);
      countStart = beforeEnd < 0 ? -1 : pastSpaces(text, beforeEnd);
      if (countStart < 0) continue;
    }
    // `(\p{N}{1,2}|numbers…)`: two digits, one digit, then the number words
    const countEnds: number[] = [];
    if (DIGIT.test(text[countStart] ?? '')) {
      if (DIGIT.test(text[countStart + 1] ?? '')) countEnds.push(countStart + 2);
      countEnds.push(countStart + 1);
    }
    for (const count of phrasesAt(words.counts, text, countStart)) {
      const end = matchAt(text, countStart, count);
      if (end >= 0) countEnds.push(end);
    }
    for (const countEnd of countEnds) {
      const unitStart = pastSpaces(text, countEnd);
      if (unitStart < 0) continue;
      for (const unit of phrasesAt(words.units, text, unitStart)) {
        const unitEnd = matchAt(text, unitStart, unit);
        if (unitEnd < 0) continue;
        let end = unitEnd;
        if (after !== '') {
          const afterStart = pastSpaces(text, unitEnd);
          end = afterStart < 0 ? -1 : matchAt(text, afterStart, after);
          // the regex ends every "after" phrase at a word's end
          if (end >= 0 && end < text.length && isLetterOrDigitUnit(text.charCodeAt(end))) end = -1;
        }
        if (end >= 0) return { shape, count: text.slice(countStart, countEnd), unit: text.slice(unitStart, unitEnd), end };
      }
    }
  }
  return null;
}

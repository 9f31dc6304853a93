/**
 * Pass 1: finds every gazetteer name inside sentences, longest match first
 * ("Corée du Nord", not "Corée"; "Communauté politique européenne", not the
 * demonym "européenne"). Proper names are matched with their case (English
 * "china" or "turkey" as common nouns do not fire; "OTAN", "Otan" and all-caps
 * forms do); French demonyms match in any case ("russe", "Russes").
 */
import { foldTypography } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { childOf, compileGazetteer, type Gazetteer, type NameEntry, type NameTrie } from './compile-gazetteer.ts';
import { compileShapes, wordKey } from './compile-shapes.ts';
import { foldForMatch } from './fold-for-match.ts';
import { isUpper, isWordChar, isWordCode, type GazetteerMatch, type Reading, type Work } from './work.ts';

/**
 * Adds the gazetteer matches of every sentence to the work.
 *
 * @example
 * matchGazetteer(work).matches[0]; // { start, end, readings: [{ key: 'North Korea', form: 'name', … }] }
 */
export function matchGazetteer(work: Work): Work {
  const { trie, entities } = compileGazetteer(work.lang);
  const text = work.doc.text;
  const shapes = compileShapes(work.lang);
  // the surfaces compared with names: typography folded once for the whole text (it keeps every offset)
  const typed = foldTypography(text);
  const scan: Scan = { trie, entities, folded: work.folded, text, typed, code: work.lang.code, modifierEnd: shapes.modifierEnd, stopwords: shapes.stopwords };
  const matches: GazetteerMatch[] = [];
  const folded = work.folded;
  const months = lowerCaseMonths(work.lang);
  for (const sentence of work.sentences) {
    let i = sentence.start;
    let previousIsWord = isWordCode(folded.charCodeAt(i - 1));
    let opening = true;
    while (i < sentence.end) {
      const code = folded.charCodeAt(i);
      const isWord = isWordCode(code);
      // only a word start whose first letter opens some name
      if (isWord && !previousIsWord && childOf(trie, 0, code) >= 0 && !endsCompoundPrefix(text, i)) {
        const found = longestAt(scan, i, sentence.end);
        // "Mars 2024 a été…": a month opening a sentence takes a capital like a name (the planet), so it is no name there
        const monthOpening = found && opening && months.has(folded.slice(found.start, found.end));
        if (found && !monthOpening) matches.push(found);
        if (found) {
          opening = false;
          i = found.end;
          previousIsWord = isWordCode(folded.charCodeAt(i - 1));
          continue;
        }
      }
      if (isWord) opening = false;
      previousIsWord = isWord;
      i++;
    }
  }
  return { ...work, matches };
}

/**
 * "Ivry-sur-Seine", "Châlons-en-Champagne": a word after a hyphenated lower-case link ("-sur-", "-en-") ends a
 * compound place name, so it is no name on its own. "franco-allemand" and "Russia-Ukraine" have no such link.
 */
function endsCompoundPrefix(text: string, start: number): boolean {
  // the pattern ends on a hyphen: test it only after one
  return text.charCodeAt(start - 1) === 45 && COMPOUND_PREFIX.test(text.slice(Math.max(0, start - 7), start));
}

const COMPOUND_PREFIX = /\p{L}-\p{Ll}{1,4}-$/u;

/** Folded month names of a language that writes months in lower case (months.tsv `cased` = no). */
function lowerCaseMonths(lang: Language): ReadonlySet<string> {
  return lang.memo('entities/lower-case-months', () => new Set(
    lang.table('months').filter((row) => row.cased === 'no').flatMap((row) => (row.forms ?? '').split('|')).filter(Boolean).map(foldForMatch),
  ));
}

/** "-backed", "-flagged", "-brokered": a participle after the hyphen makes the name a modifier ("Iran-backed"). */
function modifierFollows(text: string, hyphen: number, modifierEnd: RegExp): boolean {
  const word = /^-\p{L}+/u.exec(text.slice(hyphen, hyphen + 24))?.[0] ?? '';
  return word !== '' && modifierEnd.test(word);
}

interface Scan {
  readonly trie: NameTrie;
  readonly entities: Gazetteer['entities'];
  readonly folded: string;
  readonly text: string;
  /** `foldTypography(text)`: same length, so a name's surface is a slice of it. */
  readonly typed: string;
  readonly code: string;
  readonly modifierEnd: RegExp;
  /** Capitalised words that are never a name on their own (entity-stopwords.tsv): "Who" is no WHO. */
  readonly stopwords: ReadonlySet<string>;
}

/** "Russia-Ukraine war", "Israeli-Palestinian": a state's name or demonym right after the hyphen pairs two states. */
function stateFollows(scan: Scan, from: number, limit: number): boolean {
  const next = longestAt(scan, from, limit);
  return !!next && next.readings.some((r) => r.form === 'demonym' || r.form === 'capital' || scan.entities.get(r.key)?.kind === 'country');
}

function longestAt(scan: Scan, start: number, limit: number): GazetteerMatch | null {
  const { folded, text, code, trie } = scan;
  let node = 0;
  let best: GazetteerMatch | null = null;
  for (let i = start; i < limit; i++) {
    node = childOf(trie, node, folded.charCodeAt(i));
    if (node < 0) break;
    const entries = trie.entries[node]!;
    if (entries.length === 0) continue;
    const end = i + 1;
    const lastIsWord = isWordCode(folded.charCodeAt(i));
    if (lastIsWord && isWordCode(folded.charCodeAt(end))) continue;
    // "Park Jin" is not a name inside "Park Jin-ho"; "Malta-flagged", "Iranian-backed", "Russia-Ukraine" keep their name;
    // a combining form ("russo-", "Sino-") is a name only there
    const hyphenated = lastIsWord && folded[end] === '-' && isWordChar(folded[end + 1]);
    const compound = hyphenated && (modifierFollows(text, end, scan.modifierEnd) || stateFollows(scan, end + 1, limit));
    if (hyphenated && !compound && !entries.some((entry) => entry.combining)) continue;
    const surface = scan.typed.slice(start, end);
    const shape = letterShape(surface);
    const readings: Reading[] = [];
    for (const entry of entries) {
      if (entry.combining ? !hyphenated : hyphenated && !compound) continue;
      if (!shapeFits(surface, shape, entry, code)) continue;
      if (isSpelledOutAcronym(shape, entry) && scan.stopwords.has(wordKey(surface))) continue;
      if (entry.after && !entry.after.test(text.slice(Math.max(0, start - 4), start))) continue;
      readings.push({ key: entry.key, form: entry.form, primary: entry.primary });
    }
    if (readings.length > 0) best = { start, end, readings };
  }
  return best;
}

/** The letters of a text as the case rules see them, counted one code point at a time. */
interface LetterShape {
  /** Code points that have a case. */
  readonly letters: number;
  /** Every letter is upper case (true when there is none). */
  readonly allUpper: boolean;
  readonly firstUpper: boolean;
  /** Some letter after the first is upper case. */
  readonly laterUpper: boolean;
  /** Some code point, letter or not, changes when upper-cased. */
  readonly lowerSomewhere: boolean;
}

function letterShape(text: string): LetterShape {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  let laterUpper = false;
  let lowerSomewhere = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    let isUp: boolean;
    if (code < 128) {
      // ASCII answered without case mapping: most names and surfaces are plain letters
      const lower = code >= 97 && code <= 122;
      if (lower) lowerSomewhere = true;
      isUp = code >= 65 && code <= 90;
      if (!lower && !isUp) continue;
    } else {
      const up = char.toUpperCase();
      if (char !== up) lowerSomewhere = true;
      if (char.toLowerCase() === up) continue;
      isUp = isUpper(char);
    }
    if (letters === 0) firstUpper = isUp;
    else if (isUp) laterUpper = true;
    if (isUp) upper++;
    letters++;
  }
  return { letters, allUpper: upper === letters, firstUpper, laterUpper, lowerSomewhere };
}

/** Whether a code unit has a case ("é" yes, "-" no), ASCII without case mapping. */
function hasCase(unit: string): boolean {
  const code = unit.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : unit.toLowerCase() !== unit.toUpperCase();
}

/** {@link isUpper} of a code unit, ASCII without case mapping. */
function isUpperUnit(unit: string): boolean {
  const code = unit.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : isUpper(unit);
}

/** Names repeat in every text: their shapes are computed once. */
const nameShapes = new Map<string, LetterShape>();

function nameShape(name: string): LetterShape {
  let shape = nameShapes.get(name);
  if (!shape) {
    shape = letterShape(name);
    nameShapes.set(name, shape);
  }
  return shape;
}

/** "Who" for "WHO": an acronym of the gazetteer written with a capital initial only, as "Otan" is. */
function isSpelledOutAcronym(surface: LetterShape, entry: NameEntry): boolean {
  const name = nameShape(entry.surface);
  return name.letters >= 3 && name.allUpper && surface.lowerSomewhere;
}

/**
 * Whether the text's case fits a name: the first letter keeps its case, a
 * lower-case letter of the name stays lower (unless the text is all caps),
 * an acronym may be written "Otan"; French demonyms fit in any case.
 *
 * @example
 * caseFits('china', { key: 'China', form: 'name', primary: true, surface: 'China' }, 'en'); // false
 */
export function caseFits(surface: string, entry: NameEntry, code: string): boolean {
  return shapeFits(surface, letterShape(surface), entry, code);
}

/** {@link caseFits} with the shape of the surface already known (one surface is tried against several names). */
function shapeFits(surface: string, shape: LetterShape, entry: NameEntry, code: string): boolean {
  if (entry.form === 'demonym' && code === 'fr') return true;
  // the common case in running text: a lower-case word against a capitalised name
  const got = surface[0];
  if (got !== undefined && got !== got.toUpperCase() && isUpper(entry.surface[0])) return false;
  const allCaps = shape.letters > 1 && shape.allUpper;
  if (allCaps) return true;
  const name = entry.surface;
  const nameLetters = nameShape(name);
  if (nameLetters.letters >= 3 && nameLetters.allUpper) {
    // "Nato", "Otan", "Unesco" are written so; a three-letter acronym so written is a word ("Car", "Eau", "Who")
    if (nameLetters.letters < 4) return false;
    return shape.firstUpper && !shape.laterUpper;
  }
  if (surface.length !== name.length) return false;
  let first = true;
  for (let i = 0; i < name.length; i++) {
    const want = name[i]!;
    const got = surface[i]!;
    if (!hasCase(want)) continue;
    if (first) {
      if (isUpperUnit(want) !== isUpperUnit(got)) return false;
      first = false;
    } else if (!isUpperUnit(want) && isUpperUnit(got)) return false;
  }
  return true;
}

/**
 * Reads `verb-endings.tsv` into inflection classes: for each class, the
 * lemma ending it replaces (its infinitive cell) and the endings of every
 * mood and tense, with `like` rows resolved (a class takes the cells of
 * another and overrides some).
 */
import type { Row } from '../load.ts';
import type { Mood, Tense } from '../morphology.ts';
import { cellSlots, parseMood, parseTense, type Slot } from './slot-readings.ts';

/** One conjugation cell: the alternatives at each position (empty: no form). */
export interface Cell {
  readonly mood: Mood;
  readonly tense: Tense;
  readonly slots: readonly (readonly string[])[];
}

/** One ending of a class with what it carries, flattened for fast conjugation. */
export interface Template extends Slot {
  /** The cell it comes from, so a lemma's own cell can replace it. */
  readonly key: string;
  readonly ending: string;
  /** Whether the ending copies the consonant run `*`. */
  readonly star: boolean;
  readonly mood: Mood;
  readonly tense: Tense;
}

/** An inflection class with its cells resolved. */
export interface VerbClass {
  readonly name: string;
  /** The ending of the lemma the endings replace; `*` stands for a consonant run copied into each ending. */
  readonly infinitive: string;
  readonly pattern: RegExp;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly templates: readonly Template[];
}

/** Letters that are not vowels, for the `*` of a class (céder: c|é|d|er). */
const CONSONANTS = '[^aeiouyàâäéèêëîïôöùûüœæ\\s]+';

/**
 * The key of a cell in a class.
 *
 * @example
 * cellKey('indicative', 'present'); // "indicative present"
 */
export function cellKey(mood: Mood, tense: Tense): string {
  return `${mood} ${tense ?? '-'}`;
}

/**
 * Splits a cell of the data: `|` between positions, `/` between spellings of
 * one position (paie/paye), `-` for a position with no form.
 *
 * @example
 * parseCell('indicative', 'present', 'e|es|e|ons|ez|ent').slots[3]; // ['ons']
 */
export function parseCell(mood: Mood, tense: Tense, text: string): Cell {
  const slots = text.split('|').map((slot) => (slot.trim() === '-' ? [] : slot.split('/').map((form) => form.trim())));
  return { mood, tense, slots };
}

/**
 * The classes of a verb-endings table, keyed by name.
 *
 * @example
 * readClasses(fr.table('verb-endings')).get('aimer')?.infinitive; // 'er'
 */
export function readClasses(rows: readonly Row[]): ReadonlyMap<string, VerbClass> {
  const own = new Map<string, Map<string, Cell>>();
  const parents = new Map<string, string>();
  for (const row of rows) {
    const name = row['class'] ?? '';
    const cells = own.get(name) ?? new Map<string, Cell>();
    own.set(name, cells);
    if (row['mood'] === 'like') {
      parents.set(name, row['forms'] ?? '');
      continue;
    }
    const mood = parseMood(row['mood'] ?? '');
    const tense = parseTense(row['tense'] ?? '');
    cells.set(cellKey(mood, tense), parseCell(mood, tense, row['forms'] ?? ''));
  }
  const resolved = new Map<string, VerbClass>();
  const resolve = (name: string, seen: readonly string[]): VerbClass => {
    const done = resolved.get(name);
    if (done) return done;
    const cells = own.get(name);
    if (!cells) throw new Error(`veille: verb class "${name}" is not defined in verb-endings.tsv`);
    if (seen.includes(name)) throw new Error(`veille: verb class "${name}" is its own ancestor (${seen.join(' → ')})`);
    const infinitive = infinitiveOf(name, cells);
    const merged = new Map<string, Cell>();
    const parentName = parents.get(name);
    if (parentName !== undefined) {
      const parent = resolve(parentName, [...seen, name]);
      if (!infinitive.endsWith(parent.infinitive)) {
        throw new Error(`veille: verb class "${name}" (-${infinitive}) cannot be like "${parentName}" (-${parent.infinitive}): endings must nest`);
      }
      const prefix = infinitive.slice(0, infinitive.length - parent.infinitive.length);
      for (const [key, cell] of parent.cells) {
        merged.set(key, { ...cell, slots: cell.slots.map((slot) => slot.map((ending) => prefix + ending)) });
      }
    }
    for (const [key, cell] of cells) merged.set(key, cell);
    const verbClass: VerbClass = { name, infinitive, pattern: compilePattern(infinitive), cells: merged, templates: cellTemplates(merged) };
    resolved.set(name, verbClass);
    return verbClass;
  };
  for (const name of own.keys()) resolve(name, []);
  return resolved;
}

function infinitiveOf(name: string, cells: ReadonlyMap<string, Cell>): string {
  const cell = cells.get(cellKey('infinitive', null));
  const ending = cell?.slots[0]?.[0];
  if (ending === undefined) throw new Error(`veille: verb class "${name}" has no infinitive row in verb-endings.tsv`);
  return ending;
}

/** "é*er" → /^(.*)é([consonants]+)er$/u: the stem, then the run `*` copies. */
function compilePattern(infinitive: string): RegExp {
  const parts = infinitive.split('*');
  if (parts.length > 2) throw new Error(`veille: verb ending "${infinitive}" has more than one *`);
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const body = escaped.length === 2 ? `${escaped[0]}(${CONSONANTS})${escaped[1]}` : `${escaped[0]}()`;
  return new RegExp(`^(.*)${body}$`, 'u');
}

/**
 * The templates of a set of cells: one per spelling of each position.
 *
 * @example
 * cellTemplates(new Map([['participle present', parseCell('participle', 'present', 'ant')]]))[0]?.ending; // 'ant'
 */
export function cellTemplates(cells: ReadonlyMap<string, Cell>): Template[] {
  const templates: Template[] = [];
  for (const [key, cell] of cells) {
    const slots = cellSlots(cell.mood, cell.slots.length);
    cell.slots.forEach((spellings, index) => {
      const slot = slots[index];
      if (!slot) return;
      for (const ending of spellings) {
        templates.push({ key, ending, star: ending.includes('*'), mood: cell.mood, tense: cell.tense, ...slot });
      }
    });
  }
  return templates;
}

/**
 * What each position of a conjugation cell means. A cell of the data files is
 * a `|`-list whose length says its layout: six persons, three imperative
 * persons, four participle agreements, two English present forms, or one form
 * for every person.
 */
import type { Mood, Tense } from '../morphology.ts';

/** Person, number and gender carried by one position of a cell. */
export interface Slot {
  readonly person: 1 | 2 | 3 | null;
  readonly number: 'sg' | 'pl' | null;
  readonly gender?: 'm' | 'f' | null;
}

const ANY: Slot = { person: null, number: null };
const PERSONS: readonly Slot[] = [
  { person: 1, number: 'sg' },
  { person: 2, number: 'sg' },
  { person: 3, number: 'sg' },
  { person: 1, number: 'pl' },
  { person: 2, number: 'pl' },
  { person: 3, number: 'pl' },
];
// « livre, livrons, livrez »
const IMPERATIVE: readonly Slot[] = [
  { person: 2, number: 'sg' },
  { person: 1, number: 'pl' },
  { person: 2, number: 'pl' },
];
// livré, livrée, livrés, livrées
const AGREEMENT: readonly Slot[] = [
  { person: null, number: 'sg', gender: 'm' },
  { person: null, number: 'sg', gender: 'f' },
  { person: null, number: 'pl', gender: 'm' },
  { person: null, number: 'pl', gender: 'f' },
];
// "say" (every person but the third singular), "says"
const ENGLISH_PRESENT: readonly Slot[] = [ANY, { person: 3, number: 'sg' }];

/**
 * The slots of a cell of `count` positions for a mood; throws on a layout the
 * data files do not define, so a typo in a table fails loudly.
 *
 * @example
 * cellSlots('imperative', 3)[0]; // { person: 2, number: 'sg' }
 */
export function cellSlots(mood: Mood, count: number): readonly Slot[] {
  if (count === 1) return [ANY];
  if (count === 6 && mood !== 'participle' && mood !== 'infinitive') return PERSONS;
  if (count === 3 && mood === 'imperative') return IMPERATIVE;
  if (count === 4 && mood === 'participle') return AGREEMENT;
  if (count === 2 && mood !== 'participle' && mood !== 'infinitive') return ENGLISH_PRESENT;
  throw new Error(`veille: a ${mood} cell of verb data cannot have ${count} forms (use 1, 2, 3 imperative, 4 participle or 6)`);
}

const MOODS: readonly Mood[] = ['indicative', 'conditional', 'subjunctive', 'imperative', 'infinitive', 'participle', 'gerund'];
const TENSES: readonly Exclude<Tense, null>[] = ['present', 'imperfect', 'simple-past', 'future', 'past'];

/**
 * Reads the mood cell of a data row.
 *
 * @example
 * parseMood('conditional'); // 'conditional'
 */
export function parseMood(cell: string): Mood {
  const mood = MOODS.find((known) => known === cell);
  if (!mood) throw new Error(`veille: unknown verb mood "${cell}" in verb data; expected one of ${MOODS.join(', ')}`);
  return mood;
}

/**
 * Reads the tense cell of a data row; `-` or empty is no tense (infinitive).
 *
 * @example
 * parseTense('simple-past'); // 'simple-past'
 */
export function parseTense(cell: string): Tense {
  if (cell === '-' || cell === '') return null;
  const tense = TENSES.find((known) => known === cell);
  if (!tense) throw new Error(`veille: unknown verb tense "${cell}" in verb data; expected one of ${TENSES.join(', ')} or -`);
  return tense;
}

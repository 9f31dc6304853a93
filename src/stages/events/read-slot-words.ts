/**
 * Reads `lang/<xx>/event-slot-words.tsv`: words that point a trigger to an
 * argument outside its own phrase ("où", "where").
 */
import type { Language } from '../../lang/load.ts';

/** The slot words of a language, by role. */
export interface SlotWords {
  /** Relative adverbs of place ("où", "where"). */
  readonly placeRelative: ReadonlySet<string>;
}

/**
 * The slot words of a language, read once.
 *
 * @example
 * readSlotWords(loadLanguage('en')).placeRelative.has('where'); // true
 */
export function readSlotWords(lang: Language): SlotWords {
  return lang.memo('events/slot-words', () => {
    const rows = lang.table('event-slot-words');
    const role = (name: string) => new Set(rows.filter((row) => row.role === name).map((row) => (row.word ?? '').toLowerCase()));
    return { placeRelative: role('place-relative') };
  });
}

/**
 * Finds counts back from publication, "il y a trois jours", "two weeks ago",
 * "a year ago", and forward, "dans trois jours", "in two weeks". Counts are
 * digits or the small number words of numbers.tsv.
 */
import { phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { alternation, calendarKey, type Granularity, type ShiftUnit } from './compile-calendar.ts';
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
    return { regex, towards: kinds.map((k) => k.toward), needsCue: kinds.map((k) => k.cue), units, numbers };
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
  return scan(context, rule.regex, (m, start, end) => {
    // each shape is a group of three: the whole shape, its count, its unit
    const shape = Math.floor(m.slice(1).findIndex((g) => g !== undefined) / 3);
    const [, countText, unitText] = m.slice(1 + 3 * shape, 4 + 3 * shape);
    const toward = rule.towards[shape] ?? 'past';
    if (rule.needsCue[shape] && !futureCues(context.lang).words.test(context.folded.slice(context.sentence.start, start))) return null;
    if (countText === undefined || unitText === undefined) return null;
    const count = /^\p{N}+$/u.test(countText) ? Number(countText) : rule.numbers.get(calendarKey(countText));
    const unit = rule.units.get(calendarKey(unitText));
    if (count === undefined || !unit) return null;
    const offset = toward === 'future' ? count : -count;
    return { start, end, rule: toward === 'future' ? 'in' : 'ago', relative: { unit: unit.unit, offset, granularity: unit.granularity }, direction: toward, granularity: unit.granularity };
  });
}

/**
 * Finds counts back from publication: "il y a trois jours", "two weeks ago",
 * "a year ago". Counts are digits or the small number words of numbers.tsv.
 */
import { phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { scan, type DateCandidate, type DateContext } from './candidate.ts';
import { alternation, calendarKey, type Granularity, type ShiftUnit } from './compile-calendar.ts';

interface AgoRule {
  readonly regex: RegExp;
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
    const shapes = new Set<string>();
    for (const row of lang.table('date-ago')) {
      for (const form of (row.units ?? '').split('|')) {
        units.set(calendarKey(form), { unit: row.unit as ShiftUnit, granularity: row.granularity as Granularity });
      }
      shapes.add(`${row.before ?? ''}\t${row.after ?? ''}`);
    }
    const count = `(\\p{N}{1,2}|${alternation(numbers.keys())})`;
    const unit = `(${alternation(units.keys())})`;
    const bodies = [...shapes].map((shape) => {
      const [before = '', after = ''] = shape.split('\t');
      return `${before ? `${phrasePattern(before)}[ ]+` : ''}${count}[ ]+${unit}${after ? `[ ]+${phrasePattern(after)}(?![\\p{L}\\p{N}])` : ''}`;
    });
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|') || '(?!)'})`, 'giu');
    return { regex, units, numbers };
  });
}

/**
 * Every count back of the sentence.
 *
 * @example
 * findAgo(context); // "il y a trois jours" → { relative: { unit: 'day', offset: -3, granularity: 'day' } }
 */
export function findAgo(context: DateContext): DateCandidate[] {
  const rule = agoRule(context.lang);
  return scan(context, rule.regex, (m, start, end) => {
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const [countText, unitText] = groups;
    if (countText === undefined || unitText === undefined) return null;
    const count = /^\p{N}+$/u.test(countText) ? Number(countText) : rule.numbers.get(calendarKey(countText));
    const unit = rule.units.get(calendarKey(unitText));
    if (count === undefined || !unit) return null;
    return { start, end, rule: 'ago', relative: { unit: unit.unit, offset: -count, granularity: unit.granularity }, direction: 'past', granularity: unit.granularity };
  });
}

/**
 * Points a date forward when its clause speaks of the future: "la réunion se
 * tiendra lundi", "they will meet on Monday", "le sommet aura lieu en juin".
 * Without such a cue a weekday looks back and a month prefers the past.
 */
import { phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import type { DateCandidate, DateContext } from './candidate.ts';

/** How far before the date a cue may stand. */
const REACH = 60;
/** A clause boundary between cue and date cancels the cue ("a dit jeudi que … sera"). */
const BOUNDARY = /[,;:()«»"“”]|(?<![\p{L}])(?:que|qu'|that)(?![\p{L}])/iu;

interface Cues {
  readonly words: RegExp;
}

/**
 * The future cues of a language, compiled once.
 *
 * @example
 * futureCues(loadLanguage('en')).words.test('they will meet'); // true
 */
export function futureCues(lang: Language): Cues {
  return lang.memo('dates/future-cues', () => {
    const rows = lang.table('date-future-cues');
    const list = (kind: string) => rows.filter((r) => r.kind === kind).flatMap((r) => (r.cue ?? '').split('|')).filter((c) => c !== '');
    const words = list('word').sort((a, b) => b.length - a.length).map(phrasePattern);
    const suffixes = list('suffix').map(phrasePattern);
    const alternatives = [
      ...(words.length ? [`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`] : []),
      ...(suffixes.length ? [`(?<![\\p{L}])\\p{L}{3,}(?:${suffixes.join('|')})(?![\\p{L}])`] : []),
    ];
    return { words: new RegExp(alternatives.join('|') || '(?!)', 'iu') };
  });
}

/**
 * Sets `direction: 'future'` on weekdays, months and days without a stated
 * year or modifier when a future cue stands in the same clause.
 *
 * @example
 * markFuture(candidates, context); // "se tiendra lundi" → lundi looks forward
 */
export function markFuture(candidates: readonly DateCandidate[], context: DateContext): DateCandidate[] {
  const { folded, sentence } = context;
  const cues = futureCues(context.lang);
  return candidates.map((candidate) => {
    if (candidate.year !== undefined || candidate.relative || candidate.rule.startsWith('weekday-')) return candidate;
    const before = folded.slice(Math.max(sentence.start, candidate.start - REACH), candidate.start);
    const lastBoundary = Math.max(...[...before.matchAll(new RegExp(BOUNDARY.source, 'giu'))].map((m) => (m.index ?? 0) + m[0].length), 0);
    const clauseBefore = before.slice(lastBoundary);
    // only a cue before the date: in "the talks that ended on Monday will resume" the cue is another verb's
    if (!cues.words.test(clauseBefore)) return candidate;
    return { ...candidate, direction: 'future', rule: `${candidate.rule}.future-cue` };
  });
}

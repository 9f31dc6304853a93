/**
 * Points a date forward when its clause speaks of the future: "la réunion se
 * tiendra lundi", "they will meet on Monday", "le sommet aura lieu en juin".
 * Without such a cue a weekday looks back and a month prefers the past.
 */
import { phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import type { DateCandidate, DateContext } from './candidate.ts';

/** How far before the date a cue may stand: a verb, its object with names, then the date ("réunirait … mercredi"). */
const REACH = 100;
/**
 * Punctuation that ends a clause; with the language's complementisers (date-future-cues kind `boundary`) it
 * cancels a cue before it ("a dit jeudi que … sera"), as does the end of a sentence the segmenter kept whole,
 * as inside a quotation ("… va devenir. Nous avons ouvert vendredi").
 */
const PUNCTUATION_BOUNDARY = '[,;:()«»"“”]|[.!?](?=\\s|$)';
/** What may stand before a date that opens its sentence: "Lundi,", "On Monday,", "À partir de mardi,", "Starting Friday,". */
const OPENING = /^[\s«"“(]*(?:\p{L}{1,8}[ ]+){0,3}$/u;

/**
 * True when only a few short words, none a past verb ("Il a dit lundi"), stand
 * between the sentence start and the date.
 *
 * @example
 * opensSentence('On Monday, they will meet.', 0, 3, cues); // true
 */
export function opensSentence(folded: string, sentenceStart: number, dateStart: number, cues: Cues): boolean {
  const opening = folded.slice(sentenceStart, dateStart);
  return OPENING.test(opening) && !cues.past.test(opening);
}

/**
 * The main clause after a date that opens the sentence: past the comma that
 * follows it, up to the next boundary or a past-tense word ("On Tuesday, he
 * said the vote will…": the date is the saying's).
 */
function mainClauseAfter(folded: string, dateEnd: number, sentenceEnd: number, cues: Cues): string {
  const after = folded.slice(dateEnd, Math.min(sentenceEnd, dateEnd + REACH)).replace(/^[ ]*,/u, '');
  const boundary = after.search(cues.boundary);
  const clause = boundary < 0 ? after : after.slice(0, boundary);
  const past = clause.search(cues.past);
  return past < 0 ? clause : clause.slice(0, past);
}

export interface Cues {
  readonly words: RegExp;
  /** Words that show a past main verb ("a dit", "said"). */
  readonly past: RegExp;
  /** Phrases that cancel a cue in their clause: "would have met on Monday" is past. */
  readonly except: RegExp;
  /** Every future cue word of a clause (global), to find the one nearest the date. */
  readonly wordsAll: RegExp;
  /** Past auxiliaries and verbs written out (no suffixes: "elected" may be an adjective). */
  readonly pastWords: RegExp;
  /** A clause boundary: punctuation or a complementiser ("que", "that"); `boundaries` is its global form. */
  readonly boundary: RegExp;
  readonly boundaries: RegExp;
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
    const pattern = (wordKind: string, suffixKind: string, flags = 'iu') => {
      const words = list(wordKind).sort((a, b) => b.length - a.length).map(phrasePattern);
      const suffixes = list(suffixKind).map(phrasePattern);
      const alternatives = [
        ...(words.length ? [`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`] : []),
        ...(suffixes.length ? [`(?<![\\p{L}])\\p{L}{3,}(?:${suffixes.join('|')})(?![\\p{L}])`] : []),
      ];
      return new RegExp(alternatives.join('|') || '(?!)', flags);
    };
    const complementisers = list('boundary').map(phrasePattern);
    const boundary = [PUNCTUATION_BOUNDARY, ...(complementisers.length ? [`(?<![\\p{L}])(?:${complementisers.join('|')})(?![\\p{L}])`] : [])].join('|');
    return {
      boundary: new RegExp(boundary, 'iu'),
      boundaries: new RegExp(boundary, 'giu'),
      words: pattern('word', 'suffix'),
      past: pattern('past', 'past-suffix'),
      except: pattern('except', 'except-suffix'),
      wordsAll: pattern('word', 'suffix', 'giu'),
      pastWords: pattern('past', ''),
    };
  });
}

/**
 * True when a past verb stands between the last future cue and the date: the date belongs to the nearer,
 * past verb ("un représentant souhaiterait … qui a remporté les élections du 13 juin").
 *
 * @example
 * pastAfterLastCue('qui souhaiterait celui qui a remporté le vote du ', cues); // true
 */
export function pastAfterLastCue(clause: string, cues: Cues): boolean {
  let lastCueEnd = -1;
  cues.wordsAll.lastIndex = 0;
  for (const m of clause.matchAll(cues.wordsAll)) lastCueEnd = m.index + m[0].length;
  return lastCueEnd >= 0 && cues.pastWords.test(clause.slice(lastCueEnd));
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
  // a listed day reads the main clause after the day-month that closes its list ("Le 27 et 28 août, nous…")
  const phraseEnds = candidates.map((c) => c.end);
  for (let i = candidates.length - 2; i >= 0; i--) {
    if (candidates[i]?.rule.startsWith('day-list')) phraseEnds[i] = phraseEnds[i + 1] ?? candidates[i]!.end;
  }
  const marked = candidates.map((candidate, index): DateCandidate => {
    // "lundi dernier", "next Monday" say their direction; "ce lundi" does not
    // "fin août dernier" too: a month or day with a modifier of direction keeps it
    const stated = candidate.weekday === undefined ? candidate.direction !== 'nearest' : candidate.rule.startsWith('weekday-') && candidate.rule !== 'weekday-this';
    if (candidate.year !== undefined || candidate.relative || stated) return candidate;
    const before = folded.slice(Math.max(sentence.start, candidate.start - REACH), candidate.start);
    let lastBoundary = 0;
    for (const m of before.matchAll(cues.boundaries)) lastBoundary = m.index + m[0].length;
    const clauseBefore = before.slice(lastBoundary);
    // only a cue before the date: in "the talks that ended on Monday will resume" the cue is another verb's;
    // but a date that opens the sentence belongs to the main verb after it ("Lundi, les ministres se réuniront")
    const future = (clause: string) => cues.words.test(clause) && !cues.except.test(clause);
    if (!(future(clauseBefore) && !pastAfterLastCue(clauseBefore, cues)) && !(opensSentence(folded, sentence.start, candidate.start, cues) && future(mainClauseAfter(folded, phraseEnds[index] ?? candidate.end, sentence.end, cues)))) {
      return candidate;
    }
    return { ...candidate, direction: 'future', rule: `${candidate.rule}.future-cue` };
  });
  return withListsAligned(marked);
}

/**
 * Listed days and the day-month closing their list are one phrase: when one looks forward, all do ("Le 27 et
 * 28 août, nous partirons": only "27" opens the sentence).
 *
 * @example
 * withListsAligned([day27.future-cue, day28August]); // both future
 */
function withListsAligned(candidates: readonly DateCandidate[]): DateCandidate[] {
  const aligned = [...candidates];
  let first = 0;
  for (let i = 0; i < aligned.length; i++) {
    if (aligned[i]?.rule.startsWith('day-list')) continue;
    const group = aligned.slice(first, i + 1);
    if (group.length > 1 && group.some((c) => c.rule.endsWith('.future-cue'))) {
      for (let j = first; j <= i; j++) {
        const c = aligned[j];
        if (c && c.direction === 'nearest') aligned[j] = { ...c, direction: 'future', rule: `${c.rule}.future-cue` };
      }
    }
    first = i + 1;
  }
  return aligned;
}

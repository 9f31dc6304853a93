/**
 * Reads `certainty-cues.tsv` and `source-cues.tsv` of a language into
 * whole-word regexes and lookup tables.
 */
import { CERTAINTIES, type Certainty } from '../../core/layers.ts';
import { wordAlternation } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { normWord } from './read-words.ts';

/** A certainty cue: its value and how far from the trigger it may stand, in words. */
export interface CertaintyCue {
  readonly value: Certainty;
  readonly before: number;
  readonly after: number;
  /** A speech act ("dément", "denied"): its subject is the source of the event. */
  readonly voiced: boolean;
  /** How far after an event noun the cue may stand when the noun is its subject ("Les livraisons … pourraient reprendre"); -1: never. */
  readonly nounAfter: number;
  /** The cue is the trigger word itself ("invited": the meeting asked for is planned). */
  readonly self: boolean;
}

export type SourceCueKind = 'before-np' | 'np' | 'speech' | 'background' | 'anaphor' | 'opener' | 'continuation' | 'passive';

/** The cue tables of a language. */
export interface Cues {
  readonly certaintyRegex: RegExp;
  readonly certainty: ReadonlyMap<string, CertaintyCue>;
  readonly sourceRegex: RegExp;
  readonly source: ReadonlyMap<string, SourceCueKind>;
}

/**
 * The certainty and source cues of a language, read once.
 *
 * @example
 * readCues(loadLanguage('en')).certainty.get('reportedly')?.value; // "alleged"
 */
export function readCues(lang: Language): Cues {
  return lang.memo('events/cues', () => {
    const certainty = new Map<string, CertaintyCue>();
    for (const row of lang.table('certainty-cues')) {
      const value = row.value as Certainty;
      if (!CERTAINTIES.includes(value)) throw new Error(`veille: certainty-cues.tsv of ${lang.code}: unknown value "${row.value}"`);
      certainty.set(cueKey(row.cue ?? ''), { value, before: Number(row.before ?? -1), after: Number(row.after ?? -1), voiced: row.voiced === 'yes', nounAfter: row.noun_after ? Number(row.noun_after) : -1, self: row.self === 'yes' });
    }
    const source = new Map<string, SourceCueKind>();
    for (const row of lang.table('source-cues')) {
      const kind = row.kind as SourceCueKind;
      if (!['before-np', 'np', 'speech', 'background', 'anaphor', 'opener', 'continuation', 'passive'].includes(kind)) throw new Error(`veille: source-cues.tsv of ${lang.code}: unknown kind "${row.kind}"`);
      source.set(cueKey(row.cue ?? ''), kind);
    }
    return {
      certaintyRegex: cueRegex([...certainty.keys()]),
      certainty,
      sourceRegex: cueRegex([...source.keys()]),
      source,
    };
  });
}

/** The key a matched cue is looked up by: lower case, ’ → ', single spaces. */
export function cueKey(text: string): string {
  return normWord(text).replace(/\s+/g, ' ');
}

/** Whole-word alternation; a cue ending in an apostrophe ("n'") needs no letter check after it. */
function cueRegex(cues: readonly string[]): RegExp {
  const base = wordAlternation(cues.filter((cue) => !cue.endsWith("'")), 'i');
  const elided = cues.filter((cue) => cue.endsWith("'"));
  if (elided.length === 0) return base;
  const extra = elided.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’ʼ]")).join('|');
  return new RegExp(`${base.source}|(?<![\\p{L}\\p{N}])(?:${extra})(?=\\p{L})`, 'giu');
}

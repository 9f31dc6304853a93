/**
 * Compiles `lang/<xx>/event-patterns.tsv` into trigger patterns and one regex
 * that finds every trigger of a text. Verb forms come from the morphology
 * module, plus the forms the data file lists.
 */
import { PLOVER_TYPES, type PloverType } from '../../core/layers.ts';
import { foldTypography, phrasePattern } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import { verbForms } from '../../lang/morphology.ts';

/** One row of event-patterns.tsv. */
export interface TriggerPattern {
  readonly type: PloverType;
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  /** Slots tried in order: `subj`, `obj`, `poss` or a preposition. */
  readonly actor: readonly string[];
  readonly target: readonly string[];
}

/** The compiled triggers of a language: a regex with one named group per lemma. */
export interface TriggerMatcher {
  readonly regex: RegExp;
  /** Patterns by group name (`g0`, `g1`…); one lemma may carry several types. */
  readonly groups: ReadonlyMap<string, readonly TriggerPattern[]>;
  /** Every pattern a written form belongs to ("strikes": the verb strike and the noun strikes). */
  readonly bySurface: ReadonlyMap<string, readonly TriggerPattern[]>;
}

/** Up to three words between the parts of a phrase written "imposer … sanctions". */
const GAP = "(?:[\\s\\u00A0\\u202F]+[^\\s\\u00A0\\u202F.;:!?]+){0,3}[\\s\\u00A0\\u202F]+";
/** A reflexive pronoun and an optional auxiliary before a pronominal verb ("s'est rendu", "se sont entretenus"). */
const REFLEXIVE = "(?:s['’ʼ]|se[\\s\\u00A0]+|nous[\\s\\u00A0]+)(?:(?:est|sont|était|étaient|sera|seront|serait|seraient|être|étant)[\\s\\u00A0]+)?";

/**
 * The trigger matcher of a language, built once.
 *
 * @example
 * const { regex, groups } = readPatterns(loadLanguage('fr'));
 * const match = regex.exec('Pyongyang livre des obus.'); // "livre", group of the lemma livrer
 */
export function readPatterns(lang: Language): TriggerMatcher {
  return lang.memo('events/patterns', () => compile(lang));
}

function compile(lang: Language): TriggerMatcher {
  const byKey = new Map<string, { patterns: TriggerPattern[]; surfaces: Set<string>; reflexive: boolean }>();
  for (const row of lang.table('event-patterns')) {
    const type = row.type as PloverType;
    if (!PLOVER_TYPES.includes(type)) throw new Error(`veille: event-patterns.tsv of ${lang.code}: unknown PLOVER type "${row.type}"`);
    const pos = row.pos === 'noun' ? 'noun' : 'verb';
    const rawLemma = (row.lemma ?? '').trim();
    const reflexive = pos === 'verb' && /^(?:se |s')/u.test(rawLemma);
    const lemma = rawLemma.replace(/^(?:se |s')/u, '');
    const pattern: TriggerPattern = { type, lemma: rawLemma, pos, actor: slots(row.actor), target: slots(row.target) };
    const key = `${rawLemma}|${pos}`;
    const entry = byKey.get(key) ?? { patterns: [], surfaces: new Set<string>(), reflexive };
    entry.patterns.push(pattern);
    for (const surface of surfaces(lang, lemma, pos, slots(row.forms))) entry.surfaces.add(surface);
    byKey.set(key, entry);
  }
  const entries = [...byKey.values()].sort((a, b) => longest(b.surfaces) - longest(a.surfaces));
  const groups = new Map<string, readonly TriggerPattern[]>();
  const bySurface = new Map<string, TriggerPattern[]>();
  for (const entry of entries) {
    for (const surface of entry.surfaces) {
      const key = surfaceKey(surface);
      bySurface.set(key, [...(bySurface.get(key) ?? []), ...entry.patterns]);
    }
  }
  const parts = entries.map((entry, index) => {
    const name = `g${index}`;
    groups.set(name, entry.patterns);
    const alternatives = [...entry.surfaces].sort((a, b) => b.length - a.length).map(surfacePattern);
    return `(?<${name}>${entry.reflexive ? REFLEXIVE : ''}(?:${alternatives.join('|')}))`;
  });
  const body = parts.length > 0 ? parts.join('|') : '(?!)';
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'), groups, bySurface };
}

/** Every written form of a pattern: the first word inflected, the rest kept. */
function surfaces(lang: Language, lemma: string, pos: 'verb' | 'noun', extra: readonly string[]): string[] {
  const [first = '', ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const heads = new Set<string>([first]);
  if (pos === 'verb') for (const form of verbForms(lang, first)) heads.add(form);
  const out = [...heads].map((head) => `${head}${tail}`);
  for (const form of extra) out.push(form.includes(' ') ? form : `${form}${tail}`);
  return out;
}

/**
 * The lookup key of a written trigger: folded, lower case, single spaces.
 *
 * @example
 * surfaceKey('Strikes'); // "strikes"
 */
export function surfaceKey(surface: string): string {
  return foldTypography(surface).toLowerCase().replace(/\s+/gu, ' ').trim();
}

function surfacePattern(surface: string): string {
  return surface.split(' … ').map(phrasePattern).join(GAP);
}

function slots(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((slot) => slot.trim()).filter((slot) => slot.length > 0);
}

function longest(surfaces: ReadonlySet<string>): number {
  let max = 0;
  for (const surface of surfaces) max = Math.max(max, surface.length);
  return max;
}

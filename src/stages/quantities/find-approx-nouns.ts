/**
 * Finds approximate nouns: "une quarantaine de dirigeants" (40, about),
 * "des dizaines de milliers de personnes" (10 000, more_than), "hundreds of
 * people" (100, more_than). An indefinite plural is valued at one of its kind
 * ("des centaines" → 100) and bounded `more_than`, since it says "several".
 */
import { phrasePattern } from '../../core/words.ts';
import type { Candidate, Context } from './candidate.ts';
import { keyOf, type Grammar } from './compile-grammar.ts';

const SPACE = '[\\s\\u00A0\\u202F]+';

/**
 * Adds the approximate nouns of the sentence to the candidates.
 *
 * @example
 * findApproxNouns([], context); // "une quarantaine de dirigeants" → value 40, approx about, span "une quarantaine"
 */
export function findApproxNouns(candidates: readonly Candidate[], context: Context): Candidate[] {
  const { folded, sentence, grammar } = context;
  const { singular, plural, nouns } = approxPatterns(grammar);
  const slice = folded.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  // most sentences name no approximate noun at all: one quick test spares them both full patterns
  const patterns = nouns.test(slice) ? ([[singular, 'about'], [plural, 'more_than']] as const) : [];
  for (const [regex, approx] of patterns) {
    for (const match of slice.matchAll(regex)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if ([...candidates, ...found].some((c) => c.rule !== 'article-one' && c.start < end && start < c.end)) continue;
      const kind = approx === 'about' ? 'approx' : 'approx-plural';
      const head = grammar.words.get(keyOf(match[1] ?? ''))?.find((w) => w.kind === kind)?.value ?? 0;
      const times = match[2] ? (grammar.words.get(keyOf(match[2]))?.find((w) => w.kind !== 'unit')?.value ?? 1) : 1;
      found.push({
        start,
        end,
        number: { start, end },
        value: head * times,
        approx,
        unit: null,
        unitKind: null,
        scale: head * times,
        spelled: true,
        rule: approx === 'about' ? 'approx-noun' : 'indefinite-plural',
        drop: null,
      });
    }
  }
  // "une quarantaine": the article belongs to the approximate noun
  const kept = candidates.filter((c) => c.rule !== 'article-one' || !found.some((f) => f.start <= c.start && c.start < f.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

interface ApproxPatterns {
  readonly singular: RegExp;
  readonly plural: RegExp;
  /** Any approximate noun anywhere, without the edges: every match of the two patterns holds one. */
  readonly nouns: RegExp;
}

const compiled = new WeakMap<Grammar, ApproxPatterns>();

function approxPatterns(grammar: Grammar): ApproxPatterns {
  const known = compiled.get(grammar);
  if (known) return known;
  const built = buildPatterns(grammar);
  compiled.set(grammar, built);
  return built;
}

function buildPatterns(grammar: Grammar): ApproxPatterns {
  const alt = (items: Iterable<string>) => [...items].sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)';
  const formsOf = (kinds: readonly string[]) =>
    [...grammar.words].filter(([, readings]) => readings.some((w) => kinds.includes(w.kind))).map(([form]) => form);
  const links = alt(grammar.roles.get('link') ?? []);
  // the counted noun must follow: "la quarantaine" alone is the quarantine
  const linkAfter = `(?=${SPACE}(?:${links})|[\\s\\u00A0\\u202F]*(?:d')(?=\\p{L}))`;
  const articles = alt(grammar.roles.get('approx-article') ?? []);
  const pluralArticles = alt(grammar.roles.get('plural-article') ?? []);
  const edge = '(?<![\\p{L}\\p{N}])';
  const singular = new RegExp(
    `${edge}(?:(?:${articles})${SPACE})?(${alt(formsOf(['approx']))})(?![\\p{L}\\p{N}])${linkAfter}`,
    'giu',
  );
  const plural = new RegExp(
    `${edge}(?:(?:${pluralArticles})${SPACE})?(${alt(formsOf(['approx-plural']))})(?:${SPACE}(?:${links})[\\s\\u00A0\\u202F]*(${alt(formsOf(['approx-plural', 'scale']).filter((f) => grammar.words.get(f)?.some((w) => w.alone)))}))?(?![\\p{L}\\p{N}])${linkAfter}`,
    'giu',
  );
  const nouns = new RegExp(alt(formsOf(['approx', 'approx-plural'])), 'iu');
  return { singular, plural, nouns };
}

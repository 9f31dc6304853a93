/**
 * Peer set Microsoft Recognizers-Text, French specs (JSON lists of
 * `{Input, Context?, Results:[{Text, Resolution | Value}]}`).
 *
 * A case is one Input with at least one gold result; it is a hit when every
 * gold result has a veille item anywhere in the Input with the same value.
 * Cases veille does not claim to cover count as misses. Inputs with no gold
 * result are not counted. Value mapping:
 * - number: `"0,2"` → 0.2, equal to a `numbers` value (1e-6 relative). The
 *   numbers layer holds every stated value (fractions, ordinals, decimals);
 * - percentage: `"25%"` → a quantity of unit `percent` and value 25;
 * - range: `"(20,35]"` → a `ranges` item with the same finite ends and the
 *   same open sides (a lower-only gold range needs a range with no max).
 *   Whether an end is included is not scored: the specs disagree with
 *   themselves ("plus de 500" is `[500,)` in one case, "plus de 30" `(30,)`
 *   in another) and read "entre 20 et 30" as `[20,30)` where news means both
 *   ends; veille keeps its own inclusion flags;
 * - currency: value equal, unit ignored (veille's `dollar` vs gold `Dollar`);
 * - date: `Value.FutureResolution.date` or `PastResolution.date` equal to a
 *   `dates` value, the reference date being the publication date.
 *
 * Recognizers conventions veille does not follow, each a miss: "un"/"une"
 * as the number 1 where they are articles ("un vent glacial"); "trillion" as
 * 10^12 (French says 10^18); Indian scales (lakh, crore, "12,34,567");
 * numbers opened by a lone decimal comma (",08"); a space between digits and
 * an abbreviated scale ("10 k"), or a minus sign and its digits ("- 10");
 * one-letter scales M, G, b (French news writes "M€" but "m" is a metre);
 * "deux mille sur trois" as a fraction (a per-fraction needs the smaller
 * number first, as "huit sur cinq" is two numbers in the specs too); and
 * the cases the specs read two ways ("vingt et un cinquieme" as 20.2 beside
 * "vingt et un cinquième" as 4.2; "cent trente cinquièmes" as 26 and as 2.86).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../../core/doc.ts';

export type RecognizerKind = 'number' | 'range' | 'percentage' | 'currency' | 'date';
export const RECOGNIZER_FILES: Record<RecognizerKind, string> = {
  number: 'Number-French-NumberModel.json',
  range: 'Number-French-NumberRangeModel.json',
  percentage: 'Number-French-PercentModel.json',
  currency: 'NumberWithUnit-French-CurrencyModel.json',
  date: 'DateTime-French-DateParser.json',
};

interface GoldResult { Text: string; Resolution?: { value?: string }; Value?: { FutureResolution?: { date?: string }; PastResolution?: { date?: string } } }
export interface RecognizerCase { Input: string; Context?: { ReferenceDateTime?: string }; Results: GoldResult[] }
export interface CaseOutcome { input: string; hit: boolean; expected: string[]; got: string[] }
export interface KindScore { kind: RecognizerKind; cases: number; hits: number; share: number; outcomes: CaseOutcome[] }

export function readRecognizerCases(path: string): RecognizerCase[] {
  return (JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as RecognizerCase[]).filter((c) => Array.isArray(c.Results) && c.Results.length > 0);
}

const num = (s: string): number => Number(s.replace(/\s/g, '').replace(',', '.'));
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Whether `doc` gives the value of one gold result. */
export function resolves(kind: RecognizerKind, gold: GoldResult, doc: Doc): boolean {
  const quantities = doc.get('quantities');
  const value = gold.Resolution?.value ?? '';
  if (kind === 'number') return doc.get('numbers').some((n) => close(n.value, num(value)));
  if (kind === 'currency') return quantities.some((q) => close(q.value, num(value)));
  if (kind === 'percentage') return quantities.some((q) => q.unit === 'percent' && close(q.value, num(value.replace('%', ''))));
  if (kind === 'range') {
    const match = /^([[(])\s*([^,]*),\s*([^\])]*)([\])])$/.exec(value.trim());
    if (!match) return false;
    const end = (bound: string): number | null => (bound.trim() === '' ? null : num(bound));
    const lo = end(match[2]!); const hi = end(match[3]!);
    const same = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : close(a, b));
    return doc.get('ranges').some((r) => same(r.min, lo) && same(r.max, hi));
  }
  const dates = [gold.Value?.FutureResolution?.date, gold.Value?.PastResolution?.date].filter(Boolean);
  return doc.get('dates').some((d) => d.value !== null && dates.includes(d.value));
}

function describe(kind: RecognizerKind, doc: Doc): string[] {
  if (kind === 'date') return doc.get('dates').map((d) => `${d.text}=${d.value}`);
  if (kind === 'number') return doc.get('numbers').map((n) => `${n.text}=${n.value} ${n.kind}`);
  if (kind === 'range') return doc.get('ranges').map((r) => `${r.text}=${r.minIncluded ? '[' : '('}${r.min ?? ''},${r.max ?? ''}${r.maxIncluded ? ']' : ')'}`);
  return doc.get('quantities').map((q) => `${q.text}=${q.value}${q.unit ? ` ${q.unit}` : ''} ${q.approx}`);
}

/** Scores one kind's cases; `analyze(text, published)` runs veille. */
export function scoreRecognizerCases(kind: RecognizerKind, cases: readonly RecognizerCase[], analyze: (text: string, published: string | null) => Doc): KindScore {
  const outcomes = cases.map((c) => {
    const doc = analyze(c.Input, c.Context?.ReferenceDateTime?.slice(0, 10) ?? null);
    const hit = c.Results.every((r) => resolves(kind, r, doc));
    const expected = c.Results.map((r) => `${r.Text}=${r.Resolution?.value ?? r.Value?.FutureResolution?.date ?? '?'}`);
    return { input: c.Input, hit, expected, got: describe(kind, doc) };
  });
  const hits = outcomes.filter((o) => o.hit).length;
  return { kind, cases: outcomes.length, hits, share: outcomes.length === 0 ? 0 : hits / outcomes.length, outcomes };
}

/** Every kind whose file is in `dir`. */
export function runRecognizers(dir: string, analyze: (text: string, published: string | null) => Doc, limit = Infinity): KindScore[] {
  return (Object.keys(RECOGNIZER_FILES) as RecognizerKind[]).map((kind) => {
    let cases: RecognizerCase[] = [];
    try { cases = readRecognizerCases(join(dir, RECOGNIZER_FILES[kind])); } catch { cases = []; }
    return scoreRecognizerCases(kind, cases.slice(0, limit), analyze);
  });
}

/**
 * Peer set Microsoft Recognizers-Text, French specs (JSON lists of
 * `{Input, Context?, Results:[{Text, Resolution | Value}]}`).
 *
 * A case is one Input with at least one gold result; it is a hit when every
 * gold result has a veille item anywhere in the Input with the same value.
 * Cases veille does not claim to cover count as misses. Inputs with no gold
 * result are not counted. Value mapping:
 * - number: `"0,2"` → 0.2, equal to a `quantities` value (1e-6 relative);
 * - percentage: `"25%"` → a quantity of unit `percent` and value 25;
 * - range: `"(20,35]"` → each finite bound must be a quantity value; a
 *   lower-only bound needs approx at_least/more_than, an upper-only bound
 *   up_to/less_than (veille has no range object: bounds are separate items);
 * - currency: value equal, unit ignored (veille's `dollar` vs gold `Dollar`);
 * - date: `Value.FutureResolution.date` or `PastResolution.date` equal to a
 *   `dates` value, the reference date being the publication date.
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
  if (kind === 'number' || kind === 'currency') return quantities.some((q) => close(q.value, num(value)));
  if (kind === 'percentage') return quantities.some((q) => q.unit === 'percent' && close(q.value, num(value.replace('%', ''))));
  if (kind === 'range') {
    const match = /^([[(])\s*([^,]*),\s*([^\])]*)([\])])$/.exec(value.trim());
    if (!match) return false;
    const lo = match[2]!.trim(); const hi = match[3]!.trim();
    const has = (bound: string, approx: readonly string[] | null): boolean => quantities.some((q) => close(q.value, num(bound)) && (approx === null || approx.includes(q.approx)));
    if (lo && hi) return has(lo, null) && has(hi, null);
    if (lo) return has(lo, ['at_least', 'more_than']);
    if (hi) return has(hi, ['up_to', 'less_than']);
    return false;
  }
  const dates = [gold.Value?.FutureResolution?.date, gold.Value?.PastResolution?.date].filter(Boolean);
  return doc.get('dates').some((d) => d.value !== null && dates.includes(d.value));
}

function describe(kind: RecognizerKind, doc: Doc): string[] {
  if (kind === 'date') return doc.get('dates').map((d) => `${d.text}=${d.value}`);
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

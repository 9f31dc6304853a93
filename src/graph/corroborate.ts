/**
 * How many independent voices back a claim. A voice is the source a report
 * names (its entity key, else its words, folded), or, when it names none, the
 * outlet speaking for itself. Copies of one wire story on several sites are
 * one report: each copy is counted as its root article, under the root's outlet.
 * A denial backs nothing: denied reports are counted apart, not as voices.
 */
import { lookupKey } from '../core/words.ts';
import type { Claim, ClaimEvidence } from './types.ts';

export interface Corroboration {
  /** Distinct voices (named sources, or outlets in their own voice). */
  readonly sources: number;
  /** Distinct outlets, copies counted as their root's outlet. */
  readonly outlets: number;
  /** Distinct articles once copies are folded into their root. */
  readonly articles: number;
  /** Reports that came from a copy of a wire story already counted. */
  readonly copies: number;
  /** Reports denying the claim (not counted as voices, outlets or articles). */
  readonly denials: number;
  readonly sourceNames: readonly string[];
  readonly outletNames: readonly string[];
}

/**
 * Counts the independent sources and outlets of a claim.
 *
 * @example
 * corroborate(claim).sources; // 3: the Pentagon, Seoul and Le Monde's own voice
 */
export function corroborate(claim: Pick<Claim, 'evidence'>): Corroboration {
  const backing = claim.evidence.filter((report) => report.certainty !== 'denied');
  const rootOutlet = new Map<number, string>();
  // A root's own outlet wins over its copies' outlets when the root is among the reports.
  for (const report of backing) if (report.copyOf === null) rootOutlet.set(report.articleId, outletOf(report));
  for (const report of backing) if (!rootOutlet.has(rootOf(report))) rootOutlet.set(rootOf(report), outletOf(report));

  const sources = new Map<string, string>();
  const roots = new Set<number>();
  let copies = 0;
  for (const report of backing) {
    const root = rootOf(report);
    if (report.articleId !== root) copies += 1;
    roots.add(root);
    const [key, name] = voiceOf(report, rootOutlet.get(root) ?? outletOf(report));
    if (!sources.has(key)) sources.set(key, name);
  }
  const outletNames = [...new Set([...roots].map((root) => rootOutlet.get(root) ?? `article ${root}`))].sort();
  return {
    sources: sources.size, outlets: outletNames.length, articles: roots.size, copies, denials: claim.evidence.length - backing.length,
    sourceNames: [...sources.values()].sort(), outletNames,
  };
}

/**
 * The article a report stands for: the root of its wire story.
 *
 * @example
 * rootOf({ articleId: 5, copyOf: 4 }); // 4
 */
export function rootOf(report: Pick<ClaimEvidence, 'articleId' | 'copyOf'>): number {
  return report.copyOf ?? report.articleId;
}

function outletOf(report: ClaimEvidence): string {
  return report.outlet ?? (report.url !== null ? hostOf(report.url) : null) ?? `article ${rootOf(report)}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function voiceOf(report: ClaimEvidence, outlet: string): [key: string, name: string] {
  const { source } = report;
  if (source?.entity) return [`entity:${source.entity.key}`, source.entity.name];
  if (source?.text) return [`text:${folded(source.text)}`, source.text];
  return [`outlet:${folded(outlet)}`, outlet];
}

// Folding (NFD, accents) is the cost of counting voices on a big store; the same few names recur.
const foldCache = new Map<string, string>();

function folded(text: string): string {
  let key = foldCache.get(text);
  if (key === undefined) {
    if (foldCache.size > 10_000) foldCache.clear();
    key = lookupKey(text);
    foldCache.set(text, key);
  }
  return key;
}

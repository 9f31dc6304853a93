/**
 * `veille eval --peer NAME DIR`: runs one peer set and renders its figures
 * as a small table or JSON. The readers and scorers live in one file per peer.
 */
import { analyze } from '../../analyze.ts';
import { prf, readWiner, runWiner, WINER_TYPES } from './winer.ts';
import { runRecognizers } from './recognizers.ts';
import { readTimebank, runTimebank } from './timebank.ts';

export const PEERS = ['winer', 'recognizers', 'timebank'] as const;
export type PeerName = (typeof PEERS)[number];

export interface PeerReport {
  readonly peer: PeerName;
  readonly figures: Record<string, unknown>;
  readonly table: string[];
  readonly errors: string[];
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Runs the peer `name` over `dir`; `maxErrors` caps the listed misses. */
export function runPeer(name: PeerName, dir: string, maxErrors = 50): PeerReport {
  if (name === 'winer') {
    const docs = readWiner(dir);
    const score = runWiner(docs, (doc) => analyze({ text: doc.text, lang: 'fr', published: doc.published, id: doc.id }));
    const figures: Record<string, unknown> = { documents: docs.length };
    const table = [`WiNER-fr, ${docs.length} documents`, 'type           gold  exact P      R     F1 | lenient P      R     F1'];
    for (const type of [...WINER_TYPES, 'all'] as const) {
      const exact = prf(score.exact[type]); const lenient = prf(score.lenient[type]);
      const counts = score.exact[type];
      figures[type] = { gold: counts.tp + counts.fn, system: counts.tp + counts.fp, exact: { precision: round(exact.precision), recall: round(exact.recall), f1: round(exact.f1) }, lenient: { precision: round(lenient.precision), recall: round(lenient.recall), f1: round(lenient.f1) } };
      table.push(`${type.padEnd(12)} ${String(counts.tp + counts.fn).padStart(6)} ${pct(exact.precision)}${pct(exact.recall)}${pct(exact.f1)} | ${pct(lenient.precision)}${pct(lenient.recall)}${pct(lenient.f1)}`);
    }
    const errors = score.misses.slice(0, maxErrors).map((m) => `${m.id}  ${m.kind === 'miss' ? 'miss' : 'false+'}  ${m.span.type}  ${m.span.start}-${m.span.end}  "${m.span.text}"`);
    return { peer: name, figures, table, errors: withMore(errors, score.misses.length) };
  }
  if (name === 'recognizers') {
    const scores = runRecognizers(dir, (text, published) => analyze({ text, lang: 'fr', published }));
    const figures = Object.fromEntries(scores.map((s) => [s.kind, { cases: s.cases, hits: s.hits, share: round(s.share) }]));
    const table = ['Recognizers-Text French', 'kind         cases  hits   share', ...scores.map((s) => `${s.kind.padEnd(12)} ${String(s.cases).padStart(5)} ${String(s.hits).padStart(5)} ${pct(s.share)}`)];
    const misses = scores.flatMap((s) => s.outcomes.filter((o) => !o.hit).map((o) => `${s.kind}  "${o.input.slice(0, 80)}"  expected ${o.expected.join('; ')}  got ${o.got.join('; ') || '-'}`));
    return { peer: name, figures, table, errors: withMore(misses.slice(0, maxErrors), misses.length) };
  }
  const docs = readTimebank(dir);
  const score = runTimebank(docs, (doc) => analyze({ text: doc.text, lang: 'fr', published: doc.dct, id: doc.id }));
  const share = (n: number): number => (score.gold === 0 ? 0 : n / score.gold);
  const figures = { documents: docs.length, gold: score.gold, exact: score.exact, atGranularity: score.atGranularity, exactShare: round(share(score.exact)), atGranularityShare: round(share(score.atGranularity)) };
  const table = [`French TimeBank, ${docs.length} documents, ${score.gold} DATE timexes`, `same value            ${String(score.exact).padStart(5)} ${pct(share(score.exact))}`, `at veille granularity ${String(score.atGranularity).padStart(5)} ${pct(share(score.atGranularity))}`];
  const errors = score.misses.slice(0, maxErrors).map((m) => `${m.id}  "${m.gold.text}"  gold ${m.gold.value}  got ${m.got ?? '-'}`);
  return { peer: 'timebank', figures, table, errors: withMore(errors, score.misses.length) };
}

function withMore(lines: string[], total: number): string[] {
  return total > lines.length ? [...lines, `… ${total - lines.length} more`] : lines;
}

/**
 * Peer set WiNER-fr (brat `.ann` beside `.txt`, publication date in the file
 * name `2016_03_31-003`): person / place / organisation mention spans.
 *
 * Mapping: veille person → Person; place and country → Location;
 * organization → Organization. `group` mentions ("les rebelles") are left out:
 * WiNER tags named entities only. Mention forms `pronoun`, `role` and
 * `demonym` are left out too ("il", "le président", "français" are not
 * WiNER spans). WiNER spans never take in a title ("M. Dupont", "pape
 * François" are annotated "Dupont", "François") while veille's person
 * mentions may (extend-honorifics, gazetteer forms), so a leading title of
 * `person-titles.tsv` is dropped before comparing.
 * Exact = same type and same span; lenient = same type and overlapping
 * spans, matched one to one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Doc } from '../../core/doc.ts';
import { loadLanguage } from '../../lang/load.ts';
import { compileShapes, titleKey } from '../../stages/entities/compile-shapes.ts';

export const WINER_TYPES = ['Person', 'Location', 'Organization'] as const;
export type WinerType = (typeof WINER_TYPES)[number];
export interface TypedSpan { readonly type: WinerType; readonly start: number; readonly end: number; readonly text: string }
export interface WinerDoc { readonly id: string; readonly text: string; readonly published: string | null; readonly gold: readonly TypedSpan[] }

const KIND_TO_TYPE: Record<string, WinerType | undefined> = { person: 'Person', place: 'Location', country: 'Location', organization: 'Organization' };
const SKIPPED_FORMS = new Set(['pronoun', 'role', 'demonym']);

/** Reads the brat `T` lines of one `.ann` (discontinuous spans keep first start, last end). */
export function readAnn(ann: string): TypedSpan[] {
  const spans: TypedSpan[] = [];
  for (const line of ann.split('\n')) {
    const match = /^T\d+\t(\w+) ([\d ;]+)\t(.*)$/.exec(line);
    if (!match || !(WINER_TYPES as readonly string[]).includes(match[1]!)) continue;
    const offsets = match[2]!.split(/[ ;]/).map(Number);
    spans.push({ type: match[1] as WinerType, start: offsets[0]!, end: offsets[offsets.length - 1]!, text: match[3]! });
  }
  return spans;
}

/** `2016_03_31-003` → `2016-03-31`. */
export function publishedFromName(name: string): string | null {
  const match = /(\d{4})_(\d{2})_(\d{2})/.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Every `.ann` with its `.txt` under `dir`, sorted by path. */
export function readWiner(dir: string): WinerDoc[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ann')) files.push(path);
    }
  };
  walk(dir);
  return files.map((ann) => {
    const id = basename(ann, '.ann');
    return { id, text: readFileSync(ann.replace(/\.ann$/, '.txt'), 'utf8'), published: publishedFromName(id), gold: readAnn(readFileSync(ann, 'utf8')) };
  });
}

/** veille's named mentions as WiNER spans. */
export function systemSpans(doc: Doc): TypedSpan[] {
  const kinds = new Map(doc.get('entities').map((entity) => [entity.id, entity.kind]));
  const spans: TypedSpan[] = [];
  for (const mention of doc.get('mentions')) {
    const type = KIND_TO_TYPE[kinds.get(mention.entity) ?? ''];
    if (!type || SKIPPED_FORMS.has(mention.form)) continue;
    const skip = type === 'Person' ? titleLength(mention.text) : 0;
    spans.push({ type, start: mention.start + skip, end: mention.end, text: mention.text.slice(skip) });
  }
  return spans;
}

/** Length of a leading title and its spaces ("M. " in "M. Dupont", "pape " in "pape François"), or 0. */
function titleLength(text: string): number {
  const titles = compileShapes(loadLanguage('fr')).titles;
  // two-word titles first ("Premier ministre"), then one word
  for (const pattern of [/^(\S+[ \u00A0\u202F]+\S+)[ \u00A0\u202F]+(?=\S)/u, /^(\S+)[ \u00A0\u202F]+(?=\S)/u]) {
    const match = pattern.exec(text);
    if (match && titles.has(titleKey(match[1]!))) return match[0].length;
  }
  return 0;
}

export interface Prf { tp: number; fp: number; fn: number }
export interface WinerScore { exact: Record<WinerType | 'all', Prf>; lenient: Record<WinerType | 'all', Prf>; misses: { id: string; span: TypedSpan; kind: 'miss' | 'false-positive' }[] }

const emptyTable = (): Record<WinerType | 'all', Prf> => ({ Person: { tp: 0, fp: 0, fn: 0 }, Location: { tp: 0, fp: 0, fn: 0 }, Organization: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } });
export const emptyWinerScore = (): WinerScore => ({ exact: emptyTable(), lenient: emptyTable(), misses: [] });

/** Adds one document's comparison to `score` (one-to-one, same type). */
export function scoreWinerDoc(score: WinerScore, id: string, gold: readonly TypedSpan[], system: readonly TypedSpan[]): WinerScore {
  for (const mode of ['exact', 'lenient'] as const) {
    const used = new Set<number>();
    const same = (g: TypedSpan, s: TypedSpan): boolean => g.type === s.type && (mode === 'exact' ? g.start === s.start && g.end === s.end : g.start < s.end && s.start < g.end);
    for (const g of gold) {
      const index = system.findIndex((s, i) => !used.has(i) && same(g, s));
      const table = score[mode];
      if (index >= 0) { used.add(index); table[g.type].tp++; table.all.tp++; } else { table[g.type].fn++; table.all.fn++; if (mode === 'exact') score.misses.push({ id, span: g, kind: 'miss' }); }
    }
    system.forEach((s, i) => {
      if (used.has(i)) return;
      score[mode][s.type].fp++; score[mode].all.fp++;
      if (mode === 'exact') score.misses.push({ id, span: s, kind: 'false-positive' });
    });
  }
  return score;
}

export function prf(c: Prf): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Runs veille over `docs` with `analyze` and scores it. */
export function runWiner(docs: readonly WinerDoc[], analyze: (doc: WinerDoc) => Doc): WinerScore {
  const score = emptyWinerScore();
  for (const doc of docs) scoreWinerDoc(score, doc.id, doc.gold, systemSpans(analyze(doc)));
  return score;
}

/**
 * Peer set French TimeBank (`.tml`, TimeML): `TIMEX3 type="DATE"` values
 * normalised against the document creation date (`DCT`).
 *
 * The text is the `<TEXT>` element with every tag removed. A gold DATE is
 * given when a veille `dates` item overlaps its span with the same value
 * (`exact`), or with the gold value cut to veille's granularity (`atGranularity`:
 * veille "1999-05" for gold "1999-05-17"). A gold year left open (`XXXX-07-15`,
 * `XXXX-06`: the annotator judged the year unstated) counts in `atGranularity`
 * only, when veille gives that month (and day) in any year: veille must name a
 * year, and the parts the gold states agree. It never counts as `exact`, and a
 * veille year alone ("1999") does not match it. Gold values veille cannot
 * express (weeks, seasons, `PRESENT_REF`) count as misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Doc } from '../../core/doc.ts';

export interface Timex { readonly start: number; readonly end: number; readonly text: string; readonly value: string }
export interface TimebankDoc { readonly id: string; readonly text: string; readonly dct: string | null; readonly gold: readonly Timex[] }
export interface TimebankScore { gold: number; exact: number; atGranularity: number; misses: { id: string; gold: Timex; got: string | null }[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** Parses one `.tml`: plain text of `<TEXT>`, DCT, DATE timexes with offsets. */
export function readTml(xml: string, id = ''): TimebankDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attr(dctTag, 'value') : null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  const open: { tag: string; start: number }[] = [];
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith('<')) { text += decode(piece); continue; }
    if (piece.startsWith('</')) {
      const top = open.pop();
      if (top && piece === '</TIMEX3>' && attr(top.tag, 'type') === 'DATE') {
        gold.push({ start: top.start, end: text.length, text: text.slice(top.start, text.length), value: attr(top.tag, 'value') ?? '' });
      }
    } else if (!piece.endsWith('/>')) open.push({ tag: piece, start: text.length });
  }
  return { id, text, dct, gold };
}

export function readTimebank(dir: string): TimebankDoc[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tml')).sort().map((name) => readTml(readFileSync(join(dir, name), 'utf8'), basename(name, '.tml')));
}

export const emptyTimebankScore = (): TimebankScore => ({ gold: 0, exact: 0, atGranularity: 0, misses: [] });

/**
 * The gold value with an open year (`XXXX-07-15`) given the year of veille's value when veille names at least the
 * month; any other gold value unchanged.
 *
 * @example
 * withOpenYear('XXXX-07-15', '1999-07-15'); // "1999-07-15"; withOpenYear('XXXX-SU', '1999-07') → "XXXX-SU"
 */
export function withOpenYear(gold: string, system: string): string {
  if (!/^XXXX(-\d{2}){1,2}$/.test(gold) || !/^\d{4}-\d{2}/.test(system)) return gold;
  return system.slice(0, 4) + gold.slice(4);
}

/** Adds one document: `system` is veille's dates (span + value). */
export function scoreTimebankDoc(score: TimebankScore, id: string, gold: readonly Timex[], system: readonly { start: number; end: number; value: string | null }[]): TimebankScore {
  for (const g of gold) {
    score.gold++;
    const overlapping = system.filter((s) => s.start < g.end && g.start < s.end && s.value !== null);
    if (overlapping.some((s) => s.value === g.value)) score.exact++;
    if (overlapping.some((s) => s.value === withOpenYear(g.value, s.value!).slice(0, s.value!.length) && /^\d{4}(-\d{2}){0,2}$/.test(s.value!))) score.atGranularity++;
    else score.misses.push({ id, gold: g, got: overlapping[0]?.value ?? null });
  }
  return score;
}

export function runTimebank(docs: readonly TimebankDoc[], analyze: (doc: TimebankDoc) => Doc): TimebankScore {
  const score = emptyTimebankScore();
  for (const doc of docs) scoreTimebankDoc(score, doc.id, doc.gold, analyze(doc).get('dates'));
  return score;
}

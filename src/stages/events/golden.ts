/**
 * Golden fixtures: each `fixtures/<lang>/<name>.txt` is analysed by the whole
 * pipeline and its events, shown with the text of every span, are compared
 * with `<name>.events.json`. Regenerate after a reviewed change with
 * `node --import tsx src/stages/events/regenerate-golden.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyze.ts';
import type { Doc } from '../../core/doc.ts';
import type { Span } from '../../core/span.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Every fixture is read as published on this day (relative dates resolve against it). */
export const PUBLISHED = '2024-11-07';

/** One fixture text and where its expected events live. */
export interface Golden {
  readonly lang: string;
  readonly name: string;
  readonly textPath: string;
  readonly expectedPath: string;
}

/**
 * The fixtures of every language folder.
 *
 * @example
 * listGolden()[0]?.expectedPath; // ".../fixtures/en/drones-officials.events.json"
 */
export function listGolden(): Golden[] {
  return readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name)).filter((file) => file.endsWith('.txt')).sort().map((file) => ({
      lang: dir.name,
      name: file.replace(/\.txt$/u, ''),
      textPath: join(FIXTURES, dir.name, file),
      expectedPath: join(FIXTURES, dir.name, file.replace(/\.txt$/u, '.events.json')),
    })));
}

/**
 * Analyses a fixture with every stage.
 *
 * @example
 * analyzeGolden(listGolden()[0]!).get('events').length; // 9
 */
export function analyzeGolden(golden: Golden): Doc {
  return analyze({ text: readFileSync(golden.textPath, 'utf8'), lang: golden.lang, published: PUBLISHED, id: golden.name });
}

/**
 * The events of a doc with names and texts in place of ids and spans, as the
 * expected files hold them.
 *
 * @example
 * showEvents(doc)[0]; // { type: 'ACCUSE', actor: 'Mark Rutte', target: 'Iran', trigger: 'accusé', … }
 */
export function showEvents(doc: Doc): unknown[] {
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const name = (id: string | null | undefined) => (id == null ? null : names.get(id) ?? id);
  const text = (span: Span | null) => (span ? doc.text.slice(span.start, span.end) : null);
  return doc.get('events').map((e) => ({
    type: e.type, actor: name(e.actor), target: name(e.target),
    evidence: text(e), trigger: text(e.trigger),
    certainty: { value: e.certainty.value, cue: text(e.certainty.cue), by: e.certainty.by },
    source: e.source ? { entity: name(e.source.entity), text: e.source.text, cue: text(e.source.cue), by: e.source.by } : null,
    quantity: e.quantity, place: name(e.place), date: e.date, by: e.by,
  }));
}

/**
 * Test helper: builds a doc with hand-written upstream layers (sentences,
 * tokens, entities, mentions, quotes, quantities, dates) and runs the events
 * stage on it, so the stage is tested without the other stages.
 */
import { Doc } from '../../core/doc.ts';
import type { EntityKind, MentionForm, Quantity, DateRef, QuoteKind, Event } from '../../core/layers.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import type { Stage } from '../../core/stage.ts';
import { loadLanguage } from '../../lang/load.ts';
import { events } from './index.ts';
import { verbForms } from '../../lang/morphology.ts';

/** An entity and the words that mention it (every occurrence is a mention). */
export interface HandEntity {
  readonly name: string;
  readonly kind: EntityKind;
  /** For places: the state they belong to (its name). */
  readonly partOf?: string;
  readonly says: readonly (string | { readonly text: string; readonly form: MentionForm })[];
}

export interface HandDoc {
  readonly text: string;
  readonly lang: 'fr' | 'en';
  readonly entities: readonly HandEntity[];
  readonly quotes?: readonly { readonly text: string; readonly speaker: string; readonly kind?: QuoteKind }[];
  readonly quantities?: readonly { readonly text: string; readonly value: number; readonly unit: string }[];
  readonly dates?: readonly { readonly text: string; readonly value: string }[];
}

/**
 * Runs the events stage over a hand-built doc.
 *
 * @example
 * const doc = handDoc({ text: 'Pyongyang livre des obus à Moscou.', lang: 'fr', entities: [...] });
 */
export function handDoc(hand: HandDoc): Doc {
  const upstream: Stage = {
    name: 'hand',
    needs: [],
    adds: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions', 'quotes', 'quantities', 'dates'],
    run: (doc) => {
      const text = doc.text;
      const sentences = [...text.matchAll(/[^.!?]+[.!?]?/gu)].filter((m) => m[0].trim() !== '').map((m) => {
        const lead = m[0].length - m[0].trimStart().length;
        return { start: m.index + lead, end: m.index + m[0].trimEnd().length, paragraph: 0, rule: 'hand' };
      });
      const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], norm: m[0].toLowerCase(),
        kind: /\p{L}/u.test(m[0]) ? 'word' as const : /\p{N}/u.test(m[0]) ? 'number' as const : 'punct' as const,
        sentence: Math.max(0, sentences.findIndex((s) => s.start <= m.index && m.index < s.end)), rule: 'hand',
      }));
      const entities = hand.entities.map((e, i) => ({ id: `e${i + 1}`, name: e.name, kind: e.kind, ids: {}, ...(e.partOf ? { partOf: e.partOf } : {}), rule: 'hand' }));
      const mentions = hand.entities.flatMap((e, i) => e.says.flatMap((say) => {
        const { text: words, form } = typeof say === 'string' ? { text: say, form: 'name' as const } : say;
        return occurrences(text, words).map((start) => ({ start, end: start + words.length, text: words, entity: `e${i + 1}`, form, rule: 'hand' }));
      })).sort((a, b) => a.start - b.start || b.end - a.end);
      const idOf = (name: string) => `e${hand.entities.findIndex((e) => e.name === name) + 1}`;
      const quotes = (hand.quotes ?? []).map((q) => {
        const start = text.indexOf(q.text);
        return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct' as const, speaker: idOf(q.speaker), speakerSpan: null, cue: null, rule: 'hand' };
      });
      const quantities = (hand.quantities ?? []).map((q): Omit<Quantity, 'by'> & { rule: string } => {
        const start = text.indexOf(q.text);
        return { start, end: start + q.text.length, text: q.text, value: q.value, unit: q.unit, approx: 'exact', rule: 'hand' };
      });
      const dates = (hand.dates ?? []).map((d): Omit<DateRef, 'by'> & { rule: string } => {
        const start = text.indexOf(d.text);
        return { start, end: start + d.text.length, text: d.text, value: d.value, granularity: 'day', known: [], implied: [], rule: 'hand' };
      });
      return {
        layers: {
          paragraphs: [{ start: 0, end: text.length, role: 'body', rule: 'hand' }],
          sentences, tokens, entities, mentions, quotes, quantities, dates,
        },
      };
    },
  };
  const lang = loadLanguage(hand.lang);
  return buildPipeline([upstream, events]).run(new Doc({ text: hand.text, lang: hand.lang }), lang);
}

/** An event as a test reads it: names instead of ids, texts instead of spans. */
export interface EventView {
  readonly type: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly certainty: string;
  readonly source: string | null;
}

/**
 * The events of a doc in a readable form.
 *
 * @example
 * viewEvents(doc); // [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'asserted', source: null }]
 */
export function viewEvents(doc: Doc): EventView[] {
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id === null ? null : names.get(id) ?? id);
  return doc.get('events').map((e: Event) => ({
    type: e.type, actor: name(e.actor), target: name(e.target), certainty: e.certainty.value,
    source: e.source ? name(e.source.entity) ?? e.source.text : null,
  }));
}

function occurrences(text: string, words: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

const d = (text: string): { text: string; form: MentionForm } => ({ text, form: 'demonym' });

/** Entities the tests share, with their French and English mentions. */
export const WORLD: Readonly<Record<string, HandEntity>> = {
  Russia: { name: 'Russia', kind: 'country', says: ['Russie', 'Moscou', 'Russia', 'Moscow', 'Kremlin', d('russe'), d('russes'), d('Russian')] },
  'North Korea': { name: 'North Korea', kind: 'country', says: ['Corée du Nord', 'Pyongyang', 'North Korea', d('nord-coréens'), d('nord-coréen'), d('North Korean')] },
  Iran: { name: 'Iran', kind: 'country', says: ['Iran', 'Téhéran', 'Tehran', d('iraniens'), d('Iranian')] },
  China: { name: 'China', kind: 'country', says: ['Chine', 'Pékin', 'China', 'Beijing', d('chinois'), d('Chinese')] },
  Ukraine: { name: 'Ukraine', kind: 'country', says: ['Ukraine', 'Kyiv', 'Kiev', d('ukrainien'), d('ukrainienne'), d('Ukrainian')] },
  'United States': { name: 'United States', kind: 'country', says: ['États-Unis', 'Washington', d('américain'), d('américaine'), d('American')] },
  NATO: { name: 'NATO', kind: 'organization', says: ['OTAN', 'NATO'] },
  'Mark Rutte': { name: 'Mark Rutte', kind: 'person', says: ['Mark Rutte', 'Rutte'] },
  'Kursk Oblast': { name: 'Kursk Oblast', kind: 'place', partOf: 'Russia', says: ['région de Koursk', 'Kursk region'] },
  Kharkiv: { name: 'Kharkiv', kind: 'place', partOf: 'Ukraine', says: ['Kharkiv'] },
  'Gaza Strip': { name: 'Gaza Strip', kind: 'place', says: ['Gaza', 'bande de Gaza'] },
  Israel: { name: 'Israel', kind: 'country', says: ['Israël', 'Israel', d('israélienne'), d('israélien'), d('Israeli')] },
};

/**
 * The shared entities by name.
 *
 * @example
 * world('Russia', 'Iran'); // two HandEntity rows
 */
export function world(...names: string[]): HandEntity[] {
  return names.map((name) => {
    const entity = WORLD[name];
    if (!entity) throw new Error(`veille: test world has no entity "${name}"`);
    return entity;
  });
}

/**
 * A reason to skip a French verb test while the morphology module still has
 * its placeholder bodies (it knows no inflected form), else null.
 *
 * @example
 * const why = morphologyMissing('fr'); if (why) t.skip(why);
 */
export function morphologyMissing(lang: 'fr' | 'en'): string | null {
  if (lang !== 'fr') return null;
  return verbForms(loadLanguage('fr'), 'livrer').includes('livrera') ? null : 'French verb forms need src/lang/morphology.ts (placeholder still in place)';
}

/**
 * Test support: builds a doc with the layers the quotes stage needs, from a
 * text and a small list of named entities, so the stage is tested on its own
 * (the segment and entities stages have their own tests). Paragraphs are
 * lines; sentences are cut naively after . ! ? (even inside quotes, which
 * the stage must survive); mentions are whole-word matches of the names.
 */
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import type { Draft, Stage } from '../../core/stage.ts';
import { loadLanguage } from '../../lang/load.ts';
import { quotes } from './index.ts';
import type { Entity, EntityKind, Mention, Paragraph, ParagraphRole, Sentence, Token } from '../../core/layers.ts';
import { bySpan } from '../../core/span.ts';
import { wordAlternation } from '../../core/words.ts';

export interface TestEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Surface forms that mention it ("Rutte", "le secrétaire général"). */
  readonly forms: readonly string[];
}

export interface TestDocOptions {
  readonly lang: string;
  readonly entities?: readonly TestEntity[];
  /** Role of a line, by its index among non-empty lines (attribution lines, boilerplate). */
  readonly roles?: Readonly<Record<number, ParagraphRole>>;
  /** Pronoun mentions the entities stage would have resolved: [pronoun, its occurrence index in the text, entity id]. */
  readonly pronouns?: readonly (readonly [string, number, string])[];
}

/**
 * A doc with paragraphs, sentences, tokens, entities and mentions, run through the quotes stage.
 *
 * @example
 * buildTestDoc('« Nous tiendrons bon », a déclaré Mark Rutte.', { lang: 'fr', entities: [rutte] }).get('quotes');
 */
export function buildTestDoc(text: string, options: TestDocOptions): Doc {
  const doc = new Doc({ text, lang: options.lang });
  const paragraphs: Draft<Paragraph>[] = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    const start = match.index ?? 0;
    if (match[0].trim() === '') continue;
    const role = options.roles?.[paragraphs.length] ?? 'body';
    paragraphs.push({ start, end: start + match[0].length, role, rule: 'lines' });
  }
  const sentences: Draft<Sentence>[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.role === 'boilerplate') return;
    const body = text.slice(paragraph.start, paragraph.end);
    let from = 0;
    for (const stop of body.matchAll(/(?<!\s\p{Lu})[.!?]+(?=\s+\P{Ll})/gu)) {
      const end = (stop.index ?? 0) + stop[0].length;
      sentences.push({ start: paragraph.start + from, end: paragraph.start + end, paragraph: index, rule: 'naive' });
      from = end + (/^\s+/u.exec(body.slice(end))?.[0].length ?? 0);
    }
    if (from < body.length) sentences.push({ start: paragraph.start + from, end: paragraph.end, paragraph: index, rule: 'naive' });
  });
  const tokens: Draft<Token>[] = [];
  sentences.forEach((sentence, index) => {
    for (const match of text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
      const start = sentence.start + (match.index ?? 0);
      const kind = /^\p{N}/u.test(match[0]) ? 'number' : /^\p{L}/u.test(match[0]) ? 'word' : 'punct';
      tokens.push({ start, end: start + match[0].length, text: match[0], norm: match[0].toLowerCase(), kind, sentence: index, rule: 'naive' });
    }
  });
  const entities: Draft<Entity>[] = (options.entities ?? []).map((e) => ({ id: e.id, name: e.name, kind: e.kind, ids: {}, rule: 'given' }));
  const mentions: Draft<Mention>[] = [];
  for (const entity of options.entities ?? []) {
    for (const match of text.matchAll(wordAlternation(entity.forms))) {
      const start = match.index ?? 0;
      mentions.push({ start, end: start + match[0].length, text: match[0], entity: entity.id, form: 'name', rule: 'given' });
    }
  }
  for (const [pronoun, occurrence, entity] of options.pronouns ?? []) {
    const found = [...text.matchAll(wordAlternation([pronoun]))][occurrence];
    if (found?.index !== undefined) mentions.push({ start: found.index, end: found.index + pronoun.length, text: pronoun, entity, form: 'pronoun', rule: 'given' });
  }
  const kept = mentions.sort(bySpan).filter((m, i, all) => !all.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
  const given: Stage = {
    name: 'given',
    needs: [],
    adds: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions'],
    run: () => ({ layers: { paragraphs, sentences, tokens, entities, mentions: kept } }),
  };
  return buildPipeline([given, quotes]).run(doc, loadLanguage(options.lang));
}

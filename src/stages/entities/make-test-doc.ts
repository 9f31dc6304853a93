/**
 * Test helper: a doc run through the segment stage and the entities stage
 * only, so the entities tests do not depend on the later stages.
 */
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import { loadLanguage } from '../../lang/load.ts';
import { segment } from '../segment/index.ts';
import { entities } from './index.ts';

const pipeline = buildPipeline([segment, entities]);

/**
 * Analyses a text with the segment and entities stages.
 *
 * @example
 * makeTestDoc('Pyongyang fournirait des soldats.', 'fr').get('mentions')[0]?.text; // "Pyongyang"
 */
export function makeTestDoc(text: string, lang: string, published: string | null = null): Doc {
  return pipeline.run(new Doc({ text, lang, published }), loadLanguage(lang));
}

/**
 * The mentions of a doc as `text → entity name (form)`, for readable assertions.
 *
 * @example
 * describeMentions(makeTestDoc('Moscou dément.', 'fr')); // ['Moscou → Russia (capital)']
 */
export function describeMentions(doc: Doc): string[] {
  const names = new Map(doc.get('entities').map((entity) => [entity.id, entity.name]));
  return doc.get('mentions').map((m) => `${m.text} → ${names.get(m.entity) ?? '?'} (${m.form})`);
}

/**
 * The described mentions of a text (asserting the doc invariants on the way).
 *
 * @example
 * mentionsOf('Moscou dément.', 'fr'); // ['Moscou → Russia (capital)']
 */
export function mentionsOf(text: string, lang: string, published: string | null = '2024-11-07'): string[] {
  const doc = makeTestDoc(text, lang, published);
  assertDoc(doc);
  return describeMentions(doc);
}

/**
 * Asserts that a described mention is in the list.
 *
 * @example
 * has(mentionsOf('Moscou dément.', 'fr'), 'Moscou → Russia (capital)');
 */
export function has(list: readonly string[], expected: string): void {
  assert.ok(list.includes(expected), `expected "${expected}" among:\n  ${list.join('\n  ')}`);
}

/**
 * Asserts that no described mention matches the pattern.
 *
 * @example
 * lacks(mentionsOf('Moscou dément.', 'fr'), /Moscow \(name\)/u);
 */
export function lacks(list: readonly string[], pattern: RegExp): void {
  assert.ok(!list.some((item) => pattern.test(item)), `unexpected ${pattern} among:\n  ${list.join('\n  ')}`);
}

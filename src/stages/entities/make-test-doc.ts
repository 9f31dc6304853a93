/**
 * Test helper: a doc run through the segment stage and the entities stage
 * only, so the entities tests do not depend on the later stages.
 */
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

/**
 * Runs the segment stage alone on a text: what the tests, the fixture
 * regenerator and other stages' tests use to get paragraphs, sentences and
 * tokens without the whole pipeline.
 */
import { Doc } from '../../core/doc.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import { loadLanguage } from '../../lang/load.ts';
import { segment } from './index.ts';

const pipeline = buildPipeline([segment]);

/**
 * A doc holding only the segment layers.
 *
 * @example
 * segmentText('M. Dupont a-t-il parlé ?', 'fr').get('tokens').map((t) => t.text); // ["M.", "Dupont", "a", "-t-", "il", "parlé", "?"]
 */
export function segmentText(text: string, lang: string): Doc {
  const language = loadLanguage(lang);
  return pipeline.run(new Doc({ text, lang: language.code }), language);
}

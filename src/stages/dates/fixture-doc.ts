/**
 * Runs stages on a text for the tests of the quantities and dates stages,
 * behind a stand-in segmenter (one paragraph per line, sentences cut after
 * . ! ? … before a capital, word/number/punctuation tokens), so the tests do
 * not depend on the segment stage.
 */
import { Doc } from '../../core/doc.ts';
import type { Paragraph, Sentence, Token } from '../../core/layers.ts';
import { buildPipeline } from '../../core/pipeline.ts';
import type { Draft, Stage } from '../../core/stage.ts';
import { loadLanguage } from '../../lang/load.ts';

const SENTENCE_END = /(?<=[.!?…])[\s\u00A0]+(?=[\p{Lu}«"“])/gu;
const TOKEN = /[\p{L}\p{N}]+|[^\s\u00A0\u202F]/gu;

/** The stand-in segmenter. */
export const fixtureSegment: Stage = {
  name: 'fixture',
  needs: [],
  adds: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const paragraphs: Draft<Paragraph>[] = [];
    const sentences: Draft<Sentence>[] = [];
    const tokens: Draft<Token>[] = [];
    for (const line of doc.text.matchAll(/[^\n]+/g)) {
      const start = line.index ?? 0;
      paragraphs.push({ start, end: start + line[0].length, role: 'body', rule: 'line' });
      let from = 0;
      const cuts = [...line[0].matchAll(SENTENCE_END)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
      for (const [cut, next] of [...cuts, [line[0].length, line[0].length] as const]) {
        const sentence = { start: start + from, end: start + cut, paragraph: paragraphs.length - 1, rule: 'sentence' };
        sentences.push(sentence);
        for (const token of doc.text.slice(sentence.start, sentence.end).matchAll(TOKEN)) {
          const at = sentence.start + (token.index ?? 0);
          const kind = /^\p{N}/u.test(token[0]) ? 'number' : /^\p{L}/u.test(token[0]) ? 'word' : 'punct';
          tokens.push({ start: at, end: at + token[0].length, text: token[0], norm: token[0].toLowerCase(), kind, sentence: sentences.length - 1, rule: 'token' });
        }
        from = next;
      }
    }
    return { layers: { paragraphs, sentences, tokens } };
  },
};

/**
 * A doc segmented by {@link fixtureSegment}, then run through `stages`.
 *
 * @example
 * fixtureDoc('Il part jeudi. Il revient.', 'fr', '2024-11-08', [dates]).get('dates')[0]?.value; // "2024-11-07"
 */
export function fixtureDoc(text: string, lang: string, published: string | null = null, stages: readonly Stage[] = []): Doc {
  const doc = new Doc({ text, lang, published });
  return buildPipeline([fixtureSegment, ...stages]).run(doc, loadLanguage(lang));
}

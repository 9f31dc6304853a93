/**
 * The analysis engine: one text in, one doc with every layer out.
 * The stage order is this array, read top to bottom.
 */
import { Doc } from './core/doc.ts';
import { buildPipeline } from './core/pipeline.ts';
import type { Stage } from './core/stage.ts';
import { loadLanguage } from './lang/load.ts';
import { segment } from './stages/segment/index.ts';
import { entities } from './stages/entities/index.ts';
import { numbers } from './stages/numbers/index.ts';
import { quantities } from './stages/quantities/index.ts';
import { dates } from './stages/dates/index.ts';
import { quotes } from './stages/quotes/index.ts';
import { events } from './stages/events/index.ts';

export const STAGES: readonly Stage[] = [
  segment, // paragraphs (boilerplate set apart), sentences, tokens
  entities, // gazetteer, shapes, role nouns and pronouns → entities + mentions
  numbers, // "dix-sept", "trois quarts", "entre 20 et 35": every stated value and range
  quantities, // "jusqu'à 8 000 soldats" → 8000 soldier up_to
  dates, // "jeudi", "février 2022" against the publication date
  quotes, // direct, block and indirect speech with speakers
  events, // PLOVER events with certainty and source
];

const pipeline = buildPipeline(STAGES);

export interface AnalyzeInput {
  readonly text: string;
  /** A language with a folder in `lang/` (`fr`, `en`). Detect it before calling when unknown. */
  readonly lang: string;
  /** `YYYY-MM-DD`, or null/absent when unknown. */
  readonly published?: string | null;
  readonly id?: string;
}

/**
 * Analyses one text.
 *
 * @example
 * const doc = analyze({ text: 'Moscou a démenti jeudi.', lang: 'fr', published: '2024-11-08' });
 * doc.get('dates')[0]?.value; // "2024-11-07"
 */
export function analyze(input: AnalyzeInput): Doc {
  const language = loadLanguage(input.lang);
  const doc = new Doc({ text: input.text, lang: language.code, published: input.published ?? null, id: input.id });
  return pipeline.run(doc, language);
}

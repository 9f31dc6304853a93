/**
 * The public entry of veille: analyse a text, read its layers, turn it into
 * the JSON contract, score against gold.
 *
 * @example
 * import { analyze, toContract } from 'veille';
 * const json = toContract(analyze({ text, lang: 'fr', published: '2024-11-07' }));
 */
export { analyze, STAGES, type AnalyzeInput } from './analyze.ts';
export { Doc, type DocInit } from './core/doc.ts';
export { assertDoc } from './core/assert-doc.ts';
export type { Span, Annotation } from './core/span.ts';
export type { Message } from './core/message.ts';
export type { Stage, StageOutput, Draft } from './core/stage.ts';
export {
  PLOVER_TYPES, CERTAINTIES,
  type Paragraph, type ParagraphRole, type Sentence, type Token, type TokenKind, type Entity, type EntityKind, type EntityIds,
  type Mention, type MentionForm, type Quote, type QuoteKind, type PloverType, type Certainty, type CertaintyJudgement,
  type Attribution, type Approx, type Quantity, type DateGranularity, type DateRef, type Event, type LayerMap, type LayerName,
} from './core/layers.ts';
export { loadLanguage, supportedLanguages, type Language } from './lang/load.ts';
export { detectLanguage, type Detection } from './lang/detect.ts';
export { toContract, type Contract, type ContractMeta } from './output/contract.ts';
export { formatText } from './output/format-text.ts';
export { scoreDocument, sumTallies, figures, type DocumentScore, type Figures } from './eval/score-document.ts';
export { buildKeyIndex } from './eval/key-index.ts';
export { runEval, type EvalResult } from './eval/run-eval.ts';
export type { GoldDoc, KeysFile } from './eval/gold.ts';
export type { SystemAnswer } from './eval/system-answer.ts';

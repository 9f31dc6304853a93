/**
 * Runs veille on every document of a gold folder and scores it. A document
 * whose analysis throws is scored as an empty answer and reported.
 */
import { analyze } from '../analyze.ts';
import { toContract } from '../output/contract.ts';
import { buildKeyIndex } from './key-index.ts';
import { loadGold } from './load-gold.ts';
import { figures, scoreDocument, sumTallies, type DocumentScore, type Figures } from './score-document.ts';
import type { SystemAnswer } from './system-answer.ts';

export interface EvalResult {
  readonly dir: string;
  readonly documents: readonly DocumentScore[];
  readonly figures: Figures;
  /** The same figures for the documents of each language. */
  readonly byLang: Readonly<Record<string, Figures>>;
  /** Documents whose analysis failed, with the error message. */
  readonly failures: readonly { readonly id: string; readonly error: string }[];
}

const EMPTY: SystemAnswer = { entities: [], quotes: [], events: [], quantities: [], dates: [] };

/**
 * Analyses and scores a gold folder.
 *
 * @example
 * runEval('../shared/gold/dev').figures.layers.events.f1;
 */
export function runEval(dir: string, answer: (text: string, lang: string, published: string | null, id: string) => SystemAnswer = veilleAnswer): EvalResult {
  const gold = loadGold(dir);
  const index = buildKeyIndex(gold.keys);
  const failures: { id: string; error: string }[] = [];
  const langOf = new Map(gold.docs.map((doc) => [doc.id, doc.lang]));
  const documents = gold.docs.map((doc) => {
    let system = EMPTY;
    try {
      system = answer(doc.text, doc.lang, doc.published, doc.id);
    } catch (error) {
      failures.push({ id: doc.id, error: error instanceof Error ? error.message : String(error) });
    }
    return scoreDocument(doc, system, index);
  });
  const langs = [...new Set(gold.docs.map((doc) => doc.lang))].sort();
  const byLang = Object.fromEntries(langs.map((lang) => [
    lang, figures(sumTallies(documents.filter((doc) => langOf.get(doc.id) === lang).map((doc) => doc.tally))),
  ]));
  return { dir, documents, figures: figures(sumTallies(documents.map((doc) => doc.tally))), byLang, failures };
}

function veilleAnswer(text: string, lang: string, published: string | null, id: string): SystemAnswer {
  return toContract(analyze({ text, lang, published, id }));
}

/**
 * The human-readable eval report: one table of P/R/F1 per layer, the
 * accuracies, and with `errors` every miss and false positive per document.
 */
import { ACCURACIES, LAYERS, type ScoredAccuracy, type ScoredLayer } from './score-document.ts';
import type { EvalResult } from './run-eval.ts';

const LAYER_LABELS: Record<ScoredLayer, string> = {
  entities: 'entities', quotes: 'quotes', events: 'events', eventPairs: 'events (pair)', quantities: 'quantities', dates: 'dates',
};
const ACCURACY_LABELS: Record<ScoredAccuracy, string> = {
  mentionRecall: 'mention recall', speaker: 'speaker accuracy', certainty: 'certainty (exact)',
  certaintyCoarse: 'certainty (coarse)', source: 'source accuracy',
};

/**
 * Formats an eval result as plain text.
 *
 * @example
 * console.log(formatReport(runEval(dir), { errors: false }));
 */
export function formatReport(result: EvalResult, options: { readonly errors: boolean }): string {
  const lines: string[] = [];
  if (options.errors) {
    for (const doc of result.documents) {
      if (doc.errors.length === 0) continue;
      lines.push(`── ${doc.id}`);
      for (const error of doc.errors) lines.push(`  ${error.layer.padEnd(10)} ${error.kind.padEnd(15)} ${error.text.replace(/\s+/g, ' ')}`);
    }
    lines.push('');
  }
  const pct = (value: number) => (value * 100).toFixed(1).padStart(6);
  lines.push(`veille eval ${result.dir} (${result.documents.length} documents)`, '');
  lines.push(`${'layer'.padEnd(16)}${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`);
  for (const layer of LAYERS) {
    const f = result.figures.layers[layer];
    lines.push(`${LAYER_LABELS[layer].padEnd(16)}${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}   ${String(f.tp).padStart(4)} ${String(f.fp).padStart(4)} ${String(f.fn).padStart(4)}`);
  }
  lines.push('');
  for (const name of ACCURACIES) {
    const value = result.figures.accuracies[name];
    const shown = value === null ? '     –' : pct(value);
    lines.push(`${ACCURACY_LABELS[name].padEnd(20)}${shown}   (${result.figures.judged[name]} judged)`);
  }
  const langs = Object.keys(result.byLang);
  if (langs.length > 1) {
    lines.push('', `${'F1 by language'.padEnd(16)}${langs.map((lang) => lang.padStart(7)).join('')}`);
    for (const layer of LAYERS) {
      lines.push(`${LAYER_LABELS[layer].padEnd(16)}${langs.map((lang) => pct(result.byLang[lang]?.layers[layer].f1 ?? 0).padStart(7)).join('')}`);
    }
  }
  for (const failure of result.failures) lines.push(`analysis failed on ${failure.id}: ${failure.error}`);
  return lines.join('\n');
}

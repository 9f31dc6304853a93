import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runEval } from './run-eval.ts';
import { formatReport } from './format-report.ts';
import { ACCURACIES, LAYERS } from './score-document.ts';

const DEV = '/work/shared/gold/dev';

test('eval runs on the dev gold and gives figures in [0, 1]', (t) => {
  if (!existsSync(DEV)) {
    t.skip(`gold folder ${DEV} is absent; skipping the end-to-end eval`);
    return;
  }
  const result = runEval(DEV);
  assert.ok(result.documents.length > 0);
  for (const layer of LAYERS) {
    for (const value of [result.figures.layers[layer].precision, result.figures.layers[layer].recall, result.figures.layers[layer].f1]) {
      assert.ok(value >= 0 && value <= 1, `${layer}: ${value}`);
    }
  }
  for (const name of ACCURACIES) {
    const value = result.figures.accuracies[name];
    assert.ok(value === null || (value >= 0 && value <= 1), `${name}: ${value}`);
  }
  assert.match(formatReport(result, { errors: true }), /events \(pair\)/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEval } from './run-eval.ts';
import { formatReport } from './format-report.ts';
import { ACCURACIES, LAYERS } from './score-document.ts';
import type { SystemAnswer } from './system-answer.ts';
import { GOLD_DEV_DIR } from '../testing/shared.ts';

const DEV = GOLD_DEV_DIR;

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

const MINI = fileURLToPath(new URL('./fixtures/gold/dev/', import.meta.url));

test('eval on a hand-written gold folder: keys.json from the parent, a perfect answer scores 1, an empty one 0', () => {
  const perfect = runEval(MINI, (_text, _lang, _published, id) => ANSWERS[id] ?? EMPTY);
  assert.equal(perfect.documents.length, 2);
  for (const layer of ['entities', 'events', 'eventPairs', 'quantities', 'dates'] as const) {
    assert.equal(perfect.figures.layers[layer].f1, 1, layer);
  }
  assert.equal(perfect.figures.accuracies.source, 1);
  assert.equal(perfect.figures.accuracies.mentionRecall, 1);
  const empty = runEval(MINI, () => EMPTY);
  assert.deepEqual(
    { tp: empty.figures.layers.dates.tp, fn: empty.figures.layers.dates.fn },
    { tp: 0, fn: 2 }, // "mardi" and "June 2024"; "Friday" is relative in a text without a publication date
  );
  assert.equal(empty.figures.layers.events.recall, 0);
  assert.equal(empty.figures.layers.quotes.f1, 1, 'an empty gold list answered by nothing is perfect');
});

const EMPTY: SystemAnswer = { entities: [], quotes: [], events: [], quantities: [], dates: [] };
const span = (text: string, phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });
const FR = 'Selon Séoul, la Corée du Nord aurait envoyé 3 000 soldats en Russie mardi. Le Kremlin a nié.';
const EN = 'Moscow denied on Friday that it had received any soldiers from Pyongyang since June 2024.';
const ANSWERS: Record<string, SystemAnswer> = {
  'mini-fr': {
    entities: [
      { id: 'k', name: 'South Korea', mentions: [span(FR, 'Séoul')] },
      { id: 'n', name: 'Corée du Nord', mentions: [span(FR, 'Corée du Nord')] },
      { id: 'r', name: 'Q159', mentions: [span(FR, 'Russie'), span(FR, 'Le Kremlin')] },
    ],
    quotes: [],
    events: [
      { type: 'AID', actor: 'n', target: 'r', certainty: 'alleged', source: { entity: null, text: 'Séoul' } },
      { type: 'AID', actor: 'n', target: 'r', certainty: 'denied', source: { entity: 'r', text: null } },
    ],
    quantities: [{ ...span(FR, '3 000 soldats'), value: 3000, unit: 'soldier' }],
    dates: [{ ...span(FR, 'mardi'), value: '2024-10-15' }],
  },
  'mini-en': {
    entities: [
      { id: 'a', name: 'Russia', mentions: [span(EN, 'Moscow')] },
      { id: 'b', name: 'North Korea', mentions: [span(EN, 'Pyongyang')] },
    ],
    quotes: [],
    events: [{ type: 'AID', actor: 'b', target: 'a', certainty: 'denied', source: { entity: 'a', text: 'Moscow' } }],
    quantities: [],
    dates: [{ ...span(EN, 'Friday'), value: null }, { ...span(EN, 'June 2024'), value: '2024-06' }],
  },
};

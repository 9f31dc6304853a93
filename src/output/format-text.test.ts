import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../core/assert-doc.ts';
import { toContract } from './contract.ts';
import { formatText } from './format-text.ts';
import { handBuiltDoc } from './fixtures/hand-built-doc.ts';

test('the report shows article, entities, quotes, events actor → target with certainty cue, source, evidence and rules', () => {
  const doc = handBuiltDoc();
  assertDoc(doc);
  const report = formatText(toContract(doc), { color: false });
  const expected = [
    'Soldats en Russie',
    'lang fr · published 2024-11-07 · id hand-1',
    'Entities (4)',
    '  North Korea  country  Q423 PRK  ×1',
    'Quotes (1)',
    '  direct   Mark Rutte: "Nous suivons cela"  cue "a dit"  [test/incise]',
    'Events (1)',
    '  North Korea → Russia',
    '    AID  alleged ("fournirait")  source United States ("Selon")  10000 soldier',
    '      "Pyongyang fournirait 10 000 soldats à Moscou"  [test/supply; test/conditional]',
    '  "10 000 soldats" = 10000 soldier (exact)  [test/count]',
    '  "jeudi" = 2024-11-07  [test/weekday]',
    '1 boilerplate paragraph(s) set apart',
    '  info test/note: a note',
  ];
  const lines = report.split('\n');
  for (const line of expected) assert.ok(lines.includes(line), `missing line: ${line}\n${report}`);
  assert.doesNotMatch(report, /\u001b\[/);
});

test('the report is coloured only when asked', () => {
  assert.match(formatText(toContract(handBuiltDoc()), { color: true }), /\u001b\[1mSoldats en Russie\u001b\[0m/);
});

test('the report lists the numbers and ranges read from the text, with their bounds', async () => {
  const { analyze } = await import('../analyze.ts');
  const doc = analyze({ text: 'Le chantier emploie entre 40 et 55 ouvriers, plus de 200 camions et trois grues.', lang: 'fr', published: null });
  const lines = formatText(toContract(doc), { color: false }).split('\n');
  const numbers = lines.slice(lines.findIndex((line) => line.startsWith('Numbers (')), lines.findIndex((line) => line.startsWith('Ranges (')));
  assert.ok(numbers[0]?.startsWith('Numbers ('), lines.join('\n'));
  for (const value of ['40', '55', '200', '3']) {
    assert.ok(numbers.some((line) => line.includes(` = ${value} (`)), `no number ${value} in\n${numbers.join('\n')}`);
  }
  assert.ok(lines.some((line) => /^ {2}"entre 40 et 55" = \[40, 55\] {2}\[/u.test(line)), lines.join('\n'));
  assert.ok(lines.some((line) => /^ {2}"plus de 200" = \]200, \+∞\[ {2}\[/u.test(line)), lines.join('\n'));
});

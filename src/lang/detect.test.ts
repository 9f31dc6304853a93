import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './detect.ts';

const SUPPORTED = ['en', 'fr'];

test('detectLanguage: French, English, too short, unsupported', async () => {
  const cases: { text: string; code: string; reason: string | null }[] = [
    { text: 'Le secrétaire général de l’OTAN s’inquiète de la présence de soldats nord-coréens en Russie.', code: 'fr', reason: null },
    { text: 'Selon Washington, Pyongyang aurait envoyé des milliers de soldats.', code: 'fr', reason: null },
    { text: 'The NATO chief warned on Monday that North Korean troops were fighting for Moscow.', code: 'en', reason: null },
    { text: 'Tehran denies it.\nKyiv says otherwise.', code: 'en', reason: null },
    { text: 'Ok.', code: 'und', reason: 'too-short' },
    { text: '12 345 678 — 2024', code: 'und', reason: 'too-short' },
    { text: 'Der Generalsekretär der NATO warnte am Montag vor nordkoreanischen Soldaten in Russland.', code: 'und', reason: 'unsupported' },
  ];
  for (const { text, code, reason } of cases) {
    const detection = await detectLanguage(text, SUPPORTED);
    assert.equal(detection.code, code, text);
    assert.equal(detection.reason, reason, text);
  }
});

test('detectLanguage: an unsupported guess keeps the guess for the error message', async () => {
  const detection = await detectLanguage('Der Generalsekretär der NATO warnte am Montag vor Soldaten.', SUPPORTED);
  assert.equal(detection.guess, 'de');
  assert.ok(detection.confidence > 0.5);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDoc } from '../../core/assert-doc.ts';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'North Korea', 'Iran', 'China', 'Ukraine', 'United States', 'Mark Rutte');

/** [language, sentence, certainty of its one event, the cue words (null: none)]. */
const cases: readonly (readonly ['fr' | 'en', string, string, string | null])[] = [
  ['en', 'Tehran sent drones to Moscow.', 'asserted', null],
  ['en', 'Tehran is to send drones to Moscow.', 'planned', 'is to'],
  ['fr', 'Téhéran a livré des drones à Moscou.', 'asserted', null],
  ['en', 'Tehran reportedly sent drones to Moscow.', 'alleged', 'reportedly'],
  ['en', 'Tehran would have sent drones to Moscow.', 'alleged', 'would have'],
  ['fr', 'Téhéran aurait livré des drones à Moscou.', 'alleged', 'aurait'],
  ['fr', 'Pyongyang fournirait des obus à Moscou.', 'alleged', 'fournirait'],
  ['en', 'Beijing is suspected of helping Moscow.', 'suspected', 'suspected of'],
  ['en', 'Beijing likely helped Moscow.', 'suspected', 'likely'],
  ['fr', "Pékin est soupçonné d'aider Moscou.", 'suspected', "soupçonné d'"],
  ['en', 'Tehran denied sending drones to Moscow.', 'denied', 'denied'],
  ['en', 'Tehran did not send drones to Moscow.', 'denied', 'did not'],
  ['fr', "Téhéran n'a pas livré de drones à Moscou.", 'denied', "n'a pas"],
  ['fr', 'Téhéran nie avoir livré des drones à Moscou.', 'denied', 'nie'],
  ['fr', "Pyongyang n'a cessé d'aider Moscou.", 'asserted', "n'a cessé"],
  ['en', 'Tehran plans to send drones to Moscow.', 'planned', 'plans to'],
  ['en', 'Tehran will send drones to Moscow.', 'planned', 'will'],
  ['fr', 'Téhéran veut livrer des drones à Moscou.', 'planned', 'veut'],
  ['fr', 'Téhéran livrera des drones à Moscou.', 'planned', 'livrera'],
  ['en', 'Tehran may send drones to Moscow.', 'possible', 'may'],
  ['fr', 'Téhéran pourrait livrer des drones à Moscou.', 'possible', 'pourrait'],
  ['fr', 'Téhéran risque de livrer des drones à Moscou.', 'possible', 'risque de'],
  // A denial reaches across "that" and the subject of the denied clause.
  ['en', 'Kyiv denied that Beijing had ever helped Moscow.', 'denied', 'denied that'],
  ['fr', "Pékin a rejeté les accusations selon lesquelles la Chine aiderait Moscou.", 'denied', 'a rejeté les accusations'],
  // Denials worded as a dismissal, before the claim or (passive) after it.
  ['fr', "Kiev a balayé les rumeurs selon lesquelles Pékin aurait aidé Moscou.", 'denied', 'a balayé'],
  ['fr', "Kiev a qualifié de propagande les rumeurs selon lesquelles Pékin aurait aidé Moscou.", 'denied', 'a qualifié de propagande'],
  ['en', 'Kyiv brushed aside rumours that Beijing had helped Moscow.', 'denied', 'brushed aside'],
  ['en', 'Rumours that Beijing helped Moscow were dismissed as propaganda.', 'denied', 'were dismissed as'],
  // A denial that is itself negated neither confirms nor denies.
  ['en', 'The Kremlin has not denied that Beijing helped Moscow.', 'alleged', 'has not denied'],
  ['fr', "Le Kremlin n'a pas démenti que la Chine a aidé Moscou.", 'alleged', "n'a pas démenti"],
  // Belief and suspicion, passive or voiced by a subject.
  ['en', 'Beijing is believed to be helping Moscow.', 'suspected', 'is believed to'],
  ['en', "The summit is believed to have sealed Beijing's support for Moscow.", 'suspected', 'is believed to have'],
  ['en', 'Washington suspects Beijing of helping Moscow.', 'suspected', 'suspects'],
  ['fr', "Washington soupçonne Pékin d'aider Moscou.", 'suspected', 'soupçonne'],
  // An event noun that is the subject of a modal takes its certainty...
  ['fr', "Les livraisons de drones de Téhéran à Moscou pourraient reprendre.", 'possible', 'pourraient'],
  ['en', 'Shipments of Iranian drones to Moscow will continue.', 'planned', 'will'],
  // ...but not a modal of another verb's clause.
  ['en', 'Iranian drone deliveries to Moscow show Ukraine could lose.', 'asserted', null],
  // A vow of force is a threat made now, not a planned act (retyped THREATEN).
  ['en', 'Tehran vowed to crush Kyiv.', 'asserted', null],
  ['fr', "Téhéran a juré d'écraser Kiev.", 'asserted', null],
];

for (const [lang, text, value, cue] of cases) {
  test(`certainty: ${text} → ${value}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    const doc = handDoc({ text, lang, entities: ALL });
    assertDoc(doc);
    const [event, ...rest] = doc.get('events');
    assert.ok(event, 'one event expected');
    assert.equal(rest.length, 0);
    assert.equal(event.certainty.value, value);
    const cueText = event.certainty.cue ? text.slice(event.certainty.cue.start, event.certainty.cue.end) : null;
    assert.equal(cueText, cue);
    assert.match(event.certainty.by, /^events\//);
  });
}

test('certainty: a source in the indicative makes an event reported', () => {
  const doc = handDoc({ text: 'According to Washington, Pyongyang sent troops to Russia.', lang: 'en', entities: ALL });
  assertDoc(doc);
  assert.deepEqual(viewEvents(doc), [{ type: 'AID', actor: 'North Korea', target: 'Russia', certainty: 'reported', source: 'United States' }]);
});

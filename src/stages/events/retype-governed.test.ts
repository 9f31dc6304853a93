import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, morphologyMissing, viewEvents, world } from './test-doc.ts';

const ALL = world('Russia', 'Iran', 'China', 'Ukraine', 'United States', 'Israel');

const cases: readonly (readonly [string, 'fr' | 'en', string, readonly string[]])[] = [
  // An agreement or partnership that is ended is a reduction of relations.
  ['an agreement cancelled is a sanction (en)', 'en', 'Kyiv announced the cancellation of its gas transit agreements with Moscow.', ['SANCTION Ukraine → Russia']],
  ['a partnership suspended is a sanction (en)', 'en', 'Washington suspended its partnership with Beijing.', ['SANCTION United States → China']],
  ['des accords annulés are a sanction (fr)', 'fr', 'Kiev a annoncé l\'annulation des accords gaziers avec Moscou.', ['SANCTION Ukraine → Russia']],
  ['la fin d\'une coopération is a sanction (fr)', 'fr', 'Téhéran a acté la fin de la coopération avec Washington.', ['SANCTION Iran → United States']],
  // A comma or a coordinator cuts the ending word off the agreement.
  ['an ending word before a comma ends nothing after it (en)', 'en', 'After the end of the war, Kyiv signed an agreement with Washington.', ['AGREE Ukraine → United States']],
  ['an agreement with no ending word stays one (fr)', 'fr', 'Kiev a signé un accord avec Washington.', ['AGREE Ukraine → United States']],
  // Force that is vowed is a threat.
  ['a vow to crush is a threat (en)', 'en', 'Tehran vowed to crush Israel.', ['THREATEN Iran → Israel']],
  ['a promise to strike is a threat (fr)', 'fr', 'Moscou a promis de frapper Kiev.', ['THREATEN Russia → Ukraine']],
  ['a sworn blow is a threat (fr)', 'fr', "Téhéran a juré d'écraser Israël.", ['THREATEN Iran → Israel']],
  ['retaliation vowed is a threat (en)', 'en', 'Tehran vowed retaliation against Israel.', ['THREATEN Iran → Israel']],
  ['des représailles promises are a threat (fr)', 'fr', 'Moscou a promis des représailles contre Kiev.', ['THREATEN Russia → Ukraine']],
  ['an offensive engaged is done, not vowed (fr)', 'fr', 'Moscou a engagé une offensive contre Kiev.', ['ASSAULT Russia → Ukraine']],
  // An act threatened or refused is the threat or the refusal, not the act.
  ['sanctions threatened are a threat against their target (en)', 'en', 'Washington threatened to impose sanctions on Beijing.', ['THREATEN United States → China']],
  ['a strike threatened is no strike (fr)', 'fr', 'Moscou a menacé de frapper Kiev.', ['THREATEN Russia → Ukraine']],
  ['a meeting refused is a rejection, no meeting (en)', 'en', 'Kyiv refused to meet Moscow.', ['REJECT Ukraine → Russia']],
  ['a release declined is a rejection (en)', 'en', 'Tehran declined to release the Israeli sailors.', ['REJECT Iran → Israel']],
  ['une libération refusée is a rejection, no release (fr)', 'fr', 'Téhéran a refusé de libérer le marin israélien.', ['REJECT Iran → Israel']],
  // Aid that is halted is reduced: a sanction; a negated halt goes on giving.
  ['aid suspended is a sanction (fr)', 'fr', 'Washington a suspendu son aide militaire à Kiev.', ['SANCTION United States → Ukraine']],
  ['deliveries halted are a sanction (en)', 'en', 'Washington halted arms deliveries to Kyiv.', ['SANCTION United States → Ukraine']],
  ['supplying stopped is a sanction (en)', 'en', 'Washington stopped supplying arms to Kyiv.', ['SANCTION United States → Ukraine']],
  ['cesser de livrer is a sanction (fr)', 'fr', 'Washington a cessé de livrer des armes à Kiev.', ['SANCTION United States → Ukraine']],
  ["n'a cessé de livrer goes on giving (fr)", 'fr', "Washington n'a cessé de livrer des armes à Kiev.", ['AID United States → Ukraine']],
  ['never stopped sending goes on giving (en)', 'en', 'Washington never stopped sending arms to Kyiv.', ['AID United States → Ukraine']],
  ['force with no vow stays force (en)', 'en', 'Tehran attacked Israel.', ['ASSAULT Iran → Israel']],
];

for (const [name, lang, text, expected] of cases) {
  test(`retypeGoverned: ${name}`, (t) => {
    const why = morphologyMissing(lang);
    if (why) { t.skip(why); return; }
    assert.deepEqual(viewEvents(handDoc({ text, lang, entities: ALL })).map((e) => `${e.type} ${e.actor} → ${e.target}`), expected);
  });
}

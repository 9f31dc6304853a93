/**
 * Table-driven quote cases shared by the speech-form and speaker-choice tests:
 * one cast of entities, one case shape, one runner that checks each doc.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertDoc } from '../../core/assert-doc.ts';
import type { ParagraphRole } from '../../core/layers.ts';
import { buildTestDoc, type TestEntity } from './test-doc.ts';

/** The entities every case may name, with the surface forms the entities stage would have linked. */
export const CAST: readonly TestEntity[] = [
  { id: 'e-dupont', name: 'Jean Dupont', kind: 'person', forms: ['Jean Dupont', 'Dupont'] },
  { id: 'e-smith', name: 'Anna Smith', kind: 'person', forms: ['Anna Smith', 'Smith'] },
  { id: 'e-lee', name: 'Tom Lee', kind: 'person', forms: ['Tom Lee', 'Lee'] },
  { id: 'e-state', name: 'State Department', kind: 'organization', forms: ['State Department'] },
  { id: 'e-pak', name: 'Pakistan', kind: 'country', forms: ['Islamabad', 'Pakistan'] },
  { id: 'e-russia', name: 'Russia', kind: 'country', forms: ['Kremlin', 'Moscou', 'Moscow'] },
  { id: 'e-china', name: 'China', kind: 'country', forms: ['Beijing', 'Chinese'] },
  { id: 'e-afp', name: 'Agence France-Presse', kind: 'organization', forms: ['AFP'] },
  { id: 'e-iran', name: 'Iran', kind: 'country', forms: ['Iran', 'Tehran'] },
  { id: 'e-said', name: 'Said Ahmed', kind: 'person', forms: ['Said Ahmed'] },
  { id: 'e-niger', name: 'Niger', kind: 'country', forms: ['junte', 'Niamey'] },
  { id: 'e-tiani', name: 'Abdou Tiani', kind: 'person', forms: ['Abdou Tiani'] },
];

export interface QuoteCase {
  readonly name: string;
  readonly lang: 'fr' | 'en';
  readonly text: string;
  readonly quotes: readonly { readonly text: string; readonly speaker: string | null; readonly cue: string }[];
  readonly roles?: Readonly<Record<number, ParagraphRole>>;
  /** Pronoun mentions the entities stage would have resolved: [pronoun, occurrence index, entity id]. */
  readonly pronouns?: readonly (readonly [string, number, string])[];
}

/**
 * Registers one test per case: the quotes found (text, speaker name, cue words) must equal the expected ones.
 *
 * @example
 * runQuoteCases([{ name: 'said', lang: 'en', text: 'Tom Lee said it rained.', quotes: [{ text: 'it rained', speaker: 'Tom Lee', cue: 'said' }] }]);
 */
export function runQuoteCases(cases: readonly QuoteCase[]): void {
  const names = new Map(CAST.map((entity) => [entity.id, entity.name]));
  for (const item of cases) {
    test(item.name, () => {
      const doc = buildTestDoc(item.text, { lang: item.lang, entities: CAST, roles: item.roles, pronouns: item.pronouns });
      assertDoc(doc);
      const got = doc.get('quotes').map((quote) => ({
        text: quote.text,
        speaker: quote.speaker === null ? null : (names.get(quote.speaker) ?? quote.speaker),
        cue: quote.cue ? doc.text.slice(quote.cue.start, quote.cue.end) : '',
      }));
      assert.deepEqual(got, item.quotes);
    });
  }
}

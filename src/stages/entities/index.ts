/**
 * The entities stage: who and what the text names. Gazetteer names, capitals
 * and demonyms standing for states, unknown names by their shape, role nouns
 * and pronouns, all as mentions of one entity list.
 */
import type { Stage } from '../../core/stage.ts';
import { buildEntities } from './build-entities.ts';
import { chooseReadings } from './choose-readings.ts';
import { extendHonorifics } from './extend-honorifics.ts';
import { findUnknownNames } from './find-unknown-names.ts';
import { linkShortNames } from './link-short-names.ts';
import { matchGazetteer } from './match-gazetteer.ts';
import { resolveAnaphors } from './resolve-anaphors.ts';
import { resolvePronouns } from './resolve-pronouns.ts';
import { resolveRoles } from './resolve-roles.ts';
import { startWork, type Pass } from './work.ts';

/** The passes, in order; each reads the mentions the previous ones found. */
export const PASSES: readonly Pass[] = [
  matchGazetteer, // every names.tsv form, longest match, case-aware
  chooseReadings, // "Pyongyang fournirait" → North Korea; "arrivé à Pyongyang" → the city
  findUnknownNames, // "M. Dupont", "Jean Dupont", "université de Dongguk", "à Tombouctou"
  linkShortNames, // "Dupont" after "Jean Dupont"
  resolveAnaphors, // "La Cédéao … Le bloc a suspendu" → ECOWAS; "Niger's junta" → Niger
  resolveRoles, // "le secrétaire général de l'OTAN" → its holder; appositions bind roles
  resolvePronouns, // « … », a-t-il déclaré → the latest compatible person
  extendHonorifics, // "M. Abdollahian" as one mention
];

/**
 * Adds the `entities` and `mentions` layers.
 *
 * @example
 * analyze({ text: 'Pyongyang fournirait des soldats à Moscou.', lang: 'fr' }).get('entities').map((e) => e.name);
 * // ['North Korea', 'Russia']
 */
export const entities: Stage = {
  name: 'entities',
  needs: ['paragraphs', 'sentences', 'tokens'],
  adds: ['entities', 'mentions'],
  run(doc, lang) {
    const work = PASSES.reduce((state, pass) => pass(state), startWork(doc, lang));
    const layers = buildEntities(work);
    return { layers: { entities: layers.entities, mentions: layers.mentions }, messages: work.messages };
  },
};

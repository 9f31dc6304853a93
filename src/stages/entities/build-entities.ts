/**
 * Pass 7 (last): one entity per key, numbered in order of first mention, and
 * the mentions pointing at them. Kind and ids come from the gazetteer, or from
 * the shape for unknown names.
 */
import type { Entity, Mention } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import { compileGazetteer } from './compile-gazetteer.ts';
import { sortCandidates, type Candidate, type Work } from './work.ts';

export interface EntityLayers {
  readonly entities: Draft<Entity>[];
  readonly mentions: Draft<Mention>[];
}

/**
 * The entities and mentions layers from the candidates.
 *
 * @example
 * buildEntities(work).entities[0]; // { id: 'e1', name: 'Russia', kind: 'country', ids: { wikidata: 'Q159', iso3: 'RUS' } }
 */
export function buildEntities(work: Work): EntityLayers {
  const gazetteer = compileGazetteer(work.lang);
  const text = work.doc.text;
  const ids = new Map<string, string>();
  const entities: Draft<Entity>[] = [];
  const mentions: Draft<Mention>[] = [];
  const candidates = dedupe(sortCandidates(work.mentions));
  for (const candidate of candidates) {
    let id = ids.get(candidate.key);
    if (!id) {
      id = `e${ids.size + 1}`;
      ids.set(candidate.key, id);
      const facts = candidate.known ? gazetteer.entities.get(candidate.key) : undefined;
      const entityIds = {
        ...(facts?.wikidata ? { wikidata: facts.wikidata } : {}),
        ...(facts?.iso3 ? { iso3: facts.iso3 } : {}),
      };
      entities.push({
        id,
        name: candidate.key,
        kind: facts?.kind ?? candidate.kind,
        ids: entityIds,
        ...(facts?.partOf ? { partOf: facts.partOf } : {}),
        rule: candidate.known ? 'gazetteer-entity' : 'shape-entity',
      });
    }
    mentions.push({ start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), entity: id, form: candidate.form, rule: candidate.rule });
  }
  return { entities, mentions };
}

/** One mention per span: the first reading kept. */
function dedupe(list: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const id = `${m.start}:${m.end}`;
    if (seen.has(id) || m.end <= m.start) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The key an entity keeps across articles: its Wikidata id when the analysis
 * knows one, else its kind and folded name, so "Jean Dupont" in one article
 * and "Jean Dupont" in another are one person, and "Kursk Oblast" the place is
 * not "Kursk" the submarine. The store and the graph both use it.
 */
import type { EntityIds, EntityKind } from '../core/layers.ts';
import { lookupKey } from '../core/words.ts';

/**
 * @example
 * entityKey({ name: 'Russia', kind: 'country', ids: { wikidata: 'Q159' } }); // "Q159"
 * entityKey({ name: 'Jean Dupónt', kind: 'person', ids: {} }); // "person:jean dupont"
 */
export function entityKey(entity: { readonly name: string; readonly kind: EntityKind; readonly ids?: EntityIds }): string {
  const wikidata = entity.ids?.wikidata;
  if (wikidata && /^Q\d+$/.test(wikidata)) return wikidata;
  return `${entity.kind}:${foldName(entity.name)}`;
}

/**
 * A name folded for comparison: case, accents, typography and spacing ignored.
 *
 * @example
 * foldName('Nord-Coréens’  ') // "nord-coreens'"
 */
export function foldName(name: string): string {
  return lookupKey(name);
}

/**
 * The entity a user names on the command line: a key ("Q159",
 * "person:jean dupont"), an English or French name ("Russia", "Russie") or a
 * Wikidata id, looked up by the store. An unknown name is an input error that
 * says what was tried and how to list what is known.
 */
import type { EntityRef, Store } from '../../store/types.ts';
import { inputError } from '../usage-error.ts';

/**
 * Resolves an entity argument or throws a `CliError` (exit 1).
 *
 * @example
 * resolveEntity(store, 'Corée du Nord', '--actor'); // { key: 'Q423', name: 'North Korea', kind: 'country' }
 */
export function resolveEntity(store: Pick<Store, 'entity'>, value: string, what: string): EntityRef {
  const found = store.entity(value);
  if (found) return found;
  throw inputError(`no entity "${value}" for ${what} in this store (tried it as a key, a Wikidata id and a French or English name); list them with \`veille entities --name ${JSON.stringify(value.slice(0, 20))}\``);
}

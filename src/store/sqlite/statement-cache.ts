/**
 * Prepared statements, compiled once per connection: every query of the store
 * is parameterised SQL text kept in the code, never built from user input.
 */
import type Database from 'better-sqlite3';

export type Sql = (text: string) => Database.Statement;

/**
 * @example
 * const sql = statementCache(db);
 * sql('SELECT id FROM articles WHERE content_hash = ?').get(hash);
 */
export function statementCache(db: Database.Database): Sql {
  const cache = new Map<string, Database.Statement>();
  return (text) => {
    let statement = cache.get(text);
    if (!statement) {
      statement = db.prepare(text);
      cache.set(text, statement);
    }
    return statement;
  };
}

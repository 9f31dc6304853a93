/**
 * A store that cannot be used as asked (not a veille database, a newer
 * schema, a bad analysis handed to `saveArticle`). The CLI turns it into one
 * `veille: …` line.
 */
/** @example throw new StoreError('not a veille database'); */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

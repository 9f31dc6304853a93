/**
 * JSON sources: one object, an array of objects, or JSON lines, each
 * `{url?, title?, text? | html?, published?, lang?, outlet?}`.
 */
import { parseLooseDate } from './feed/index.ts';
import type { Loaded, SourceItem } from './source-item.ts';

interface RecordFields {
  readonly url?: unknown;
  readonly title?: unknown;
  readonly text?: unknown;
  readonly html?: unknown;
  readonly published?: unknown;
  readonly lang?: unknown;
  readonly outlet?: unknown;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * Items of a JSON or JSON-lines document. A line or element that is not an
 * object with text or html becomes an item that fails with the reason.
 *
 * @example
 * readRecords('{"title":"Titre","text":"Le texte."}', 'a.json').length; // 1
 */
export function readRecords(content: string, where: string, lines: boolean): SourceItem[] {
  if (!lines) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      return [failing(where, `malformed JSON (${(error as Error).message})`)];
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.map((value, i) => recordItem(value, list.length === 1 ? where : `${where}#${i + 1}`));
  }
  const items: SourceItem[] = [];
  content.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === '') return;
    const key = `${where}#${i + 1}`;
    try {
      items.push(recordItem(JSON.parse(line), key));
    } catch (error) {
      items.push(failing(key, `malformed JSON line (${(error as Error).message})`));
    }
  });
  return items;
}

function recordItem(value: unknown, key: string): SourceItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failing(key, 'not a JSON object');
  const record = value as RecordFields;
  const text = stringOrNull(record.text);
  const html = stringOrNull(record.html);
  if (text === null && html === null) return failing(key, 'the record has neither "text" nor "html"');
  const url = stringOrNull(record.url);
  const hints = {
    title: stringOrNull(record.title),
    // "2024-03-12T10:00:00Z", "12/03/2024", "7 févr. 2024" → 2024-…; an unreadable date is dropped, not fatal.
    published: parseLooseDate(stringOrNull(record.published)),
    lang: stringOrNull(record.lang),
    outlet: stringOrNull(record.outlet),
  };
  const loaded: Loaded = html !== null ? { kind: 'html', html, url, hints } : { kind: 'text', text: text ?? '', url, hints };
  return { key: url ?? key, load: () => Promise.resolve(loaded) };
}

/**
 * An item that fails when loaded, carrying the reason into the summary.
 *
 * @example
 * await failing('a.json', 'malformed JSON').load(); // throws "a.json: malformed JSON"
 */
export function failing(key: string, reason: string): SourceItem {
  return { key, load: () => Promise.reject(new Error(reason)) };
}

/**
 * Helpers over the plain objects fast-xml-parser returns: an element is a
 * string, an object (attributes as `@_name`, text as `#text`) or an array when
 * it repeats. Feeds in the wild mix all three for the same element.
 */

/** A parsed XML value. */
export type XmlValue = string | number | boolean | XmlObject | XmlValue[] | null | undefined;
export interface XmlObject {
  readonly [key: string]: XmlValue;
}

/**
 * The value as a list (absent → [], one → [one]).
 *
 * @example
 * listOf(channel['item']); // one item or many, always an array
 */
export function listOf(value: XmlValue): XmlValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The value as an object (the first when repeated), or null.
 *
 * @example
 * objectOf(root['rss']); // { channel: … } or null
 */
export function objectOf(value: XmlValue): XmlObject | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== null && typeof first === 'object' && !Array.isArray(first) ? first : null;
}

/**
 * The text of an element: its string, its `#text`, or for mixed content
 * (Atom `type="xhtml"`) the text of its children, one block per line.
 *
 * @example
 * textOf({ '#text': 'Titre', '@_type': 'text' }); // 'Titre'
 */
export function textOf(value: XmlValue, depth = 0): string | null {
  if (value === undefined || value === null || depth > 50) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, depth + 1);
      if (text) return text;
    }
    return null;
  }
  const own = value['#text'];
  if (own !== undefined && own !== null && typeof own !== 'object') return String(own).trim() || null;
  const parts = Object.entries(value)
    .filter(([key]) => !key.startsWith('@_'))
    .flatMap(([, child]) => listOf(child).map((item) => textOf(item, depth + 1)))
    .filter((text): text is string => text !== null);
  return parts.length > 0 ? parts.join('\n') : null;
}

/**
 * An attribute of an element (`@_href`), or null.
 *
 * @example
 * attributeOf({ '@_href': 'a.html', '@_rel': 'alternate' }, 'href'); // 'a.html'
 */
export function attributeOf(value: XmlValue, name: string): string | null {
  const object = objectOf(value);
  const attribute = object?.[`@_${name}`];
  return typeof attribute === 'string' ? attribute.trim() || null : null;
}

/**
 * Resolves a possibly relative link against a base; null when it cannot be a URL.
 *
 * @example
 * resolveLink('/a.html', 'https://example.fr/rss'); // 'https://example.fr/a.html'
 */
export function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).toString();
  } catch {
    return null;
  }
}

/**
 * Feed titles are meant to be plain text, but CMSs double-escape them
 * ("Caf&amp;eacute;" arrives as "Caf&eacute;" after XML decoding) or leave
 * markup in them ("<b>Direct</b> : …"). Read them as HTML text once.
 */
import { parseHTML } from 'linkedom';

/**
 * The title as plain text: entities decoded, tags dropped, spaces collapsed.
 *
 * @example
 * plainTitle('Caf&eacute; &amp; <b>croissants</b>'); // 'Café & croissants'
 */
export function plainTitle(title: string | null): string | null {
  if (title === null) return null;
  if (!/[<&]/.test(title)) return title;
  const { document } = parseHTML(`<!DOCTYPE html><html><body><p>${title.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')}</p></body></html>`);
  const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

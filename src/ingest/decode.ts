/**
 * Bytes → text. Web pages and feeds declare their encoding in several places
 * that disagree often enough; the order follows the WHATWG encoding sniffing
 * algorithm in spirit: byte order mark, then the caller's hints (HTTP
 * `Content-Type` charset, an explicit declaration), then what the document
 * says about itself in its first bytes (`<meta charset>`,
 * `<meta http-equiv="content-type">`, `<?xml encoding=?>`), then strict UTF-8
 * with windows-1252 as the fallback (what browsers do for Western pages).
 * One departure from browsers: bytes that are valid multi-byte UTF-8 are read
 * as UTF-8 even under a single-byte label, since mislabelled UTF-8 pages are far
 * more common than Latin-1 text that happens to be valid UTF-8.
 */

/** What the caller knows about the bytes' encoding. */
export interface DecodeHints {
  /** The HTTP `Content-Type` header, e.g. `text/html; charset=ISO-8859-15`. */
  readonly contentType?: string;
  /** An encoding label declared elsewhere (a feed item, a JSON field). */
  readonly declared?: string;
}

export interface Decoded {
  readonly text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `iso-8859-15`. */
  readonly encoding: string;
}

/** How many leading bytes are searched for an in-document declaration. */
const SNIFF_BYTES = 2048;

/**
 * Decodes a page or feed.
 *
 * @example
 * decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), {}); // { text: 'café', encoding: 'windows-1252' }
 * decodeBytes(bytes, { contentType: 'text/html; charset=iso-8859-15' }); // '€' from byte 0xA4
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return finish(new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), bom.encoding);
  if (looksBinary(bytes)) {
    throw new Error('veille: the input looks binary (NUL or control bytes), not text; is it an image, PDF or archive?');
  }
  const labels = [charsetOf(hints.contentType), hints.declared, declaredInDocument(bytes)];
  for (const label of labels) {
    const encoding = label ? supportedEncoding(label) : null;
    if (!encoding) continue;
    // A page that says UTF-8 but is not (a common CMS bug) still gets read.
    if (encoding === 'utf-8') return decodeUtf8OrLegacy(bytes);
    // Servers that send a default "charset=ISO-8859-1" for UTF-8 pages are common; valid UTF-8 with
    // multi-byte sequences is almost never real Latin-1 text ("Ã©" pairs), so the bytes win over the label.
    if (isSingleByte(encoding) && isMultiByteUtf8(bytes)) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');
    return finish(new TextDecoder(encoding).decode(bytes), encoding);
  }
  return decodeUtf8OrLegacy(bytes);
}

function finish(text: string, encoding: string): Decoded {
  return { text: encoding === 'windows-1252' ? fixC1(text) : text, encoding };
}

/**
 * Bytes 0x80–0x9F of windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
 * Node 20's TextDecoder decodes windows-1252 as ISO-8859-1 and leaves them as
 * C1 control characters, so they are mapped here; the five bytes the code page
 * leaves undefined stay as they are, as the WHATWG table says.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): Decoded {
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
  }
}

function isSingleByte(encoding: string): boolean {
  return encoding === 'windows-1252' || encoding.startsWith('iso-8859-') || encoding.startsWith('windows-125');
}

/** Valid UTF-8 that uses at least one multi-byte sequence. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** NUL bytes or a high share of control bytes in the first KB: not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, Math.min(bytes.length, 1024));
  if (head.length === 0) return false;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // Tab, line feed, carriage return and form feed are text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  return controls / head.length > 0.1;
}

/**
 * The charset parameter of a Content-Type header.
 *
 * @example
 * charsetOf('text/html; charset="ISO-8859-15"'); // 'ISO-8859-15'
 */
export function charsetOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match?.[1];
}

/** The encoding a document declares in its first bytes (read as Latin-1, which maps every byte). */
function declaredInDocument(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  // <?xml version="1.0" encoding="ISO-8859-1"?>
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  // <meta charset="windows-1252">
  const meta = /<meta[^>]*?\scharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  // <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">
  const equiv = /<meta[^>]*?http-equiv\s*=\s*["']?content-type["']?[^>]*>/i.exec(head);
  return equiv ? charsetOf(equiv[0]) : undefined;
}

/**
 * The WHATWG name for a label TextDecoder knows, else null. ASCII and
 * Latin-1 labels map to windows-1252 as browsers do; UTF-16 labels found
 * inside an ASCII-compatible document are wrong by construction (the document
 * could not be read to find them) and are ignored.
 */
function supportedEncoding(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding.startsWith('utf-16') ? null : encoding;
  } catch {
    return null;
  }
}

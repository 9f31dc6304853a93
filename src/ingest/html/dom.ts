/**
 * The small part of the DOM that extraction uses, typed here because the
 * project compiles without the DOM lib; linkedom's nodes satisfy it.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  replaceWith(...nodes: (DomNode | string)[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Whitespace runs (no-break spaces included) → one space, trimmed; for metadata, not article text.
 *
 * @example
 * squeeze('  Par\n  Jean   Dupont '); // 'Par Jean Dupont'
 */
export function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * Trimmed attribute value, null when absent or blank.
 *
 * @example
 * attr(document.querySelector('link[rel="canonical"]'), 'href'); // 'https://example.fr/a'
 */
export function attr(element: DomElement | null, name: string): string | null {
  const value = element?.getAttribute(name);
  return value && value.trim() !== '' ? value.trim() : null;
}

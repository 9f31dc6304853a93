/**
 * An article's DOM → text with its paragraph structure: one paragraph per
 * line and a blank line between paragraphs, so the segment stage sees the
 * paragraphs (and can tell a promotional footer from the article body).
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.ts';

/** Elements whose text is one paragraph. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TR', 'ADDRESS',
  'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'FIGURE',
  'MAIN', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'TD', 'TH', 'CENTER',
]);
/** Elements whose text is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD']);
/** Cells join with a space, not a paragraph break. */
const INLINE_BLOCKS = new Set(['TD', 'TH']);

/** A node to enter, or (exitOf set) the end of a block element to close. */
interface Visit {
  readonly node: DomNode;
  readonly depth: number;
  readonly exitOf: string | null;
}

/** Hostile pages nest thousands of elements; beyond this depth text is still read, structure is not. */
const MAX_DEPTH = 400;

/**
 * The paragraphs of a node, joined by blank lines.
 *
 * @example
 * collectParagraphs(parseHTML('<div><p>Un.</p><p>Deux <b>mots</b>.</p></div>').document.body); // 'Un.\n\nDeux mots.'
 */
export function collectParagraphs(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    // No-break spaces stay: French writes "10 000" and "Rutte :" with them, and later stages read them.
    const text = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // Explicit stack instead of recursion: deeply nested markup cannot overflow it.
  const stack: Visit[] = [{ node: root, depth: 0, exitOf: null }];
  while (stack.length > 0) {
    const { node, depth, exitOf } = stack.pop() as Visit;
    if (exitOf !== null) {
      if (INLINE_BLOCKS.has(exitOf)) current += ' ';
      else flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && depth > 0) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (depth > MAX_DEPTH) {
      current += ' ' + (node.textContent ?? '');
      continue;
    }
    const block = BLOCKS.has(name);
    if (block && !INLINE_BLOCKS.has(name)) flush();
    if (block) stack.push({ node, depth, exitOf: name });
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push({ node: child, depth: depth + 1, exitOf: null });
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Hostile or broken pages nest elements thousands deep; Readability scores
 * every ancestor of every paragraph, which turns such a page into minutes of
 * work. Subtrees below a depth no news layout reaches are replaced by their
 * text, so extraction stays linear and the words are kept.
 */
import { ELEMENT_NODE, type DomElement, type DomNode } from './dom.ts';

/** Real news pages stay well under 60 levels; 100 leaves room for heavy CMS wrappers. */
export const MAX_ELEMENT_DEPTH = 100;

/**
 * Replaces every element deeper than `limit` by a text node with its text.
 * Returns how many subtrees were flattened.
 *
 * @example
 * limitDepth(document.body); // 0 on an ordinary page
 */
export function limitDepth(root: DomNode, limit = MAX_ELEMENT_DEPTH): number {
  const cut: DomElement[] = [];
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: DomNode; depth: number };
    const children = node.childNodes;
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index];
      if (!child || child.nodeType !== ELEMENT_NODE) continue;
      if (depth + 1 >= limit) cut.push(child as DomElement);
      else stack.push({ node: child, depth: depth + 1 });
    }
  }
  for (const element of cut) element.replaceWith(` ${element.textContent ?? ''} `);
  return cut.length;
}

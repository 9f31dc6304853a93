/**
 * The section of an article from its breadcrumb trail ("Accueil › International
 * › Europe › <title>"): JSON-LD BreadcrumbList names, else the links of a
 * breadcrumb `<nav>`. The first level under the home page is the section.
 */
import { squeeze, type DomDocument, type DomElement } from './dom.ts';

const NAV_SELECTORS = [
  'nav[aria-label*="readcrumb"]',
  'nav[aria-label*="ariane"]',
  '[itemtype*="BreadcrumbList"]',
  '.breadcrumb',
  '.breadcrumbs',
  '.fil-ariane',
  '#breadcrumb',
];

/**
 * Link texts of a breadcrumb navigation block, in order.
 *
 * @example
 * navBreadcrumb(document); // ['Accueil', 'International', 'Europe']
 */
export function navBreadcrumb(document: DomDocument): string[] {
  let nav: DomElement | null = null;
  for (const selector of NAV_SELECTORS) {
    nav = document.querySelector(selector);
    if (nav) break;
  }
  if (!nav) return [];
  const items = Array.from(nav.querySelectorAll('li'));
  const nodes = items.length > 0 ? items : Array.from(nav.querySelectorAll('a'));
  return nodes.map((node) => squeeze(node.textContent)).filter((text) => text !== '' && text.length <= 80).slice(0, 12);
}

/**
 * The section a trail names: the first crumb that is neither the home page nor
 * the article itself.
 *
 * @example
 * sectionFromTrail(['Accueil', 'International', 'Europe', 'Les ministres…'], 'Les ministres…'); // 'International'
 */
export function sectionFromTrail(trail: readonly string[], title: string | null): string | null {
  const home = /^(?:accueil|home|homepage|une|à la une|la une|start|index)$/iu;
  const crumbs = trail.map((crumb) => crumb.replace(/^[\s›»>/|•·-]+|[\s›»>/|•·-]+$/gu, '').trim());
  const candidates = crumbs.filter((crumb, index) => {
    if (crumb === '' || home.test(crumb)) return false;
    if (title && crumb.toLowerCase() === title.toLowerCase()) return false;
    // The last crumb of a long trail is usually the article itself, even when its wording differs from the title.
    return !(index === crumbs.length - 1 && crumbs.length > 2 && crumb.length > 40);
  });
  return candidates[0] ?? null;
}

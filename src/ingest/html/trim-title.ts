/**
 * Page titles carry the site name ("Séoul convoque l’ambassadeur | Quotidien
 * d’exemple", "Rail budget passes - Coast Daily"). JSON-LD headlines and
 * og:title usually do not; the `<title>` fallback does, and Readability keeps
 * the suffix when the rest is four words or fewer.
 */

const SEPARATORS = /\s+[|–—\-:·•»/]\s+/u;

/**
 * The title without a trailing or leading site name; the page's `<h1>` wins
 * when the title starts or ends with it.
 *
 * @example
 * trimTitle('Séoul convoque l’ambassadeur | Quotidien d’exemple', 'Quotidien d’exemple', null); // 'Séoul convoque l’ambassadeur'
 * trimTitle('Rail budget passes - Coast Daily', null, 'Rail budget passes');                   // 'Rail budget passes'
 */
export function trimTitle(title: string, outlet: string | null, heading: string | null): string {
  const folded = (text: string): string => text.toLowerCase().replace(/[’']/g, "'").trim();
  if (heading && heading !== title && heading.length >= 10) {
    const rest = folded(title);
    const head = folded(heading);
    if ((rest.startsWith(head) || rest.endsWith(head)) && SEPARATORS.test(title)) return heading;
  }
  if (!outlet) return title;
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const site = folded(outlet);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (folded(last) === site) return title.slice(0, title.length - last.length).replace(/\s+[|–—\-:·•»/]\s*$/u, '').trim();
  if (folded(first) === site) return title.slice(first.length).replace(/^\s*[|–—\-:·•»/]\s+/u, '').trim();
  return title;
}

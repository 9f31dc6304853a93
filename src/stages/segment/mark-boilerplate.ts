/**
 * Sets apart the text around the article: navigation and credits above it,
 * promotional and author footers below it, and lines no article contains
 * ("Tous droits réservés", "Read more: …"). A paragraph becomes boilerplate
 * only on strong evidence: a cue of `boilerplate.tsv` (or a navigation shape)
 * in a short paragraph where that cue counts.
 */
import type { SegmentPass } from './segment-state.ts';
import type { Paragraph } from '../../core/layers.ts';
import type { Draft } from '../../core/stage.ts';
import type { SegmentData } from './load-segment-data.ts';
import { countWords, endsWithPunctuation, isProse } from './paragraph-shape.ts';

/** At most this many lines open a text before its prose (menu, section, kicker, title, byline, date, reading time). */
const TOP_LINES = 8;
/** Longest line that can be navigation or a credit above the article. */
const TOP_CHARS = 160;
/** Footers are scanned from the end over at most this many paragraphs, each at most this long. */
const BOTTOM_LINES = 6;
const BOTTOM_CHARS = 400;
/** Longest line holding an `anywhere` cue ("Lire aussi : <a title>"), and longest linked title under a bare "Lire aussi". */
const ANYWHERE_CHARS = 220;
const LINKED_TITLE_CHARS = 160;

/** "ActualitésInternational", "NewsWorldEurope": menu words glued together by text extraction. */
const GLUED_MENU = /^(?:\p{Lu}[\p{Ll}\p{M}]+){2,}$/u;
/** "Accueil > Monde", "France 24 • 01/02/2022": separators of breadcrumbs and metadata lines. */
const SEPARATOR = /[\s\u00A0](?:>|›|\||•|·|\/|»)[\s\u00A0]/gu;
const METADATA_SEPARATOR = /[\s\u00A0](?:>|›|•|·)[\s\u00A0]/u;
/** A French opening guillemet: then " » " closes a quote, it is no separator. */
const GUILLEMET = /«/u;
/** "Par Jeanne Martin", "By John Smith and Ann Lee": capitalised names after the byline cue. */
const BYLINE_NAMES = /^[\s\u00A0]*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?![\p{L}\p{M}.'’-])[\s\u00A0,/|•—–-]*|(?:and|et|de|du|van|von|le|la)[\s\u00A0]+)+$/u;
/** What may follow the names: ", envoyé spécial à Kyiv", "(Budapest)", "— Reuters"; no sentence inside. */
const BYLINE_TAIL = /^(.*?)(?:[,(—–][^.!?]{0,60})?$/u;
/** Bylines sit among the first lines, sometimes after a photo caption or the title. */
const BYLINE_LINES = 6;

/**
 * Marks boilerplate paragraphs (role `boilerplate`); they get no sentences.
 *
 * @example
 * // "ActualitésInternational\nTitre\nTexte…\nAbonnez-vous à notre newsletter." → first and last lines are boilerplate
 */
export const markBoilerplate: SegmentPass = (state, data) => {
  const texts = state.paragraphs.map((p) => state.text.slice(p.start, p.end));
  const rules = new Map<number, string>();
  // The top region (navigation, kicker, byline) ends at the first paragraph of prose.
  const firstProse = texts.findIndex((text) => isProse(text));
  const topEnd = Math.min(TOP_LINES, firstProse < 0 ? texts.length : firstProse);
  for (let i = 0; i < Math.min(texts.length, Math.max(topEnd, BYLINE_LINES)); i++) {
    const text = texts[i] ?? '';
    const rule = i < topEnd ? topRule(text, data) : isByline(text, data) ? 'byline' : null;
    if (rule) rules.set(i, rule);
  }
  markSectionLabels(texts, topEnd, rules);
  // The first paragraph of prose is the article, whatever its words ("…will launch a newsletter for citizens.").
  const bottomFloor = Math.max(firstProse + 1, texts.length - BOTTOM_LINES, 0);
  const run: number[] = [];
  let cued = false;
  for (let i = texts.length - 1; i >= bottomFloor; i--) {
    const text = texts[i] ?? '';
    const cue = text.length <= BOTTOM_CHARS && (data.boilerplate.bottom.test(text) || data.boilerplate.anywhere.test(text));
    if (!cue && !isButton(text)) break;
    cued ||= cue;
    run.push(i);
  }
  // "Facebook", "Twitter" under "Partager": button labels count only in a run that holds a cue.
  if (cued) for (const i of run) rules.set(i, 'bottom-cue');
  texts.forEach((text, i) => {
    if (rules.has(i) || text.length > ANYWHERE_CHARS || !data.boilerplate.anywhere.test(text)) return;
    rules.set(i, 'anywhere-cue');
    // "Lire aussi" alone on its line: the next line is the title of the linked article.
    const next = texts[i + 1];
    if (isButton(text) && next !== undefined && next.length <= LINKED_TITLE_CHARS && !endsWithPunctuation(next)) rules.set(i + 1, 'linked-title');
  });
  if (rules.size === 0) return state;
  const paragraphs = state.paragraphs.map((p, i): Draft<Paragraph> => {
    const rule = rules.get(i);
    return rule ? { ...p, role: 'boilerplate', rule } : p;
  });
  return { ...state, paragraphs };
};

/** A button or menu label: one to three words, no digits, no final punctuation ("Facebook", "S'inscrire"). */
function isButton(text: string): boolean {
  return text.length <= 40 && countWords(text) <= 3 && !/\p{N}/u.test(text) && !endsWithPunctuation(text);
}

/** "Par Jeanne Martin", "By Ann Lee / Associated Press": the byline cue, then names only. */
function isByline(text: string, data: SegmentData): boolean {
  if (text.length > TOP_CHARS) return false;
  const end = data.boilerplate.byline.endOf(text);
  if (end < 0) return false;
  const rest = text.slice(end);
  const names = BYLINE_TAIL.exec(rest)?.[1] ?? rest;
  return names.trim() !== '' && (BYLINE_NAMES.test(rest) || BYLINE_NAMES.test(names));
}

/** Why a line above the prose is boilerplate, or null. */
function topRule(text: string, data: SegmentData): string | null {
  if (text.length > TOP_CHARS) return null;
  if (data.boilerplate.top.test(text) || data.boilerplate.anywhere.test(text)) return 'top-cue';
  if (isByline(text, data)) return 'byline';
  if (GLUED_MENU.test(text)) return 'glued-menu';
  const separators = GUILLEMET.test(text) ? 0 : (text.match(SEPARATOR)?.length ?? 0);
  // One "|" or "/" may sit in a title ("Russie / Ukraine : …"); one bullet or chevron in a short line is metadata.
  if (separators >= 2 || (separators === 1 && text.length <= 60 && METADATA_SEPARATOR.test(text))) return 'breadcrumb';
  return null;
}

/**
 * "Ukraine" or "World" alone above or below the headline: a section label.
 * A line of one or two words is one only when a longer line stands beside it
 * above the prose; alone, it is the title ("Brexit chaos").
 */
function markSectionLabels(texts: readonly string[], topEnd: number, rules: Map<number, string>): void {
  const open = [...Array(topEnd).keys()].filter((i) => !rules.has(i));
  const words = new Map(open.map((i) => [i, countWords(texts[i] ?? '')]));
  const longest = Math.max(0, ...words.values());
  for (const i of open) {
    const text = texts[i] ?? '';
    const count = words.get(i) ?? 0;
    if (count <= 2 && count < longest && !/\p{N}/u.test(text) && !endsWithPunctuation(text)) rules.set(i, 'section-label');
  }
}

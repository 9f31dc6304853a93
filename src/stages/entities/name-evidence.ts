/**
 * Context that makes a capitalised run a person: a title before it ("M.",
 * "le ministre sud-coréen de la Défense, Shin Won-sik", "Defence Minister")
 * or a role in apposition after it ("Kim Song, ambassadeur de…",
 * "Pat Ryder, a Pentagon spokesman").
 */
import { compileGazetteer } from './compile-gazetteer.ts';
import type { Shapes, Title } from './compile-shapes.ts';
import { foldForMatch } from './fold-for-match.ts';
import type { Word } from './scan-words.ts';
import type { Work } from './work.ts';

const WINDOW = 6;

/**
 * The title ending at word `end - 1` (longest first), with the index where it starts.
 *
 * @example
 * titleEndingAt(words, 2, text, shapes); // "Premier ministre Attal" → { title, start: 0 }
 */
export function titleEndingAt(words: readonly Word[], end: number, text: string, shapes: Shapes): { title: Title; start: number } | null {
  const tail = words[end - 1];
  if (!tail || !(shapes.titleEnds.has(tail.fold) || (text[tail.end] === '.' && shapes.titleEnds.has(`${tail.fold}.`)))) return null;
  for (let length = Math.min(shapes.longestTitle, end); length >= 1; length--) {
    const parts = words.slice(end - length, end);
    const key = parts.map((word) => word.fold).join(' ');
    const last = parts[parts.length - 1];
    const dotted = last && text[last.end] === '.' ? `${key}.` : null;
    const title = shapes.titles.get(key) ?? (dotted ? shapes.titles.get(dotted) : undefined);
    if (title) return { title, start: end - length };
  }
  return null;
}

/**
 * The title that makes the run starting at word `from` a person, looking back
 * over modifiers (demonyms, particles, capitalised words) and one comma.
 *
 * @example
 * titleBefore(work, words, 5, shapes); // "le ministre sud-coréen de la Défense, Shin…" → ministre
 */
export function titleBefore(work: Work, words: readonly Word[], from: number, shapes: Shapes): Title | null {
  const text = work.doc.text;
  // "vice-président de la Liste serbe": a name after an article is the body the title belongs to, not its holder
  const previous = words[from - 1];
  if (previous && shapes.articles.has(previous.key) && /^[\s'’]*$/u.test(text.slice(previous.end, words[from]!.start))) return null;
  let comma = false;
  for (let j = from; j > 0 && from - j <= WINDOW; j--) {
    const gap = text.slice(words[j - 1]!.end, words[j]?.start ?? words[j - 1]!.end);
    if (/[^\s'’]/u.test(gap)) {
      if (comma || gap.trim() !== ',') return null;
      comma = true;
    }
    const found = titleEndingAt(words, j, text, shapes);
    if (found && (found.title.kind === 'function' || (j === from && !comma))) return found.title;
    // "la porte-parole du gouvernement, Prisca Thevenot": after an apposition comma, any short complement
    const apposition = comma && from - j < 4 && /,\s*$/u.test(text.slice(words[from - 1]!.end, words[from]!.start));
    if (!apposition && !isModifier(work, words[j - 1]!, shapes)) return null;
  }
  return null;
}

/**
 * A role right after a comma makes the run before it a person.
 *
 * @example
 * titleAfter(work, words, 2, shapes); // "Kim Song, ambassadeur de Corée du Nord" → ambassadeur
 */
export function titleAfter(work: Work, words: readonly Word[], to: number, shapes: Shapes): Title | null {
  const text = work.doc.text;
  const last = words[to - 1];
  const next = words[to];
  if (!last || !next || !/^\s*,\s*$/u.test(text.slice(last.end, next.start))) return null;
  for (let end = to + 1; end <= words.length && end - to <= WINDOW; end++) {
    const found = titleEndingAt(words, end, text, shapes);
    if (found && found.start >= to && found.title.kind === 'function') return found.title;
    const word = words[end - 1]!;
    if (!shapes.articles.has(word.key) && !isModifier(work, word, shapes)) return null;
    const following = words[end];
    if (following && /[^\s'’]/u.test(text.slice(word.end, following.start))) return null;
  }
  return null;
}

function isModifier(work: Work, word: Word, shapes: Shapes): boolean {
  const key = word.key;
  if (word.capitalised || shapes.particles.has(key) || shapes.articles.has(key)) return true;
  if (shapes.titles.has(word.fold)) return true;
  return compileGazetteer(work.lang).demonyms.has(foldForMatch(word.text));
}


/**
 * Pass: a person's mention takes in the honorific written right before it
 * ("M. Abdollahian", "Mme Dupont", "Mr. Smith"), so the mention is the
 * phrase a reader sees; the entity key stays the name alone.
 */
import { escapeRegExp } from '../../core/words.ts';
import { compileShapes } from './compile-shapes.ts';
import { sortCandidates, type Work } from './work.ts';

/**
 * Widens person mentions over a preceding honorific.
 *
 * @example
 * extendHonorifics(work); // "M. Abdollahian" instead of "Abdollahian"
 */
export function extendHonorifics(work: Work): Work {
  const before = work.lang.memo('entities/honorific-before', () => {
    const shapes = compileShapes(work.lang);
    const forms = [...shapes.titles].filter(([, title]) => title.kind === 'honorific').map(([form]) => form);
    const body = forms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)';
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})[ \\u00A0\\u202F]+$`, 'iu');
  });
  const text = work.doc.text;
  const mentions = work.mentions.map((m) => {
    if (m.kind !== 'person' || m.form === 'role' || m.form === 'pronoun') return m;
    const found = before.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (!found || !/^\p{Lu}/u.test(found[0])) return m;
    return { ...m, start: m.start - found[0].length };
  });
  return { ...work, mentions: sortCandidates(mentions) };
}

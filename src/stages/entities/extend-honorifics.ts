/**
 * Pass: a person's mention takes in the honorific written right before it
 * ("M. Abdollahian", "Mme Dupont", "Mr. Smith"), or the role noun of the same
 * person right before it ("le président Lula": the role mention runs on over the
 * name, which keeps its own), so a mention is the phrase a reader sees; the
 * entity key stays the name alone.
 */
import { escapeRegExp } from '../../core/words.ts';
import { compileShapes } from './compile-shapes.ts';
import { sortCandidates, type Candidate, type Work } from './work.ts';

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
  const titles = titlesBeforeNames(work);
  const mentions = work.mentions.map((m) => {
    // the role takes in the name after it; the name keeps its own mention
    if (m.form === 'role') return titles.has(m) ? { ...m, end: titles.get(m)!.end } : m;
    if (m.kind !== 'person' || m.form === 'pronoun') return m;
    const found = before.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (!found || !/^\p{Lu}/u.test(found[0])) return m;
    return { ...m, start: m.start - found[0].length };
  });
  return { ...work, mentions: sortCandidates(mentions) };
}

/**
 * "le président Lula", "President Lula": a role mention right before a name of the same person (one space between)
 * is the title of that name: role → name.
 */
function titlesBeforeNames(work: Work): Map<Candidate, Candidate> {
  const pairs = new Map<Candidate, Candidate>();
  const roleEndingAt = new Map<number, Candidate>();
  for (const m of work.mentions) if (m.kind === 'person' && m.form === 'role') roleEndingAt.set(m.end, m);
  if (roleEndingAt.size === 0) return pairs;
  const text = work.doc.text;
  for (const m of work.mentions) {
    if (m.kind !== 'person' || m.form === 'role' || m.form === 'pronoun' || !/^[ \u00A0]$/u.test(text.charAt(m.start - 1))) continue;
    const role = roleEndingAt.get(m.start - 1);
    if (!role || role.key !== m.key) continue;
    pairs.set(role, m);
  }
  return pairs;
}

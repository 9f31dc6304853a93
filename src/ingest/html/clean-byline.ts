/**
 * Raw bylines → author names. Pages print who wrote the piece with cue words,
 * datelines, job titles and wire services around the names:
 * "Par Jean Dupont (Budapest, envoyé spécial)", "By Jane Doe and John Roe,
 * Reuters", "Jean Dupont avec AFP". The cue words are data
 * (lang/<xx>/ingest-bylines.tsv), read for every language since a page's
 * language is not known yet when its byline is read.
 */
import { loadLanguage, supportedLanguages } from '../../lang/load.ts';
import { foldTypography, phrasePattern } from '../../core/words.ts';

interface BylineCues {
  readonly prefix: RegExp;
  readonly joiner: RegExp;
  readonly withTail: RegExp;
  readonly role: RegExp;
  readonly roleTail: RegExp;
  readonly agency: RegExp;
  readonly place: RegExp;
}

let cues: BylineCues | null = null;

function alternation(forms: readonly string[]): string {
  return [...new Set(forms)].sort((a, b) => b.length - a.length).map(phrasePattern).join('|') || '(?!)';
}

function bylineCues(): BylineCues {
  if (cues) return cues;
  const forms = new Map<string, string[]>();
  for (const code of supportedLanguages()) {
    for (const row of loadLanguage(code).table('ingest-bylines')) {
      const list = forms.get(row['kind'] ?? '') ?? [];
      list.push(...(row['forms'] ?? '').split('|').filter(Boolean));
      forms.set(row['kind'] ?? '', list);
    }
  }
  const of = (kind: string): string => alternation(forms.get(kind) ?? []);
  const edge = '(?![\\p{L}\\p{N}])';
  cues = {
    // "Par ", "By ", "Propos recueillis par " at the start, optionally after a colon-less label.
    prefix: new RegExp(`^(?:${of('prefix')})${edge}\\s*:?\\s*`, 'iu'),
    joiner: new RegExp(`\\s*(?:,|;|\\s(?:${of('joiner')})${edge})\\s*`, 'iu'),
    // "avec AFP", "with additional reporting by …": the co-source and all after it.
    withTail: new RegExp(`\\s(?:${of('with')})${edge}.*$`, 'iu'),
    role: new RegExp(`^(?:${of('role')})${edge}`, 'iu'),
    // "Jean Dupont, publié le 7 novembre", "Jane Doe Staff writer": a role after the name ends it.
    roleTail: new RegExp(`\\s(?:${of('role')})${edge}.*$`, 'iu'),
    agency: new RegExp(`^(?:${of('agency')})\\.?$`, 'iu'),
    // "envoyé spécial à Budapest", "Jane Doe in Kyiv": a preposition and a capitalised place at the end.
    place: new RegExp(`\\s(?:${of('place')})\\s+\\p{Lu}[\\p{L}\\s'-]*$`, 'u'),
  };
  return cues;
}

/**
 * The author names of a byline joined by ", ", or null when none is left.
 *
 * @example
 * cleanByline('Par Jean Dupont (Budapest, envoyé spécial)'); // 'Jean Dupont'
 * cleanByline('By Jane Doe and John Roe, Reuters');          // 'Jane Doe, John Roe'
 * cleanByline('Jean Dupont avec AFP');                       // 'Jean Dupont'
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const { prefix, joiner, withTail, role, roleTail, agency, place } = bylineCues();
  let text = foldTypography(raw)
    .slice(0, 500)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ') // (Budapest, envoyé spécial)
    .replace(/\s+/g, ' ')
    .trim();
  // "Jane Doe | Reuters", "Jean Dupont - AFP": a wire service after a dash or bar.
  text = text.replace(/\s+[-–—|/·•]\s+/g, ', ');
  text = text.replace(prefix, '').replace(withTail, '');
  const names = text
    .split(joiner)
    .map((part) =>
      part
        .replace(prefix, '')
        .replace(roleTail, '')
        // "Jean Dupont 07/11/2024 à 10h" → "Jean Dupont"; "March 4, 2024" → "" (one word before a number is a date).
        .replace(/^(\S+)\s+\p{N}.*$/u, '')
        .replace(/\s+\p{N}.*$/u, '')
        .replace(place, '')
        .replace(/[.,;:]+$/, '')
        .trim(),
    )
    .filter((part) => part !== '' && !role.test(part) && !agency.test(part) && looksLikeName(part));
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join(', ') : null;
}

/** A name: letters (with inner dots, hyphens, apostrophes), at most six words, no digits, at least one capital. */
function looksLikeName(part: string): boolean {
  if (/\p{N}|@|https?:/u.test(part)) return false;
  const words = part.split(' ');
  return words.length <= 6 && /\p{Lu}/u.test(part);
}

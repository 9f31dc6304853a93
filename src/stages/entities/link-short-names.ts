/**
 * Pass 4: a surname alone ("Dupont", "M. Dupont") after or before the full
 * name ("Jean Dupont") of a person of the doc is a mention of that person.
 * A surname shared by two people of the doc stays unlinked.
 */
import { compileShapes } from './compile-shapes.ts';
import { SpanIndex } from './span-index.ts';
import { sentenceWords, sortCandidates, type Candidate, type Work } from './work.ts';

/**
 * Links lone surnames to the full-named people of the doc.
 *
 * @example
 * linkShortNames(work); // "Jean Dupont … Dupont a dit" → both mentions of "Jean Dupont"
 */
export function linkShortNames(work: Work): Work {
  const shapes = compileShapes(work.lang);
  const owners = new Map<string, Set<Candidate>>();
  for (const mention of work.mentions) {
    if (mention.kind !== 'person' || mention.form === 'role') continue;
    const parts = mention.key.split(' ');
    if (parts.length < 2) continue;
    // "Park Jin-ho" → "Park": a family name written first is the short form
    const familyFirst = parts.length === 2 && shapes.givenNames.get(parts[0]!)?.order === 'family';
    const surname = familyFirst ? parts[0]! : parts[parts.length - 1]!;
    if (!owners.has(surname)) owners.set(surname, new Set());
    owners.get(surname)!.add(mention);
  }
  const owner = (surname: string): Candidate | null => {
    const set = owners.get(surname);
    if (!set) return null;
    const keys = new Set([...set].map((m) => m.key));
    return keys.size === 1 ? [...set][0]! : null;
  };
  // "M. Abdollahian" found by shape as a one-word person: the full-named one, spelling variants included
  // ("M. Abdollahiyan" after "Hossein Amir-Abdollahian").
  const near = (surname: string): Candidate | null => {
    if (surname.length < 6) return null;
    const close = [...owners.keys()].filter((known) => known.length >= 6 && editDistance(lastPart(known), surname) <= 2);
    return close.length === 1 ? owner(close[0]!) : null;
  };
  const relinked = work.mentions.map((mention): Candidate => {
    if (mention.kind !== 'person' || mention.known || mention.key.includes(' ')) return mention;
    const full = owner(mention.key) ?? near(mention.key);
    return full ? { ...full, start: mention.start, end: mention.end, form: 'alias', rule: 'surname-of-full-name', gender: mention.gender || full.gender } : mention;
  });
  const added: Candidate[] = [];
  const index = new SpanIndex(relinked);
  const taken = (start: number, end: number) => index.overlapping(start, end).length > 0;
  for (let index = 0; index < work.sentences.length; index++) {
    for (const word of sentenceWords(work, index)) {
      if (!word.capitalised) continue;
      const full = owner(word.text);
      if (!full || taken(word.start, word.end)) continue;
      added.push({ ...full, start: word.start, end: word.end, form: 'alias', rule: 'surname-of-full-name' });
    }
  }
  return { ...work, mentions: sortCandidates([...relinked, ...added]) };
}

function lastPart(name: string): string {
  return name.split('-').pop() ?? name;
}

/**
 * Levenshtein distance, for short surnames only.
 *
 * @example
 * editDistance('Abdollahian', 'Abdollahiyan'); // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

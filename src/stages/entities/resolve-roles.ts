/**
 * Pass 5: role nouns as mentions of people. A role in apposition names the
 * person next to it ("Antonio Guterres, secrétaire général de l'ONU", "le
 * secrétaire général de l'ONU Antonio Guterres", "Kremlin spokesman Dmitry
 * Peskov") and binds the office to them for the rest of the doc; otherwise the
 * office and its state or body give the holder at the publication date
 * (`world/offices.tsv`); a bare role ("le secrétaire général") takes the bound
 * person, or the only holder of that office among the bodies of the doc.
 */
import { escapeRegExp } from '../../core/words.ts';
import { compileGazetteer, type Office } from './compile-gazetteer.ts';
import { compileShapes, titleKey, type Shapes } from './compile-shapes.ts';
import { findRolePhrases, type RolePhrase } from './find-role-phrases.ts';
import { SpanIndex } from './span-index.ts';
import { sentenceIndexAt, sortCandidates, type Candidate, type Work } from './work.ts';

const APPOSITION_AFTER = /^\s*[,(]?\s*$/u;

interface Binding {
  readonly offices: readonly string[];
  readonly of: string | null;
  readonly person: Candidate;
  readonly at: number;
}

/**
 * Adds a `role` mention for every role phrase whose holder is found.
 *
 * @example
 * resolveRoles(work); // "le patron de l'OTAN" (published 2024-11-07) → Mark Rutte, form role
 */
export function resolveRoles(work: Work): Work {
  const text = work.doc.text;
  const appositionBefore = work.lang.memo('entities/apposition-before', () => {
    const articles = [...compileShapes(work.lang).articles].map((a) => escapeRegExp(a).replace(/'/g, "['’]"));
    // "Mark Rutte, secrétaire général…", "Pat Ryder, a Pentagon spokesman"
    return new RegExp(`,\\s*(?:(?:${articles.join('|') || '(?!)'})\\s*)?$`, 'iu');
  });
  const shapes = compileShapes(work.lang);
  const people = new SpanIndex(work.mentions.filter((m) => m.kind === 'person'));
  const phrases = findRolePhrases(work);
  const apposed = new Map<RolePhrase, Candidate>();
  for (const phrase of phrases) {
    const next = people.firstFrom(phrase.end);
    // "armed forces chief General Romeo Santos", "le porte-parole, le colonel Amadou Dialla": a rank may stand between
    const after = next && next.start - phrase.end < 40 && APPOSITION_AFTER.test(withoutTitles(text.slice(phrase.end, next.start), shapes)) ? next : undefined;
    const previous = people.lastBefore(phrase.start);
    const before = previous && phrase.start - previous.end < 12 && appositionBefore.test(text.slice(previous.end, phrase.start)) ? previous : undefined;
    const person = after ?? before;
    if (person) apposed.set(phrase, person);
  }
  // a title with no office ("conseiller", "analyst") names only the person it stands beside, and binds nothing
  // … and a vague noun binds only with its body ("NATO chief Mark Rutte", not "armed forces chief General X")
  const bindings: Binding[] = [...apposed].filter(([phrase]) => phrase.offices.length > 0 && (phrase.form.bare || phrase.of !== null))
    .map(([phrase, person]) => ({ offices: phrase.offices, of: phrase.of, person, at: phrase.start }));
  const docKeys = new Set(work.mentions.map((m) => m.key));
  const added: Candidate[] = [];
  for (const phrase of phrases) {
    const holder = apposed.get(phrase) ?? (phrase.offices.length > 0 ? holderOf(work, phrase, bindings, docKeys) : null);
    if (!holder) continue;
    // "South Korea's defence minister … the minister said": a resolved role binds its office too
    if (!apposed.has(phrase) && phrase.of) bindings.push({ offices: phrase.offices, of: phrase.of, person: holder, at: phrase.start });
    added.push({
      start: phrase.start,
      end: phrase.end,
      key: holder.key,
      kind: 'person',
      form: 'role',
      rule: apposed.has(phrase) ? 'role-apposition' : phrase.of ? 'role-office-holder' : 'role-bare',
      known: holder.known,
      gender: holder.gender || phrase.form.gender,
      role: { offices: phrase.offices, of: phrase.of },
    });
  }
  const roles = new SpanIndex(added);
  // "NATO Secretary General" found by shape is all role; a title with no office keeps the names it reaches ("researcher at X University")
  const kept = work.mentions.filter((m) => !(m.form === 'shape' && m.kind !== 'person'
    && roles.overlapping(m.start, m.end).some((r) => (r.role?.offices.length ?? 0) > 0 && m.start >= r.start && m.end <= r.end)));
  return { ...work, mentions: sortCandidates([...kept, ...added]) };
}

/** The gap between a role and a name with its title and rank words taken out ("General ", ", le colonel "). */
function withoutTitles(gap: string, shapes: Shapes): string {
  if (gap.length < 8) return gap;
  const words = gap.split(/([\s,(]+)/u);
  return words.filter((part) => !shapes.titles.has(titleKey(part.replace(/\.$/u, ''))) && !shapes.titles.has(titleKey(part))
    && !shapes.articles.has(part.toLowerCase())).join('');
}

function holderOf(work: Work, phrase: RolePhrase, bindings: readonly Binding[], docKeys: Set<string>): Candidate | null {
  const gazetteer = compileGazetteer(work.lang);
  const date = work.doc.published;
  const shares = (offices: readonly string[]) => offices.some((o) => phrase.offices.includes(o));
  if (phrase.offices.includes(COUNTERPART)) return phrase.of ? counterpartOf(work, phrase.start, phrase.of) : null;
  if (phrase.of) {
    // "Israeli Prime Minister Benjamin Netanyahu … the Israeli leader": a vague noun takes the person bound to that state
    const bound = bindings.filter((b) => (shares(b.offices) || !phrase.form.bare) && b.of === phrase.of && b.at < phrase.start).pop()
      ?? bindings.find((b) => shares(b.offices) && b.of === phrase.of);
    if (bound) return bound.person;
    const rows = gazetteer.offices.filter((o) => phrase.offices.includes(o.office) && o.of === phrase.of);
    // A holder the doc names wins over the one in force ("South Korea's defence minister" in a 2023 story about Shin Won-sik)
    const named = [...new Set(rows.filter((o) => docKeys.has(o.holder)).map((o) => o.holder))];
    if (named.length === 1) return personFor(work, named[0]!);
    if (!phrase.form.bare && new Set(rows.map((o) => o.office)).size > 1) return null;
    const office = currentHolder(rows, date);
    return office ? personFor(work, office.holder) : null;
  }
  const earlier = bindings.filter((b) => shares(b.offices) && b.at < phrase.start).pop();
  const later = bindings.find((b) => shares(b.offices));
  if (earlier ?? later) return (earlier ?? later)!.person;
  if (!phrase.form.bare) return null;
  const holders = new Set<string>();
  for (const key of docKeys) {
    const office = currentHolder(gazetteer.offices.filter((o) => phrase.offices.includes(o.office) && o.of === key), date);
    if (office) holders.add(office.holder);
  }
  return holders.size === 1 ? personFor(work, [...holders][0]!) : null;
}

/** The pseudo-office of "counterpart" / « homologue » rows in roles.tsv. */
const COUNTERPART = 'counterpart';
/** Sentences before a counterpart noun where the person it is the counterpart of may stand. */
const COUNTERPART_LOOK_BACK = 2;

/**
 * "Kim Jong-un … son homologue russe": the holder, in state `of`, of an office that the latest person named before
 * `at` holds elsewhere at the publication date (head of state → head of state).
 *
 * @example
 * counterpartOf(work, at, 'Russia'); // after "Kim Jong-un a reçu…": Vladimir Putin
 */
function counterpartOf(work: Work, at: number, of: string): Candidate | null {
  const { offices } = compileGazetteer(work.lang);
  const date = work.doc.published;
  const index = sentenceIndexAt(work.sentences, at);
  const from = work.sentences[Math.max(0, index - COUNTERPART_LOOK_BACK)]?.start ?? 0;
  const people = work.mentions.filter((m) => m.kind === 'person' && m.start >= from && m.end <= at).sort((a, b) => b.start - a.start);
  for (const person of people) {
    const held = offices.filter((o) => o.holder === person.key && o.of !== of && currentHolder([o], date) !== null).map((o) => o.office);
    for (const office of held) {
      const holder = currentHolder(offices.filter((o) => o.office === office && o.of === of), date);
      if (holder && holder.holder !== person.key) return personFor(work, holder.holder);
    }
  }
  return null;
}

/**
 * The office row in force at `date` (or the latest when no date).
 *
 * @example
 * currentHolder(rows, '2024-11-07')?.holder; // "Mark Rutte" for NATO's secretary-general
 */
export function currentHolder(rows: readonly Office[], date: string | null): Office | null {
  if (date) {
    const inForce = rows.filter((o) => (!o.from || o.from <= date) && (!o.to || date <= o.to));
    return inForce.sort((a, b) => b.from.localeCompare(a.from))[0] ?? null;
  }
  const open = rows.filter((o) => !o.to);
  return [...(open.length > 0 ? open : rows)].sort((a, b) => b.from.localeCompare(a.from))[0] ?? null;
}

const firstByKey = new WeakMap<Work, Map<string, Candidate>>();

function personFor(work: Work, key: string): Candidate | null {
  let byKey = firstByKey.get(work);
  if (!byKey) {
    byKey = new Map();
    for (const m of work.mentions) if (!byKey.has(m.key)) byKey.set(m.key, m);
    firstByKey.set(work, byKey);
  }
  const seen = byKey.get(key);
  if (seen) return seen;
  const facts = compileGazetteer(work.lang).entities.get(key);
  if (!facts) return null;
  return { start: 0, end: 0, key, kind: 'person', form: 'role', rule: 'role-office-holder', known: true, gender: facts.gender };
}

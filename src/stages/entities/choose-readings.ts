/**
 * Pass 2: turns each gazetteer match into one mention by choosing its reading.
 * A capital or seat stands for its state ("Pyongyang fournirait", "d'après
 * Washington") unless a locative preposition makes it a location ("arrivé à
 * Pyongyang" → the city, when the gazetteer has it) — but "fournirait des
 * armes à Moscou" is a recipient, so the state. Demonyms are mentions of their
 * state ("l'armée russe"). Short names ("Rutte") count only when unambiguous or
 * when the full name occurs in the doc.
 */
import type { EntityKind, MentionForm } from '../../core/layers.ts';
import { compileGazetteer, type Gazetteer } from './compile-gazetteer.ts';
import { compileLocatives, isLocativeAt, type Locatives } from './compile-locatives.ts';
import { sentenceIndexAt, type Candidate, type GazetteerMatch, type Reading, type Work } from './work.ts';

const KIND_ORDER: readonly EntityKind[] = ['country', 'organization', 'person', 'group', 'place'];

/**
 * Chooses one reading per gazetteer match and adds the resulting mentions.
 *
 * @example
 * chooseReadings(matchGazetteer(work)).mentions.map((m) => m.key); // ['North Korea', 'Russia']
 */
export function chooseReadings(work: Work): Work {
  const gazetteer = compileGazetteer(work.lang);
  const locatives = compileLocatives(work.lang);
  const named = new Set(work.matches.flatMap((match) => match.readings.filter((r) => r.form === 'name').map((r) => r.key)));
  const mentions: Candidate[] = [...work.mentions];
  for (const match of work.matches) {
    const chosen = choose(work, match, gazetteer, locatives, named);
    if (!chosen) continue;
    const facts = gazetteer.entities.get(chosen.reading.key);
    if (!facts) continue;
    mentions.push({
      start: match.start,
      end: match.end,
      key: facts.key,
      kind: facts.kind,
      form: chosen.form,
      rule: chosen.rule,
      known: true,
      gender: facts.gender,
    });
  }
  return { ...work, mentions };
}

interface Choice {
  readonly reading: Reading;
  readonly form: MentionForm;
  readonly rule: string;
}

function choose(work: Work, match: GazetteerMatch, gazetteer: Gazetteer, locatives: Locatives, named: Set<string>): Choice | null {
  // "Fatah-360", "Shahed-136": a name with a model number is a weapon's or a product's, not the entity's
  if (/^[-‐‑][0-9]/u.test(work.doc.text.slice(match.end, match.end + 2))) return null;
  const readings = match.readings;
  const states = readings.filter((r) => r.form === 'capital' || r.form === 'seat');
  const names = readings.filter((r) => r.form === 'name');
  const kindOf = (r: Reading) => KIND_ORDER.indexOf(gazetteer.entities.get(r.key)?.kind ?? 'place');
  const byKind = (list: readonly Reading[]) => [...list].sort((a, b) => kindOf(a) - kindOf(b));
  const places = names.filter((r) => gazetteer.entities.get(r.key)?.kind === 'place');
  if (states.length > 0) {
    // "according to Seoul": the "to" of an attribution phrase is no locative; the capital speaks for its state.
    if (places[0] && isLocative(work, match, locatives) && !afterAttribution(work, match)) return { reading: places[0], form: 'name', rule: 'capital-as-place' };
    if (places[0] && isDateline(work, match)) return { reading: places[0], form: 'name', rule: 'dateline-place' };
    return { reading: states[0]!, form: 'capital', rule: states[0]!.form === 'seat' ? 'seat-as-state' : 'capital-as-state' };
  }
  const name = byKind(names)[0];
  if (name) return { reading: name, form: 'name', rule: 'gazetteer-name' };
  const demonym = readings.find((r) => r.form === 'demonym');
  if (demonym) return { reading: demonym, form: 'demonym', rule: 'demonym-as-state' };
  const shorts = readings.filter((r) => r.form === 'short');
  const introduced = shorts.filter((r) => named.has(r.key));
  if (introduced.length === 1) return { reading: introduced[0]!, form: 'alias', rule: 'short-name-after-full' };
  if (shorts.length === 1) return { reading: shorts[0]!, form: 'alias', rule: 'short-name-unambiguous' };
  return null;
}

/** "KYIV, Ukraine (AP) —", "BRUSSELS —": an all-caps city opening a paragraph is where the story was filed. */
function isDateline(work: Work, match: GazetteerMatch): boolean {
  const sentence = work.sentences[sentenceIndexAt(work.sentences, match.start)];
  const paragraph = sentence ? work.paragraphs[sentence.paragraph] : undefined;
  if (!paragraph || match.start !== paragraph.start) return false;
  const surface = work.doc.text.slice(match.start, match.end);
  return surface === surface.toUpperCase() && /^\s*[,(—–-]/u.test(work.doc.text.slice(match.end, match.end + 3));
}

/**
 * True when an attribution cue that a source phrase follows (source-cues.tsv
 * kind before-np: "according to", "d'après") ends right before the name.
 */
function afterAttribution(work: Work, match: GazetteerMatch): boolean {
  const cues = work.lang.memo('entities/attribution-cues', () => work.lang.table('source-cues')
    .filter((row) => row.kind === 'before-np' && row.cue).map((row) => row.cue!.toLowerCase()));
  const before = work.doc.text.slice(Math.max(0, match.start - 24), match.start).toLowerCase().replace(/’/gu, "'").trimEnd();
  return cues.some((cue) => before.endsWith(cue) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - cue.length - 1)));
}

/** "arrivé à Pyongyang", "in Moscow" — but not "fournirait des armes à Moscou". */
function isLocative(work: Work, match: GazetteerMatch, locatives: Locatives): boolean {
  const sentence = work.sentences[sentenceIndexAt(work.sentences, match.start)];
  const from = sentence ? sentence.start : Math.max(0, match.start - 200);
  return isLocativeAt(locatives, work.doc.text, from, match.start);
}

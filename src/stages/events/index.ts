/**
 * The events stage: PLOVER events with actor, target, certainty and source,
 * read from trigger patterns and cue lists in `lang/<xx>/` (event-patterns,
 * certainty-cues, source-cues, event-words). The passes run in this order.
 */
import type { Doc } from '../../core/doc.ts';
import type { Event, Mention } from '../../core/layers.ts';
import type { Stage } from '../../core/stage.ts';
import type { Draft } from '../../core/stage.ts';
import { foldTypography } from '../../core/words.ts';
import type { Language } from '../../lang/load.ts';
import type { Candidate, EventContext, EventPass } from './context.ts';
import { findTriggers } from './find-triggers.ts';
import { retypeGoverned } from './retype-governed.ts';
import { dropRequestedActs } from './drop-requested-acts.ts';
import { assignArguments } from './assign-arguments.ts';
import { foldCommitments } from './fold-commitments.ts';
import { markAccusations } from './mark-accusations.ts';
import { judgeCertainty } from './judge-certainty.ts';
import { attributeSource } from './attribute-source.ts';
import { attachDetails } from './attach-details.ts';
import { dedupeEvents } from './dedupe-events.ts';

export const PASSES: readonly EventPass[] = [
  findTriggers, // "fournirait", "les sanctions", "s'est entretenu" → candidates
  retypeGoverned, // "the cancellation of agreements" is a SANCTION, "vowed to crush" a THREATEN
  dropRequestedActs, // "a demandé des sanctions": a call for an act is not the act
  assignArguments, // subject / object / "à X" / "par X" / "la Chine et l'Iran"
  foldCommitments, // "s'engagent à fournir" is the AID, planned, not an AGREE
  markAccusations, // "accusé l'Iran de livrer" → the AID is alleged, by the accuser
  judgeCertainty, // "aurait", "n'a pas", "veut", conditional mood
  attributeSource, // quote speaker, "selon X", "X a déclaré que"
  attachDetails, // quantity, place, date of the clause
  dedupeEvents, // one event per statement
];

/**
 * The events stage.
 *
 * @example
 * analyze({ text: 'Pyongyang fournirait des obus à Moscou.', lang: 'fr' }).get('events')[0]?.certainty.value; // "alleged"
 */
export const events: Stage = {
  name: 'events',
  needs: ['paragraphs', 'sentences', 'tokens', 'entities', 'mentions', 'quotes', 'quantities', 'dates'],
  adds: ['events'],
  run(doc, lang) {
    const context = buildContext(doc, lang);
    const candidates = PASSES.reduce<readonly Candidate[]>((list, pass) => pass(list, context), []);
    return { layers: { events: candidates.map(toEvent).sort((a, b) => a.start - b.start || a.trigger.start - b.trigger.start) } };
  },
};

/**
 * The doc's layers as the passes read them.
 *
 * @example
 * buildContext(doc, loadLanguage('fr')).mentions; // outermost mentions, by start
 */
export function buildContext(doc: Doc, lang: Language): EventContext {
  const entities = new Map(doc.get('entities').map((entity) => [entity.id, entity]));
  return {
    doc, lang, entities,
    text: foldTypography(doc.text),
    sentences: doc.get('sentences'),
    mentions: outermost(doc.get('mentions').filter((m) => entities.has(m.entity)), doc.text),
    quotes: doc.get('quotes'),
    quantities: doc.get('quantities'),
    dates: doc.get('dates'),
  };
}

/**
 * Keeps mentions not inside a longer one ("le secrétaire général de l'OTAN"
 * hides "OTAN") and joins a role and a name of the same entity that touch
 * ("Russian President" + "Vladimir Putin" → one mention).
 */
function outermost(mentions: readonly Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const mention of sorted) {
    const last = out.at(-1);
    if (last && mention.start >= last.start && mention.end <= last.end) continue;
    if (last && last.entity === mention.entity && /^\s+$/u.test(text.slice(last.end, mention.start))) {
      out[out.length - 1] = { ...last, end: mention.end, text: text.slice(last.start, mention.end), form: mention.form };
      continue;
    }
    out.push(mention);
  }
  return out;
}

/** The evidence runs from the first argument or trigger to the last. */
function toEvent(candidate: Candidate): Draft<Event> {
  const spans = [candidate.trigger, candidate.actorSpan, candidate.targetSpan].filter((span) => span !== null);
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  return {
    start, end, rule: `${candidate.pattern.pos}-${candidate.passive ? 'passive' : 'active'}`,
    type: candidate.type, actor: candidate.actor, target: candidate.target,
    trigger: { start: candidate.trigger.start, end: candidate.trigger.end },
    certainty: candidate.certainty ?? { value: 'asserted', cue: null, rule: 'default' },
    source: candidate.source,
    quantity: candidate.quantity ? { value: candidate.quantity.value, unit: candidate.quantity.unit } : null,
    place: candidate.place, date: candidate.date,
  };
}

/**
 * Second pass: actor and target of each trigger from the mentions of its
 * clause, following the frame of its pattern (subject, object, preposition,
 * possessor), with passives ("imposées par X") and coordination ("la Chine et
 * l'Iran" → one event per actor). Candidates without both an actor and a target are dropped.
 */
import { isActorMention, type Candidate, type EventContext } from './context.ts';
import { readWords, wordsIn, type EventWords, type Word } from './read-words.ts';
import { verbReadings, type VerbReading } from '../../lang/morphology.ts';
import { findGovernor } from './find-governor.ts';
import { readSlotWords } from './read-slot-words.ts';
import { SlotReader, type Found } from './read-slots.ts';
import type { Mention } from '../../core/layers.ts';
import { PAIR_RULE } from '../entities/resolve-anaphors.ts';

/** Words allowed between a lone actor and its verb ("Paris a fermement condamné", "Pakistan has repeatedly denied"). */
const ALONE_REACH = 4;

/** Words allowed between a subject and the noun it acts ("Moscou a lancé mardi une vaste offensive"). */
const NOUN_SUBJECT_REACH = 8;

/** Types that hold between two parties either way round. */
const SYMMETRIC: ReadonlySet<string> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Types whose target region stands for its state: force, deployments, aid sent there, visits, withdrawals. */
const PLACE_AS_STATE: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'AID', 'CONSULT', 'RETREAT']);

/** Types whose target may be a place rather than an actor. */
const PLACE_TARGETS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

/**
 * Fills actor and target; one candidate per coordinated actor × target.
 *
 * @example
 * assignArguments(candidates, context); // "Pyongyang livre des obus à Moscou" → North Korea → Russia
 */
export function assignArguments(candidates: readonly Candidate[], context: EventContext): Candidate[] {
  const words = readWords(context.lang);
  const out: Candidate[] = [];
  // Noun triggers by sentence, so a verb looks only at its own sentence's nouns.
  const nounsBySentence = new Map<number, Candidate[]>();
  const verbsBySentence = new Map<number, Candidate[]>();
  for (const other of candidates) {
    const bySentence = other.pattern.pos === 'noun' ? nounsBySentence : verbsBySentence;
    const list = bySentence.get(other.sentence.start) ?? [];
    list.push(other);
    bySentence.set(other.sentence.start, list);
  }
  for (const candidate of candidates) {
    // "Quito's attack on Lima": a word right after a genitive is a noun, never a verb (its noun reading goes on).
    if (candidate.pattern.pos === 'verb' && afterGenitive(context, candidate.trigger.start)) continue;
    // "with help from Oslo": after some prepositions a word that is no gerund is a noun (event-slot-words.tsv noun-after).
    if (candidate.pattern.pos === 'verb' && afterNounPreposition(context, candidate)) continue;
    const reader = new SlotReader(context, words, candidate);
    // "…, warns South Korea": a verb inverted after a comma reports speech, it is no act ("Kiev, frappée par
    // Moscou," is a participle with its agent).
    if (reader.isInverted() && !reader.agent()) continue;
    // "three firms, all accused of aiding Moscow": an accusation without accuser still makes the act alleged.
    if (reader.isBareAccusation()) {
      const accused = reader.slot('subj');
      for (const t of accused?.mentions ?? []) out.push({ ...candidate, targetSpan: t, target: t.entity });
      continue;
    }
    // "s'est dit préoccupé par le déploiement serbe": a frame whose target follows "par"/"by" has no passive.
    const agent = candidate.pattern.target.some((slot) => words.agent.has(slot)) ? null : ownAgent(context, candidate, reader.agent());
    // "sanctioned 31 Chinese firms for aiding Russia": the doer of a gerund after "for" is the nearest party named, not the subject.
    const reasonDoer = !agent && afterReason(context, candidate)
      ? context.mentions.filter((m) => m.start >= candidate.clause.start && m.end <= candidate.trigger.start && isActorMention(context, m)).at(-1) ?? null
      : undefined;
    let target: Found | null = null;
    let actor: Found | null = null;
    if (agent && candidate.pattern.actor.includes('subj')) {
      // "Kyiv a été frappée par Moscou": the subject undergoes; "les sanctions imposées par X contre Y": the frame says.
      actor = agent;
      // "missiles tirés par la Russie en Ukraine": a prepositional target of the frame first, else the subject.
      const prepositional = candidate.pattern.target.filter((slot) => slot !== 'obj' && slot !== 'subj');
      target = firstFound(prepositional, (slot) => reader.slot(slot, agent.mentions))
        ?? (candidate.pattern.pos === 'verb' ? undergoer(context, candidate, reader.slot('subj', [], true)) : null);
    } else {
      target = firstFound(candidate.pattern.target, (slot) => reader.slot(slot));
      const pair = target?.pair ? target : null;
      const go = pair && mediates(candidate, words) ? reader.slot('subj', pair.mentions) : null;
      if (pair && go) {
        // "Cairo and Doha mediate between Kyiv and Moscow": each go-between meets each party.
        actor = { ...go, slot: 'subj' };
      } else if (pair && SYMMETRIC.has(candidate.type)) {
        // "talks between Lavrov, Ushakov and their Turkish hosts": the last named meets each of the others.
        actor = { mentions: pair.mentions.slice(0, -1) };
        target = { mentions: pair.mentions.slice(-1) };
      } else {
        actor = reasonDoer !== undefined
          ? (reasonDoer ? { mentions: [reasonDoer], slot: 'reason' } : null)
          : firstFound(candidate.pattern.actor, (slot) => reader.slot(slot, target?.mentions));
        actor = outsideRelative(context, words, candidate, actor);
        if (modifiesEventNoun(context, nounsBySentence.get(candidate.sentence.start) ?? [], candidate, actor)) actor = null;
        // "Egypt warned that it would expel the Sudanese envoy": a pronoun target that is the actor again is the
        // subject of its own clause; the party after it is the one acted upon.
        const self = target;
        if (self && actor && self.mentions.every((t) => t.form === 'pronoun' && actor?.mentions.some((a) => a.entity === t.entity))) {
          target = firstFound(candidate.pattern.target, (slot) => reader.slot(slot, self.mentions)) ?? self;
        }
      }
    }
    // "Lima received shipments of fuel from Oslo": an aid noun's giver follows "from"; the subject receives it.
    const giver = agent ? null : givenFrom(context, reader, candidate, actor);
    if (giver) {
      const taken = giver.mentions;
      target = firstFound(candidate.pattern.target.filter((slot) => slot !== 'subj' && slot !== giver.slot), (slot) => reader.slot(slot, taken))
        ?? receiver(context, candidate, actor);
      actor = giver;
    }
    // "Lima, amid raids on Quito, met Bogota": an act noun after a preposition of circumstance is not the subject's.
    if (actor?.slot === 'subj' && candidate.pattern.pos === 'noun' && inCircumstance(context, words, candidate)) continue;
    // "Lima condemned the strikes on Quito": the subject of a verb of reaction did not do the act its object names.
    if (actor && reactsTo(context, verbsBySentence.get(candidate.sentence.start) ?? [], candidate, actor)) continue;
    if (!target && actor && candidate.pattern.pos === 'noun') target = reachedBy(context, words, candidate);
    if (!target && actor?.slot === 'subj' && candidate.pattern.pos === 'verb') target = antecedentOwner(context, words, candidate, actor);
    if (!target && PLACE_TARGETS.has(candidate.type)) target = placeBefore(context, candidate, actor);
    // "Chile and Peru concluded a truce": a symmetric act noun that a sealing verb takes joins its coordinated subjects.
    if (!target && actor && actor.mentions.length >= 2 && sealedBySubjects(context, candidate, actor)) {
      target = { mentions: actor.mentions.slice(1) };
      actor = { ...actor, mentions: actor.mentions.slice(0, 1) };
    }
    // A noun far from its actor ("… à contourner les sanctions") states an event only with a target.
    if (candidate.pattern.pos === 'noun' && actor?.slot === 'subj' && !target) continue;
    // "Pyongyang a livré des obus à Moscou des semaines avant le lancement de l'offensive": a noun deep in the
    // sentence is no act of the sentence's subject.
    if (candidate.pattern.pos === 'noun' && actor?.slot === 'subj' && farFrom(context, actor, candidate)) continue;
    let actors = withPartners(context, actor?.mentions ?? []).filter((mention) => isActorMention(context, mention) && !speaksIt(context, candidate, mention));
    // "Israël et le Hamas négocient": a symmetric act between coordinated subjects pairs them.
    if (!target && SYMMETRIC.has(candidate.type) && actors.length >= 2) {
      target = { mentions: actors.slice(1) };
      actors = actors.slice(0, 1);
    }
    // "a condamné l'attaque et appelé les deux parties à la retenue": a name after "et" + a verb belongs to that verb.
    const targets = withPartners(context, target?.mentions ?? [])
      .filter((t) => (t.start <= candidate.trigger.start || !afterNextVerb(context, candidate, t)) && !speaksIt(context, candidate, t));
    // "Paris a condamné l'offensive", "Pakistan denies any role": a trigger marked `alone` stands with its actor.
    if (targets.length === 0 && standsAlone(context, candidate, actor, agent !== null)) {
      for (const a of actors) out.push({ ...candidate, actor: a.entity, actorSpan: a, target: null, targetSpan: null, passive: false });
      continue;
    }
    // Without an actor and a target the clause states no interaction worth an event ("NATO support", "Moscow met").
    for (const a of actors) {
      for (const t of targets) {
        // "Ukrainian troops entered the Kursk region": a region stands for its state when the doc names it.
        const state = PLACE_AS_STATE.has(candidate.type) ? stateOf(context, t.entity) : t.entity;
        if (state === a.entity) continue;
        const isPlace = context.entities.get(state)?.kind === 'place';
        // "quitter la Cédéao" reduces relations; "quitter Kiev" is a journey.
        if (candidate.pattern.kinds.length > 0 && !candidate.pattern.kinds.includes(context.entities.get(state)?.kind ?? '')) continue;
        // A place is acted upon only by force ("Russian strikes on Kharkiv"); elsewhere it is where things happen.
        if (isPlace && !PLACE_TARGETS.has(candidate.type)) continue;
        const place = state !== t.entity ? t.entity : candidate.place;
        // Troops deployed in another state's land fight for it: "déployés dans la région de Koursk" is AID.
        const type = candidate.type === 'MOBILIZE' && state !== t.entity ? 'AID' : candidate.type;
        out.push({ ...candidate, type, actor: a.entity, actorSpan: a, target: state, targetSpan: t, place, passive: agent !== null });
      }
    }
  }
  return out;
}

/**
 * "Kharkiv, where Russian troops advance", « la ville de Kharkiv, où l'armée russe progresse »:
 * a force event inside the clause a relative adverb of place opens, its actor inside too, hits the place or state
 * named right before the adverb.
 */
function placeBefore(context: EventContext, candidate: Candidate, actor: Found | null): Found | null {
  const first = actor?.mentions[0];
  if (!first) return null;
  const relatives = readSlotWords(context.lang).placeRelative;
  const opener = wordsIn(context.text, { start: candidate.sentence.start, end: Math.min(first.start, candidate.trigger.start) })
    .findLast((w) => relatives.has(w.norm));
  if (!opener) return null;
  const antecedent = context.mentions.findLast((m) => m.end <= opener.start && m.start >= candidate.sentence.start);
  if (!antecedent || !/^[\s,]*$/u.test(context.text.slice(antecedent.end, opener.start))) return null;
  const kind = context.entities.get(antecedent.entity)?.kind;
  return kind === 'place' || kind === 'country' ? { mentions: [antecedent], slot: 'where' } : null;
}

/** How many words may stand between an event noun and the verb it is the subject of ("frappes aériennes russes ont"). */
const NOUN_VERB_REACH = 4;

/** How many words may stand between that verb and its object ("ont visé mardi soir Kharkiv"). */
const REACHED_REACH = 6;

/**
 * "Des frappes russes ont visé Kharkiv", "the new EU sanctions target Moscow": an event noun that is the
 * subject of a verb of reaching (event-slot-words.tsv `reach`) hits that verb's object.
 */
function reachedBy(context: EventContext, words: EventWords, candidate: Candidate): Found | null {
  const reach = readSlotWords(context.lang).reach;
  const after = wordsIn(context.text, { start: candidate.trigger.end, end: candidate.clause.end });
  const index = after.slice(0, NOUN_VERB_REACH + 1).findIndex((w) => verbReadings(context.lang, w.norm)
    .some((r) => reach.has(r.lemma) && r.mood !== 'infinitive'));
  const verb = after[index];
  if (!verb) return null;
  // The noun and the verb stand in one phrase: no punctuation, no new noun phrase or preposition between.
  if (/[,;:"«»]/u.test(context.text.slice(candidate.trigger.end, verb.start))) return null;
  if (after.slice(0, index).some((w) => words.det.has(w.norm) || words.prep.has(w.norm) || words.agent.has(w.norm) || words.relative.has(w.norm))) return null;
  const object = context.mentions.find((m) => m.start >= verb.end && m.end <= candidate.clause.end);
  if (!object || wordsIn(context.text, { start: verb.end, end: object.start }).length > REACHED_REACH) return null;
  return findGovernor(context.text, object, verb.end, words, readSlotWords(context.lang).demonymHead) === null ? { mentions: [object], slot: 'reach' } : null;
}

/**
 * "the Iranian proposal that Moscow accepted", « le plan chinois que Moscou a accepté »: a verb in an
 * object relative (event-slot-words.tsv object-relative) with no target of its own acts on the owner of the
 * antecedent, a demonym or "de"/"of" party right before the pronoun (English: with the head noun between).
 */
function antecedentOwner(context: EventContext, words: EventWords, candidate: Candidate, actor: Found): Found | null {
  const subject = actor.mentions[0];
  if (!subject) return null;
  const relatives = readSlotWords(context.lang).objectRelative;
  const before = wordsIn(context.text, { start: candidate.sentence.start, end: subject.start });
  const index = before.findLastIndex((w) => relatives.has(w.norm) || !words.det.has(w.norm));
  const pronoun = before[index];
  if (!pronoun || !relatives.has(pronoun.norm) || /[,;:]/u.test(context.text.slice(pronoun.end, subject.start))) return null;
  const owner = context.mentions.findLast((m) => m.end <= pronoun.start && m.start >= candidate.sentence.start);
  if (!owner || owner.entity === subject.entity || !isActorMention(context, owner)) return null;
  const gap = wordsIn(context.text, { start: owner.end, end: pronoun.start });
  if (gap.length > 1 || /[,;:"«»“”]/u.test(context.text.slice(owner.end, pronoun.start))) return null;
  if (gap.some((w) => verbReadings(context.lang, w.norm).length > 0)) return null;
  const governor = findGovernor(context.text, owner, candidate.sentence.start, words, readSlotWords(context.lang).demonymHead);
  return owner.form === 'demonym' || (governor !== null && words.owner.has(governor)) ? { mentions: [owner], slot: 'antecedent' } : null;
}

/**
 * A frame whose actor is the subject alone and whose target is only a pair ("mediate between", « médiateurs
 * entre »): the subject stands between the two parties, it is not one of them.
 */
function mediates(candidate: Candidate, words: EventWords): boolean {
  const { actor, target } = candidate.pattern;
  return actor.length === 1 && actor[0] === 'subj' && target.length > 0 && target.every((slot) => words.between.has(slot));
}

/**
 * True when a one-participant event may be emitted: the pattern allows it, the
 * trigger is a verb whose actor is the explicit subject standing close, no
 * passive, and no other actor is named after the trigger in its clause.
 */
function standsAlone(context: EventContext, candidate: Candidate, actor: Found | null, passive: boolean): boolean {
  if (!candidate.pattern.alone || passive || !actor) return false;
  // "l'offensive russe": a noun's target is most often told elsewhere in the text, so nouns never stand alone.
  if (candidate.pattern.pos !== 'verb' || actor.slot !== 'subj') return false;
  // "Paris a fermement condamné": the subject stands close; "terrorist attacks", "cette menace" are nouns, not verbs.
  const subject = actor.mentions.at(-1);
  const between = subject ? wordsIn(context.text, { start: subject.end, end: candidate.trigger.start }) : [];
  const words = readWords(context.lang);
  // "Tehran has boarded a tanker, burned a barge, and launched drones": a verb right after the coordinator
  // opening its clause shares the subject of the sentence, however far it stands.
  const opening = wordsIn(context.text, { start: candidate.clause.start, end: candidate.trigger.start });
  const conjoined = subject !== undefined && subject.end <= candidate.clause.start && opening.length === 1
    && wholeCoordinator(words).test(opening[0]!.norm);
  if (!conjoined && (between.length > ALONE_REACH || /[,;]/u.test(context.text.slice(subject?.end ?? 0, candidate.trigger.start)))) return false;
  const previous = between.at(-1);
  if (previous && words.det.has(previous.norm)) return false;
  // "Ukrainians are killed", "a été attaqué": a passive without agent leaves the doer unsaid, not the subject.
  if (previous && verbReadings(context.lang, previous.norm).some((r) => r.lemma === 'être' || r.lemma === 'be')) return false;
  // "a exhorté Moscou à retirer ses troupes": a mention right before "à"/"to" is the object of another verb.
  const first = between[0];
  if (first && (words.prep.has(first.norm) || words.complement.has(first.norm))) return false;
  // "a accueilli une conférence sur le Soudan": an actor after another preposition is no argument of the frame.
  // The actor named again ("l'OTAN a adopté un texte selon lequel l'OTAN …") is no target.
  const own = new Set(actor.mentions.map((m) => m.entity));
  return !context.mentions.some((m) => m.start >= candidate.trigger.end && m.end <= candidate.clause.end && isActorMention(context, m) && !own.has(m.entity)
    && !afterNextVerb(context, candidate, m) && inFrame(findGovernor(context.text, m, candidate.clause.start, words, readSlotWords(context.lang).demonymHead), candidate, words));
}

/** The `by` of the two mentions of a pair noun ("les deux dirigeants", "both sides"). */
const PAIR_BY = `entities/${PAIR_RULE}`;

/** "Both sides agreed": a pair noun's two mentions stand side by side; either one found brings the other. */
function withPartners(context: EventContext, mentions: readonly Mention[]): Mention[] {
  if (!mentions.some((m) => m.by === PAIR_BY)) return [...mentions];
  const touches = (a: Mention, b: Mention) => a.end <= b.start && /^\s+$/u.test(context.text.slice(a.end, b.start));
  const out = [...mentions];
  for (const mention of mentions) {
    if (mention.by !== PAIR_BY) continue;
    const partner = context.mentions.find((m) => m !== mention && m.by === PAIR_BY && (touches(m, mention) || touches(mention, m)));
    if (partner && !out.includes(partner)) out.push(partner);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The agent of the trigger itself: "La Russie accuse les rebelles soutenus par Kiev" has "par Kiev" for
 * "soutenus", not for "accuse". A verb trigger takes an agent only as a past participle, and no other past
 * participle may stand between the trigger and its agent (a noun's own participle right after it aside).
 */
function ownAgent(context: EventContext, candidate: Candidate, agent: Found | null): Found | null {
  const first = agent?.mentions[0];
  if (!agent || !first) return agent;
  const isParticiple = (word: string) => verbReadings(context.lang, word).some((r) => r.mood === 'participle' && r.tense === 'past');
  const trigger = wordsIn(context.text, candidate.trigger);
  if (candidate.pattern.pos === 'verb' && !trigger.some((w) => isParticiple(w.norm))) return null;
  // "les sanctions imposées par X": a noun carries its agent through the participle right after it.
  const words = readWords(context.lang);
  const after = wordsIn(context.text, { start: candidate.trigger.end, end: first.start });
  // Only words before the agent preposition: "pilonnée par l'armée russe" ("armée" reads as a participle too).
  const by = after.findLastIndex((w) => words.agent.has(w.norm));
  const between = by >= 0 ? after.slice(0, by) : after;
  // "welcomed the decision by Russia": an article right after a verb opens its object, whose agent that is.
  if (candidate.pattern.pos === 'verb' && between[0] !== undefined && words.article.has(between[0].norm)) return null;
  const own = candidate.pattern.pos === 'noun' ? ownParticiple(between, isParticiple, words) : -1;
  return between.some((w, i) => isParticiple(w.norm) && i !== own) ? null : agent;
}

/** How many adjectives may stand between a noun and its own participle ("les sanctions économiques imposées par"). */
const ADJECTIVE_REACH = 2;

/**
 * The index of the noun's own participle among the words after it: the first participle, with at most
 * ADJECTIVE_REACH adjectives before it ("les frappes aériennes menées par X"), no article or preposition
 * ("les frappes sur des villes bombardées par X" is another noun's); -1 when there is none.
 */
function ownParticiple(after: readonly Word[], isParticiple: (word: string) => boolean, words: EventWords): number {
  const index = after.findIndex((w) => isParticiple(w.norm));
  if (index < 0 || index > ADJECTIVE_REACH) return -1;
  const opensPhrase = (w: Word) => words.det.has(w.norm) || words.prep.has(w.norm) || words.agent.has(w.norm) || words.relative.has(w.norm);
  return after.slice(0, index).some(opensPhrase) ? -1 : index;
}

/**
 * "Netanyahu, who came to Washington after Trump took office, has vowed to…": a subject found inside a
 * relative clause that commas close before the verb is the relative's; the verb's subject is its antecedent.
 */
function outsideRelative(context: EventContext, words: EventWords, candidate: Candidate, actor: Found | null): Found | null {
  const subject = actor?.mentions[0];
  if (!actor || actor.slot !== 'subj' || !subject || candidate.pattern.pos !== 'verb') return actor;
  const closing = context.text.lastIndexOf(',', candidate.trigger.start);
  if (closing < subject.end || wordsIn(context.text, { start: closing, end: candidate.trigger.start }).length > 3) return actor;
  const before = wordsIn(context.text, { start: candidate.clause.start, end: subject.start });
  const opener = before.findLast((w) => words.relative.has(w.norm) && /,\s*$/u.test(context.text.slice(Math.max(0, w.start - 3), w.start)));
  if (!opener || context.text.slice(opener.end, subject.start).includes(',')) return actor;
  const antecedent = context.mentions.findLast((m) => m.end <= opener.start && m.start >= candidate.clause.start
    && /^\s*,\s*$/u.test(context.text.slice(m.end, opener.start)) && isActorMention(context, m));
  return antecedent ? { mentions: [antecedent], slot: 'subj' } : null;
}

/** "Moscow sent more troops, Zelensky said": the speaker named after the words that hold the trigger is no party to it. */
function speaksIt(context: EventContext, candidate: Candidate, mention: Mention): boolean {
  // Only a speaker after the words: "Moscou a démenti avoir reçu des obus" is the subject of "reçu" too.
  return context.quotes.some((q) => q.speakerSpan !== null && q.start <= candidate.trigger.start && candidate.trigger.end <= q.end
    && q.speakerSpan.start >= q.end && mention.start >= q.end
    && mention.start < q.speakerSpan.end && q.speakerSpan.start < mention.end);
}

/**
 * True when a coordinator followed by a verb ("et appelé", "and urged") stands between the trigger and the
 * mention: the mention is an argument of that second verb.
 */
function afterNextVerb(context: EventContext, candidate: Candidate, mention: Mention): boolean {
  const words = wordsIn(context.text, { start: candidate.trigger.end, end: mention.start });
  const coord = wholeCoordinator(readWords(context.lang));
  return words.some((word, i) => {
    const next = words[i + 1];
    return next !== undefined && coord.test(word.norm) && verbReadings(context.lang, next.norm).some(sharesSubject);
  });
}

const coordinators = new WeakMap<EventWords, RegExp>();

/** The coordinators of the language as a whole-word test, compiled once. */
function wholeCoordinator(words: EventWords): RegExp {
  let regex = coordinators.get(words);
  if (!regex) {
    regex = new RegExp(`^(?:${words.coord.source})$`, 'iu');
    coordinators.set(words, regex);
  }
  return regex;
}

/**
 * A verb form that goes on the subject's clause: third person (or English's personless past), or the plain
 * past participle of a compound tense ("et appelé"; "forte et unie" is an adjective agreeing with its noun).
 */
function sharesSubject(reading: VerbReading): boolean {
  if (reading.mood === 'indicative' || reading.mood === 'conditional') return reading.person === null || reading.person === 3;
  return reading.mood === 'participle' && reading.tense === 'past' && reading.gender !== 'f' && reading.number !== 'pl';
}

/** How many words before a passive participle its auxiliary may stand ("a été durement frappée"). */
const AUXILIARY_REACH = 3;

/**
 * The subject of a passive verb undergoes it ("Kyiv a été frappée par Moscou", "Kyiv, frappée par Moscou");
 * a participle that only describes a noun ("drones supplied by Iran", "les sanctions imposées par X") says
 * nothing of a subject standing further away ("Ukrainians are killed by drones supplied by Iran").
 */
function undergoer(context: EventContext, candidate: Candidate, subject: Found | null): Found | null {
  const last = subject?.mentions.at(-1);
  if (!subject || !last) return null;
  if (/^[\s,]*$/u.test(context.text.slice(last.end, candidate.trigger.start))) return subject;
  const before = wordsIn(context.text, { start: last.end, end: candidate.trigger.start }).slice(-AUXILIARY_REACH);
  return before.some((w) => verbReadings(context.lang, w.norm).some((r) => r.lemma === 'être' || r.lemma === 'be')) ? subject : null;
}

/**
 * "Russian partnership threatens …", "le partenariat russe menace …": a subject that only qualifies an event noun
 * of another kind standing by it names the owner of that event, not the doer of the verb ("Russian strikes killed
 * …" keeps its actor: the noun and the verb tell one act).
 */
function modifiesEventNoun(context: EventContext, nouns: readonly Candidate[], candidate: Candidate, actor: Found | null): boolean {
  const subject = actor?.mentions.at(-1);
  if (!subject || actor?.slot !== 'subj' || candidate.pattern.pos !== 'verb') return false;
  const touches = (a: { end: number }, b: { start: number }) => a.end <= b.start && wordsIn(context.text, { start: a.end, end: b.start }).length <= 1
    && !/[,;:()]/u.test(context.text.slice(a.end, b.start));
  return nouns.some((other) => other.type !== candidate.type
    && other.trigger.start >= candidate.clause.start && (other.trigger.end <= candidate.trigger.start
      ? touches(subject, other.trigger) || (subject.form === 'demonym' && touches(other.trigger, subject))
      // "Chinese support for Moscow": a form read as verb and noun is the noun right after a demonym.
      : other.trigger.start === candidate.trigger.start && subject.form === 'demonym' && touches(subject, other.trigger)));
}

/**
 * True when a symmetric noun trigger is the object of a sealing verb (event-slot-words.tsv seal) right after its
 * subjects: "Chile and Peru concluded a truce", « le Chili et le Pérou ont conclu une trêve ».
 */
function sealedBySubjects(context: EventContext, candidate: Candidate, actor: Found): boolean {
  if (candidate.pattern.pos !== 'noun' || actor.slot !== 'subj' || !SYMMETRIC.has(candidate.type)) return false;
  const subject = actor.mentions.at(-1);
  if (!subject || farFrom(context, actor, candidate) || /[,;:]/u.test(context.text.slice(subject.end, candidate.trigger.start))) return false;
  const seal = readSlotWords(context.lang).seal;
  return wordsIn(context.text, { start: subject.end, end: candidate.trigger.start })
    .some((w) => verbReadings(context.lang, w.norm).some((r) => seal.has(r.lemma)));
}

/**
 * The giver of an aid noun named after a giver preposition ("shipments from Oslo", event-slot-words.tsv giver), when
 * the noun has no owner of its own (a subject or nothing found as its actor); else null.
 */
function givenFrom(context: EventContext, reader: SlotReader, candidate: Candidate, actor: Found | null): Found | null {
  if (candidate.type !== 'AID' || candidate.pattern.pos !== 'noun' || (actor !== null && actor.slot !== 'subj')) return null;
  for (const slot of readSlotWords(context.lang).giver) {
    const found = reader.slot(slot);
    if (found && found.mentions.length > 0) return { mentions: found.mentions, slot };
  }
  return null;
}

/** The subject of a verb of receiving (event-slot-words.tsv receive) between it and the aid noun it takes, else null. */
function receiver(context: EventContext, candidate: Candidate, subject: Found | null): Found | null {
  const last = subject?.mentions.at(-1);
  if (!subject || subject.slot !== 'subj' || !last || /[,;:]/u.test(context.text.slice(last.end, candidate.trigger.start))) return null;
  const receive = readSlotWords(context.lang).receive;
  return wordsIn(context.text, { start: last.end, end: candidate.trigger.start })
    .some((w) => verbReadings(context.lang, w.norm).some((r) => receive.has(r.lemma))) ? subject : null;
}

/** Types of a verb that reacts to an act named after it (condemn, welcome, reject) rather than doing it. */
const REACTIONS: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);

/**
 * True when a noun trigger takes its actor from the subject and a verb of reaction of another type stands
 * between them ("Lima condemned the strikes on Quito", « Lima a salué les sanctions contre Quito »): the
 * subject reacts to the act, whose doer goes unsaid.
 */
function reactsTo(context: EventContext, verbs: readonly Candidate[], candidate: Candidate, actor: Found): boolean {
  const subject = actor.mentions.at(-1);
  // "Lima welcomed its truce with Quito": the subject is most often a party to a symmetric act it reacts to.
  if (candidate.pattern.pos !== 'noun' || actor.slot !== 'subj' || !subject || SYMMETRIC.has(candidate.type)) return false;
  return verbs.some((verb) => verb.type !== candidate.type && REACTIONS.has(verb.type)
    && verb.trigger.start >= subject.end && verb.trigger.end <= candidate.trigger.start && verb.clause.start === candidate.clause.start);
}

/** True when a preposition of circumstance (event-slot-words.tsv circumstance) opens the noun trigger's phrase, an article aside. */
function inCircumstance(context: EventContext, words: EventWords, candidate: Candidate): boolean {
  const circumstance = readSlotWords(context.lang).circumstance;
  const before = wordsIn(context.text, { start: Math.max(candidate.clause.start, candidate.trigger.start - 30), end: candidate.trigger.start });
  const opener = before.at(-1) !== undefined && words.det.has(before.at(-1)!.norm) ? before.at(-2) : before.at(-1);
  return opener !== undefined && circumstance.has(opener.norm);
}

/** True when the word right before a verb trigger is a noun-after preposition and the trigger is no gerund ("with help"). */
function afterNounPreposition(context: EventContext, candidate: Candidate): boolean {
  const nounAfter = readSlotWords(context.lang).nounAfter;
  if (nounAfter.size === 0) return false;
  const previous = wordsIn(context.text, { start: Math.max(candidate.sentence.start, candidate.trigger.start - 12), end: candidate.trigger.start }).at(-1);
  if (!previous || !nounAfter.has(previous.norm) || /[,;:()"«»“”]/u.test(context.text.slice(previous.end, candidate.trigger.start))) return false;
  const first = wordsIn(context.text, candidate.trigger)[0];
  return first !== undefined && !verbReadings(context.lang, first.norm).some((r) => r.mood === 'participle' && r.tense === 'present');
}

/** True for a gerund trigger right after a preposition of reason ("for aiding"). */
function afterReason(context: EventContext, candidate: Candidate): boolean {
  if (candidate.pattern.pos !== 'verb') return false;
  const previous = wordsIn(context.text, { start: Math.max(candidate.clause.start, candidate.trigger.start - 12), end: candidate.trigger.start }).at(-1);
  if (!previous || !readWords(context.lang).reason.has(previous.norm)) return false;
  const first = wordsIn(context.text, candidate.trigger)[0];
  return first !== undefined && verbReadings(context.lang, first.norm).some((r) => r.mood === 'participle' && r.tense === 'present');
}

/** True when a mention's governor (null: none) is one of the frame's slots or names an owner ("de Kiev"), or it has none. */
function inFrame(governor: string | null, candidate: Candidate, words: EventWords): boolean {
  return governor === null || words.owner.has(governor) || candidate.pattern.target.includes(governor) || candidate.pattern.actor.includes(governor);
}

/** True when more than NOUN_SUBJECT_REACH words stand between the subject and a noun trigger. */
function farFrom(context: EventContext, actor: Found, candidate: Candidate): boolean {
  const subject = actor.mentions.at(-1);
  return subject !== undefined && wordsIn(context.text, { start: subject.end, end: candidate.trigger.start }).length > NOUN_SUBJECT_REACH;
}

/** The entity id of the state a place belongs to, when the doc has that state; else the place itself. */
function stateOf(context: EventContext, id: string): string {
  const entity = context.entities.get(id);
  if (entity?.kind !== 'place' || !entity.partOf) return id;
  for (const other of context.entities.values()) {
    if (other.name === entity.partOf && other.kind === 'country') return other.id;
  }
  return id;
}

function firstFound(slots: readonly string[], read: (slot: string) => Found | null): Found | null {
  for (const slot of slots) {
    const found = read(slot);
    if (found && found.mentions.length > 0) return { ...found, slot };
  }
  return null;
}

/**
 * Whether a genitive (event-slot-words.tsv `genitive-ending`) ends a letter
 * or so before `at`, then spaces: "Quito's ", "the allies' ".
 */
function afterGenitive(context: EventContext, at: number): boolean {
  const endings = readSlotWords(context.lang).genitiveEnding;
  if (endings.length === 0) return false;
  const before = context.text.slice(Math.max(0, at - 4), at);
  const word = before.replace(/\s+$/u, '').replace(/’/gu, "'");
  if (word.length === before.length) return false;
  return endings.some((ending) => word.endsWith(ending) && /\p{L}/u.test(word.charAt(word.length - ending.length - 1)));
}

/**
 * Reads the argument slots of one trigger candidate inside its clause:
 * subject, object, prepositional phrases, possessors, passive agents,
 * coordination ("la Chine et l'Iran"), for assign-arguments.ts.
 */
import type { Mention } from '../../core/layers.ts';
import { isActorMention, type Candidate, type EventContext } from './context.ts';
import { readSlotWords } from './read-slot-words.ts';
import { findGovernor } from './find-governor.ts';
import { verbReadings } from '../../lang/morphology.ts';
import { wordsIn, type EventWords, type Word } from './read-words.ts';
import type { Language } from '../../lang/load.ts';

/** How far after the trigger (in words) an object, or a prepositional argument, may stand. */
const OBJECT_REACH = 8;
const REACH = 20;

/** How many head words may stand between a demonym and the relative pronoun of its noun phrase ("Turkish defence firms that"). */
const DEMONYM_HEAD_REACH = 2;

/** The mentions a slot holds. */
export interface Found {
  readonly mentions: readonly Mention[];
  /** The slot that gave the mentions. */
  readonly slot?: string;
  /** When the slot gave a pair ("entre X et Y"), the pair's first member acts. */
  readonly pair?: boolean;
}

/**
 * Reads the argument slots of one candidate.
 *
 * @example
 * new SlotReader(context, words, candidate).slot('subj')?.mentions; // [the subject mention]
 */
export class SlotReader {
  readonly #context: EventContext;
  readonly #words: EventWords;
  readonly #candidate: Candidate;
  readonly #mentions: readonly Mention[];
  /** How many head words may stand before a demonym (event-slot-words.tsv demonym-head). */
  readonly #heads: number;

  constructor(context: EventContext, words: EventWords, candidate: Candidate) {
    this.#context = context;
    this.#words = words;
    this.#heads = readSlotWords(context.lang).demonymHead;
    this.#candidate = candidate;
    const { clause, trigger } = candidate;
    const quote = context.quotes.find((q) => q.kind !== 'indirect' && q.start <= trigger.start && trigger.end <= q.end);
    this.#mentions = context.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end
      && (m.end <= trigger.start || m.start >= trigger.end)
      // Outside the quoted words that hold the trigger, a mention belongs to another voice.
      && (!quote || (m.start >= quote.start && m.end <= quote.end)));
  }

  /** The preposition of a mention, or of the first of its conjuncts ("entre Kiev et Moscou": both after "entre"). */
  governor(mention: Mention): string | null {
    const index = this.#mentions.indexOf(mention);
    const previous = index > 0 ? this.#mentions[index - 1] : undefined;
    const gap = previous ? this.#context.text.slice(previous.end, mention.start) : '';
    // "to Syria, and Moscow sends …": a comma before the coordinator opens a new clause, whose subject has no preposition.
    if (previous && this.#joins(gap) === 'coord' && !gap.includes(',')) return this.governor(previous);
    // "sanctions on over 40 Iranian firms": a mention inside a count is governed by what governs the count.
    const count = this.#context.quantities.find((q) => q.start < mention.start && mention.end <= q.end && q.start >= this.#candidate.clause.start);
    if (count) return findGovernor(this.#context.text, { start: count.start, end: mention.end }, this.#candidate.clause.start, this.#words, this.#heads);
    return findGovernor(this.#context.text, mention, this.#candidate.clause.start, this.#words, this.#heads);
  }

  /** True for a verb right after a comma and followed by a mention: ", warns Seoul", ", a affirmé Rutte". */
  isInverted(): boolean {
    const { trigger, pattern } = this.#candidate;
    if (pattern.pos !== 'verb') return false;
    if (!/,\s*$/u.test(this.#context.text.slice(Math.max(0, trigger.start - 3), trigger.start))) return false;
    // ", accusing Kyiv of …", ", accusant Athènes de …": a gerund takes its object; only a finite verb inverts.
    const first = wordsIn(this.#context.text, trigger)[0];
    if (first && isGerund(this.#context.lang, first.norm)) return false;
    const next = this.#after()[0];
    return next !== undefined && this.#wordsBetween(trigger.end, next.start) <= 1;
  }

  /** "accusé de livrer", "accused of aiding" with no object between: a passive accusation, accuser unsaid. */
  isBareAccusation(): boolean {
    const { trigger, pattern, type } = this.#candidate;
    if (type !== 'ACCUSE' || pattern.pos !== 'verb') return false;
    const [next, verb] = wordsIn(this.#context.text, { start: trigger.end, end: Math.min(this.#candidate.clause.end, trigger.end + 30) });
    // "accusé de livrer", not "accuse de son côté les Émirats": the complement opens a verb.
    return next !== undefined && verb !== undefined && this.#words.complement.has(next.norm)
      && verbReadings(this.#context.lang, this.#context.text.slice(verb.start, verb.end)).length > 0 && this.agent() === null;
  }

  /** "imposées par les pays occidentaux", "shot down by Ukraine": the agent right after the trigger. */
  agent(): Found | null {
    const { trigger } = this.#candidate;
    // "soutenus selon l'ONU par le Rwanda": a mention of another phrase may stand before the agent.
    // "by the Iranian-backed Houthis": a name joined by a hyphen to a word modifies the head after it.
    const near = this.#after().filter((m) => this.#wordsBetween(trigger.end, m.start) <= 4 && !this.#isCompoundModifier(m));
    const next = near.find((m) => this.#words.agent.has(this.governor(m) ?? '')) ?? near[0];
    if (!next) return null;
    // The agent preposition must stand after the trigger ("l'armée israélienne" is no "par").
    const between = wordsIn(this.#context.text, { start: trigger.end, end: next.start });
    if (!between.some((w) => this.#words.agent.has(w.norm))) return null;
    const governor = this.governor(next);
    return governor !== null && this.#words.agent.has(governor) ? { mentions: this.#coordinated(next, 'right') } : null;
  }

  /** The mentions a slot holds; `placesToo` lets a subject be a place ("Kharkiv was shelled"). */
  slot(slot: string, taken: readonly Mention[] = [], placesToo = false): Found | null {
    const free = (m: Mention) => !taken.some((t) => t.start === m.start);
    if (slot === 'subj') {
      // "le coup d'État qui a renversé le président": after a relative pronoun the subject is its antecedent, right before it.
      const relative = this.#relativeOpener();
      if (relative) {
        const start = this.#candidate.clause.start;
        const antecedent = this.#before().filter((m) => m.end <= relative.start && free(m) && (placesToo || isActorMention(this.#context, m))
          && (this.governor(m) === null || this.#isCounted(m, start))).at(-1);
        return antecedent && this.#isAntecedent(antecedent, relative.start) ? { mentions: this.#coordinated(antecedent, 'left') } : null;
      }
      // "Scholz thinks that Europe must send …": the subject of a subordinate verb follows "that".
      const opener = wordsIn(this.#context.text, { start: this.#candidate.clause.start, end: this.#candidate.trigger.start })
        .filter((w) => this.#words.subordinator.has(w.norm)).at(-1);
      // "Trump, who hopes that a truce holds, will host …": a comma after the opener closes the subordinate clause.
      const closed = opener !== undefined && this.#context.text.slice(opener.end, this.#candidate.trigger.start).includes(',');
      const from = opener && !closed ? opener.end : this.#candidate.clause.start;
      const before = this.#before().filter((m) => m.start >= from && free(m) && (placesToo || isActorMention(this.#context, m))
        && (this.governor(m) === null || this.#isCounted(m, from)));
      const nearest = before.at(-1) ?? this.#sentenceSubject();
      return nearest ? { mentions: this.#coordinated(nearest, 'left') } : null;
    }
    if (slot === 'poss') return this.#possessor(free);
    const reach = slot === 'obj' ? OBJECT_REACH : REACH;
    // "a salué l'opération qui a frappé Moscou": an object does not lie inside a relative clause after the trigger.
    const limit = slot === 'obj' ? Math.min(this.#relativeAfter(), this.#candidate.type === 'ACCUSE' ? this.#complementStart() : Infinity)
      : this.#candidate.pattern.pos === 'noun' ? this.#commaRelative() : this.#candidate.clause.end;
    const after = this.#after().filter((m) => free(m) && m.start < limit && !this.#isCompoundModifier(m) && this.#wordsBetween(this.#candidate.trigger.end, m.start) <= reach);
    const found = after.find((m) => {
      const governor = this.governor(m);
      return slot === 'obj' ? governor === null : governor === slot;
    })
      // "a salué la position de Xi Jinping": the owner of an object that names no one is the one acted upon.
      ?? (slot === 'obj' ? after.find((m) => this.#isOwnerOfObject(m)) : undefined);
    if (!found) return null;
    const isPair = this.#words.between.has(slot);
    return { mentions: this.#coordinated(found, 'right'), pair: isPair };
  }

  /**
   * "Netanyahu agreed to talks but rejected the proposal": a verb after "but"/"mais" with no subject of
   * its own shares the subject of the sentence, its first actor mention outside a prepositional phrase.
   */
  #sentenceSubject(): Mention | undefined {
    const { sentence, clause, trigger, pattern } = this.#candidate;
    if (pattern.pos !== 'verb' || clause.start === sentence.start) return undefined;
    const opening = this.#context.text.slice(sentence.start, clause.start);
    if (/[;:]/u.test(opening)) return undefined;
    return this.#context.mentions.find((m) => m.start >= sentence.start && m.end <= clause.start && m.end <= trigger.start
      && isActorMention(this.#context, m)
      && findGovernor(this.#context.text, m, sentence.start, this.#words, this.#heads) === null);
  }

  /**
   * "Dozens of Russian soldiers were killed", "des centaines de civils soudanais": a mention after "of"/"de"
   * that follows a counting noun opening the clause is the subject's head, the count only says how many; so is
   * the group after a noun of its members ("les pays de l'OTAN", event-slot-words.tsv member).
   */
  #isCounted(mention: Mention, from: number): boolean {
    const before = wordsIn(this.#context.text, { start: from, end: mention.start });
    const owner = before.findLastIndex((w) => this.#words.owner.has(this.#words.means.get(w.norm) ?? w.norm));
    const count = before[owner - 1];
    // "Les pays de l'OTAN ont signé", "the members of the bloc": the members act as their group.
    if (owner < 1 || !count || !(countNouns(this.#context.lang).has(count.norm) || readSlotWords(this.#context.lang).member.has(count.norm))) return false;
    // The count opens the subject: nothing but an article before it ("des dizaines", "several hundreds").
    if (!before.slice(0, owner - 1).every((w) => this.#words.det.has(w.norm) || this.#words.partitive.has(w.norm))) return false;
    // The "de"/"of" after the count governs the mention itself ("des dizaines de soldats russes", not "… de soldats à Kyiv").
    const governor = this.governor(mention);
    return governor !== null && this.#words.owner.has(governor);
  }

  /**
   * A relative pronoun ("qui", "who") at most two words before the trigger: "qui a renversé", "who hosted"; or a
   * subject-relative word ("that") that only a relative reads so, right before a verb that is no gerund ("firms that arm").
   */
  #relativeOpener(): { start: number; end: number } | undefined {
    const { trigger, clause } = this.#candidate;
    const before = wordsIn(this.#context.text, { start: clause.start, end: trigger.start }).slice(-3);
    const subjectRelative = readSlotWords(this.#context.lang).subjectRelative;
    const first = wordsIn(this.#context.text, trigger)[0];
    const opener = before.find((w) => this.#opensRelative(w)
      || (subjectRelative.has(w.norm) && w === before.at(-1) && first !== undefined && !isGerund(this.#context.lang, first.norm)));
    // "the drones, which Tehran sent": a subject of its own after the pronoun makes it an object relative.
    return opener && !this.#mentions.some((m) => m.start >= opener.end && m.end <= trigger.start) ? opener : undefined;
  }

  /**
   * True when a mention is the antecedent of the relative pronoun at `pronoun`: it stands right before it, or it is a
   * demonym with at most DEMONYM_HEAD_REACH head words after it ("Belgian arms firms which equip …"); a head word
   * read as a past form or with an article or preposition would be a clause or phrase of its own.
   */
  #isAntecedent(mention: Mention, pronoun: number): boolean {
    const gap = this.#context.text.slice(mention.end, pronoun);
    if (/^[\s,]*$/u.test(gap)) return true;
    if (mention.form !== 'demonym' || /[^\p{L}\p{M}\s'’-]/u.test(gap)) return false;
    const heads = wordsIn(this.#context.text, { start: mention.end, end: pronoun });
    return heads.length <= DEMONYM_HEAD_REACH && heads.every((w) => !this.#words.det.has(w.norm) && !this.#words.prep.has(w.norm)
      && !verbReadings(this.#context.lang, w.norm).some((r) => r.tense === 'past' || r.mood === 'participle'));
  }

  /** A relative pronoun that opens a clause about its antecedent: not "dont", "whose", which own the noun after them. */
  #opensRelative(word: Word): boolean {
    return this.#words.relative.has(word.norm) && !this.#words.possessiveRelative.has(word.norm);
  }

  /** Where the first relative pronoun after the trigger stands ("l'opération qui a frappé …"), else the clause end. */
  #relativeAfter(): number {
    const { trigger, clause } = this.#candidate;
    const words = wordsIn(this.#context.text, { start: trigger.end, end: clause.end });
    const objectRelative = readSlotWords(this.#context.lang).objectRelative;
    // "a salué la proposition que Moscou a faite": "que" after an article and its noun opens an object relative
    // ("a averti hier que Moscou …" has no noun before it: it reports).
    const opensRelative = (w: Word, i: number) => this.#opensRelative(w)
      || (objectRelative.has(w.norm) && words.slice(0, i).some((d) => this.#words.article.has(d.norm)) && i > 0
        && verbReadings(this.#context.lang, words[i - 1]!.norm).length === 0);
    // "les composants dont les usines russes ont besoin" still names who receives it.
    return words.find(opensRelative)?.start ?? clause.end;
  }

  /**
   * Where a relative clause set off by a comma right after a noun trigger opens ("les pourparlers, qui se sont
   * ouverts lundi, …"): what follows tells of the clause around the noun, not of the noun; else the clause end.
   */
  #commaRelative(): number {
    const { trigger, clause } = this.#candidate;
    const [first] = wordsIn(this.#context.text, { start: trigger.end, end: clause.end });
    const relative = first !== undefined && this.#opensRelative(first);
    return relative && /^\s*,\s*$/u.test(this.#context.text.slice(trigger.end, first.start)) ? first.start : clause.end;
  }

  /**
   * Where an accusation's content starts: "accusing it of failing to defend …", "l'accuse d'avoir livré …"
   * (a complement word before a verb form); the accused stands before it.
   */
  #complementStart(): number {
    const { trigger, clause } = this.#candidate;
    const words = wordsIn(this.#context.text, { start: trigger.end, end: clause.end });
    for (let i = 0; i + 1 < words.length; i += 1) {
      const word = words[i]!;
      const next = words[i + 1]!;
      if (this.#words.complement.has(word.norm) && verbReadings(this.#context.lang, this.#context.text.slice(next.start, next.end)).length > 0) return word.start;
    }
    return clause.end;
  }

  /** "the Russian-led Collective Security Treaty Organization": a name joined by a hyphen to a word modifies the name after it. */
  #isCompoundModifier(mention: Mention): boolean {
    const rest = this.#context.text.slice(mention.end, mention.end + 40);
    const compound = /^-\p{L}+\s+/u.exec(rest);
    // "a US-backed proposal" keeps the US as the owner of the object: only a named head takes over.
    return compound !== null && this.#mentions.some((m) => m.start === mention.end + compound[0].length);
  }

  /**
   * True for "de X"/"of X" right after the first noun phrase after the trigger (at most four words in), or its
   * agent right after its noun ("welcomed the decision by Russia"; "the rebels armed by Kyiv" are the rebels' act).
   */
  #isOwnerOfObject(mention: Mention): boolean {
    const governor = this.governor(mention);
    const byAgent = governor !== null && this.#words.agent.has(governor);
    if (governor !== 'de' && governor !== 'of' && !byAgent) return false;
    const between = wordsIn(this.#context.text, { start: this.#candidate.trigger.end, end: mention.start });
    if (byAgent && between.some((w) => verbReadings(this.#context.lang, w.norm).some((r) => r.mood === 'participle' && r.tense === 'past'))) return false;
    return between.length <= 5 && !between.slice(0, -1).some((w) => this.#words.prep.has(w.norm) && w.norm !== between.at(-1)?.norm);
  }

  /** "l'offensive russe", "les sanctions de l'UE", "Russian strikes", "Russia's invasion". */
  #possessor(free: (m: Mention) => boolean): Found | null {
    const { trigger } = this.#candidate;
    const text = this.#context.text;
    const before = this.#before().filter(free).at(-1);
    if (before && isActorMention(this.#context, before)) {
      const genitive = /^['’]s?(?=\s)/u.test(text.slice(before.end, before.end + 3));
      // "Russia's illegal invasion", "Russian military strikes": one adjective may stand in between.
      if (this.#wordsBetween(before.end, trigger.start) > (genitive ? 2 : 1)) return this.#possessorAfter(free);
      // "US-backed", "Iranian-backed": a name joined to the trigger by a hyphen owns it.
      const compound = /^[-\u2010\u2011]$/u.test(text.slice(before.end, trigger.start));
      // "the Chinese and Iranian partnership", "les tirs iraniens et russes": coordinated demonyms own it together.
      if (before.form === 'demonym') return { mentions: this.#coordinated(before, 'left').filter((m) => m.form === 'demonym') };
      if (genitive || compound) return { mentions: [before] };
    }
    return this.#possessorAfter(free);
  }

  #possessorAfter(free: (m: Mention) => boolean): Found | null {
    const { trigger } = this.#candidate;
    const after = this.#after().filter(free)[0];
    if (after && this.#wordsBetween(trigger.end, after.start) <= 3 && isActorMention(this.#context, after)) {
      const governor = this.governor(after);
      // "l'aide militaire américaine", "la livraison d'armes nord-coréennes", "les sanctions de l'UE".
      if (after.form === 'demonym' && governor === null) return { mentions: this.#coordinated(after, 'right').filter((m) => m.form === 'demonym') };
      if (governor === 'de' || governor === 'of') {
        return { mentions: [after] };
      }
    }
    return null;
  }

  /**
   * Extends a mention to its coordinated neighbours: "la Chine et l'Iran",
   * "Iran, North Korea and China". A comma alone joins only inside a list
   * that a coordinator closes ("Washington, Pyongyang …" is no list).
   */
  #coordinated(mention: Mention, direction: 'left' | 'right'): Mention[] {
    const chain: { mention: Mention; by: 'coord' | 'comma'; gap: string }[] = [];
    const pool = this.#mentions;
    // "à la Syrie et à la Russie", "to Syria and to Russia": the preposition of the first conjunct may repeat.
    const repeated = direction === 'right' ? this.governor(mention) : null;
    let current = mention;
    for (;;) {
      const index = pool.indexOf(current);
      const next = direction === 'left' ? pool[index - 1] : pool[index + 1];
      if (!next) break;
      const gap = direction === 'left' ? this.#context.text.slice(next.end, current.start) : this.#context.text.slice(current.end, next.start);
      const by = this.#joins(gap, repeated);
      if (!by) break;
      // "… avec Poutine, les États-Unis et l'UE ont …": a list member inside a prepositional phrase ends the list.
      if (direction === 'left' && by === 'comma' && findGovernor(this.#context.text, next, this.#candidate.clause.start, this.#words, this.#heads) !== null) break;
      chain.push({ mention: next, by, gap });
      current = next;
    }
    // Left of a verb the coordinator comes first ("A, B et C livrent"); right of it, last ("à A, B et C").
    // "… worries Brussels, and Washington supports Kyiv": a comma and a coordinator outside a list ("Iran, Syria,
    // and Russia" has a member joined by a comma alone) join two clauses, not two parties.
    const inList = chain.some((link) => link.by === 'comma');
    const clauseJoin = inList ? -1 : chain.findIndex((link) => link.by === 'coord' && link.gap.includes(','));
    if (clauseJoin >= 0) chain.splice(clauseJoin);
    const kept = direction === 'left'
      ? (chain[0]?.by === 'coord' ? chain : [])
      : chain.slice(0, chain.map((link) => link.by).lastIndexOf('coord') + 1);
    const list = [mention, ...kept.map((link) => link.mention)];
    return direction === 'left' ? list.reverse() : list;
  }

  /**
   * How two mentions are joined: a coordinator (maybe after a comma), a comma alone, or not at all. Besides
   * determiners, the gap may hold the `repeated` preposition ("et à la", "and to").
   */
  #joins(gap: string, repeated: string | null = null): 'coord' | 'comma' | null {
    const coord = new RegExp(this.#words.coord.source, 'giu');
    const withoutCoord = gap.replace(coord, ' ');
    const rest = withoutCoord.replace(/,/gu, ' ');
    if (rest === gap) return null;
    const joining = (norm: string) => this.#words.det.has(norm) || (repeated !== null && (this.#words.means.get(norm) ?? norm) === repeated);
    if (!wordsIn(rest, { start: 0, end: rest.length }).every((w) => joining(w.norm))) return null;
    return withoutCoord !== gap ? 'coord' : 'comma';
  }

  #before(): Mention[] {
    return this.#mentions.filter((m) => m.end <= this.#candidate.trigger.start);
  }

  #after(): Mention[] {
    return this.#mentions.filter((m) => m.start >= this.#candidate.trigger.end);
  }

  #wordsBetween(start: number, end: number): number {
    return wordsIn(this.#context.text, { start, end: Math.max(start, end) }).length;
  }
}


/** True for a form read only as a present participle ("accusing", "accusant"), never as a finite verb. */
function isGerund(lang: Language, word: string): boolean {
  const readings = verbReadings(lang, word);
  return readings.length > 0 && readings.every((r) => r.mood === 'participle' && r.tense === 'present');
}

/** Nouns that count an indefinite crowd ("dozens", "des centaines", "une vingtaine"), from numbers.tsv (kinds approx, approx-plural). */
function countNouns(lang: Language): ReadonlySet<string> {
  return lang.memo('events/count-nouns', () => new Set(lang.table('numbers')
    .filter((row) => row.kind === 'approx' || row.kind === 'approx-plural')
    .flatMap((row) => (row.forms ?? '').split('|').map((form) => form.trim().toLowerCase()))
    .filter((form) => form !== '')));
}

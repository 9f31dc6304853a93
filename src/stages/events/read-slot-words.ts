/**
 * Reads `lang/<xx>/event-slot-words.tsv`: words that point a trigger to an
 * argument outside its own phrase ("où", "where", "viser", "hit").
 */
import type { Language } from '../../lang/load.ts';

/** The slot words of a language, by role. */
export interface SlotWords {
  /** Relative adverbs of place ("où", "where"). */
  readonly placeRelative: ReadonlySet<string>;
  /** Verbs (infinitive) whose object is the target of the event noun that is their subject ("viser", "hit"). */
  readonly reach: ReadonlySet<string>;
  /** Object relative pronouns ("que", "that"): a verb after them with its subject acts on their antecedent. */
  readonly objectRelative: ReadonlySet<string>;
  /** Subject relative pronouns that the subordinator list also holds ("that"): right before a verb they open a relative. */
  readonly subjectRelative: ReadonlySet<string>;
  /** Verbs (infinitive) whose object, a symmetric act noun, joins their coordinated subjects ("sign", "conclure": "A and B concluded a truce"). */
  readonly seal: ReadonlySet<string>;
  /** Prepositions that name the giver of an aid noun ("deliveries from Tehran"). */
  readonly giver: ReadonlySet<string>;
  /** Verbs (infinitive) of receiving: their subject is the one an aid noun they take goes to ("received deliveries from X"). */
  readonly receive: ReadonlySet<string>;
  /** Prepositions after which a word read as verb and noun is the noun unless it is a gerund ("with help", "for aiding"). */
  readonly nounAfter: ReadonlySet<string>;
  /** Prepositions of circumstance ("amid", "malgré"): an act noun after them is not the act of the clause's subject. */
  readonly circumstance: ReadonlySet<string>;
  /** Plural nouns of the members of a group ("pays", "members"): "les pays de l'OTAN" act as NATO. */
  readonly member: ReadonlySet<string>;
  /** Genitive endings ("'s", "s'"): a word right after a genitive is a noun ("Quito's attack"). */
  readonly genitiveEnding: readonly string[];
  /** How many words (head noun, adjectives) may stand right before a demonym that follows them (French 2, English 0). */
  readonly demonymHead: number;
}

/**
 * The slot words of a language, read once.
 *
 * @example
 * readSlotWords(loadLanguage('en')).placeRelative.has('where'); // true
 */
export function readSlotWords(lang: Language): SlotWords {
  return lang.memo('events/slot-words', () => {
    const rows = lang.table('event-slot-words');
    const role = (name: string) => new Set(rows.filter((row) => row.role === name).map((row) => (row.word ?? '').toLowerCase()));
    const head = Number(rows.find((row) => row.role === 'demonym-head')?.word ?? '1');
    return { placeRelative: role('place-relative'), reach: role('reach'), member: role('member'), objectRelative: role('object-relative'), subjectRelative: role('subject-relative'), seal: role('seal'), giver: role('giver'), receive: role('receive'), nounAfter: role('noun-after'), circumstance: role('circumstance'), genitiveEnding: [...role('genitive-ending')], demonymHead: Number.isInteger(head) && head >= 0 ? head : 1 };
  });
}

/**
 * The shape of gold documents and of `keys.json`, as described in the gold
 * README ("One document", "Keys").
 */

export interface GoldEntity {
  readonly key: string;
  readonly kind?: string;
  readonly mentions?: readonly string[];
}

export interface GoldQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly kind?: string;
}

export interface GoldEvent {
  readonly actor: string | null;
  readonly type: string;
  readonly target: string | null;
  readonly certainty: string;
  readonly source: string | null;
  readonly quantity?: { readonly value: number; readonly unit: string | null } | null;
  readonly evidence?: string;
}

export interface GoldQuantity {
  readonly text?: string;
  readonly value: number;
  readonly unit: string | null;
  readonly approx?: string;
}

export interface GoldDate {
  readonly text: string;
  readonly value: string;
}

/** One gold file. A layer that is absent is not scored; an empty list is. */
export interface GoldDoc {
  readonly id: string;
  readonly lang: string;
  readonly published: string | null;
  readonly text: string;
  readonly entities?: readonly GoldEntity[];
  readonly quotes?: readonly GoldQuote[];
  readonly events?: readonly GoldEvent[];
  readonly quantities?: readonly GoldQuantity[];
  readonly dates?: readonly GoldDate[];
}

/** One entry of `keys.json`. */
export interface KeyEntry {
  readonly kind?: string;
  readonly aliases?: readonly string[];
  /** Key of the state this body belongs to. */
  readonly part_of?: string;
}

export type KeysFile = Readonly<Record<string, KeyEntry>>;

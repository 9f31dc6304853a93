/**
 * Shape tests on one paragraph's text, shared by the passes that give
 * paragraphs their roles.
 */

/** Sentence-final punctuation, possibly followed by closing quotes or brackets ("fin.", "fin. »", "fin.)"), or a final bracket ("… (AP Photo/X)"). */
const FINAL_PUNCTUATION = /(?:[.!?…:;,][\s\u00A0\u202F]*["»”’')\]]*|[)\]])$/u;
const FINAL_QUESTION = /[?!][\s\u00A0\u202F]*["»”’')\]]*$/u;
const WORD = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;

/**
 * True when the paragraph ends like a sentence (full stop, question mark, colon, closing quote after one).
 *
 * @example
 * endsWithPunctuation('Il est parti. »'); // true
 * endsWithPunctuation('Une alliance qui dépasse le cadre'); // false
 */
export function endsWithPunctuation(text: string): boolean {
  return FINAL_PUNCTUATION.test(text);
}

/**
 * True when the paragraph ends with a question or exclamation mark, as some titles do.
 *
 * @example
 * endsWithQuestion('Pourquoi maintenant ?'); // true
 */
export function endsWithQuestion(text: string): boolean {
  return FINAL_QUESTION.test(text);
}

/**
 * Number of words (letters or digits, joined by apostrophes or hyphens).
 *
 * @example
 * countWords("L’OTAN s’inquiète du rapprochement"); // 4
 */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * True when the text starts with an upper-case letter or a digit, after opening quotes or dashes.
 *
 * @example
 * startsCapitalised('« Nous'); // true
 */
export function startsCapitalised(text: string): boolean {
  return /^[\s"«“‘'(—–-]*[\p{Lu}\p{N}]/u.test(text);
}

/** A paragraph this long, or a punctuated one of this many words, is prose. */
const PROSE_CHARS = 150;
const PROSE_WORDS = 15;

/**
 * True when the paragraph reads as article prose rather than a label, title or menu line.
 *
 * @example
 * isProse('Guerre en Ukraine'); // false
 */
export function isProse(text: string): boolean {
  return text.length >= PROSE_CHARS || (endsWithPunctuation(text) && countWords(text) >= PROSE_WORDS);
}

/**
 * Demonym inflection: world-countries gives the French masculine and feminine
 * singular and the English adjective; news also write the plurals
 * ("soldats nord-coréens", "les Nord-Coréennes", "North Koreans").
 */

/**
 * French plural of a demonym: invariable after -s/-x ("français", "chinois"),
 * -al → -aux, otherwise + s ("nord-coréen" → "nord-coréens").
 *
 * @example
 * frenchPlural('nord-coréenne'); // "nord-coréennes"
 */
export function frenchPlural(singular: string): string {
  if (/[sx]$/u.test(singular)) return singular;
  if (/al$/u.test(singular)) return `${singular.slice(0, -2)}aux`;
  return `${singular}s`;
}

/**
 * Capitalises every part of a hyphenated French noun: "nord-coréens" → "Nord-Coréens"
 * (the noun of nationality, "les Nord-Coréens", takes a capital on each part).
 *
 * @example
 * frenchNoun('sud-africaine'); // "Sud-Africaine"
 */
export function frenchNoun(word: string): string {
  return word
    .split('-')
    .map((part) => (part === 'et' ? part : part.charAt(0).toLocaleUpperCase('fr') + part.slice(1)))
    .join('-');
}

/**
 * Every French form of a demonym from its masculine and feminine singular:
 * the four adjective forms in lower case and the four noun forms capitalised.
 *
 * @example
 * frenchDemonyms('Nord-coréen', 'Nord-coréenne');
 * // ["nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes", "Nord-Coréen", …]
 */
export function frenchDemonyms(masculine: string, feminine: string): string[] {
  const singulars = [masculine, feminine].map((form) => form.trim().toLocaleLowerCase('fr')).filter((form) => form !== '');
  const adjectives = [...new Set(singulars.flatMap((form) => [form, frenchPlural(form)]))];
  const ordered = [...adjectives.filter((form) => singulars.includes(form)), ...adjectives.filter((form) => !singulars.includes(form))];
  return [...new Set([...ordered, ...ordered.map(frenchNoun)])];
}

/**
 * English demonyms: the adjective and, when it also serves as a count noun,
 * its plural ("Ukrainian" → "Ukrainians"; "Chinese", "British", "Swiss", "Dutch" have none).
 * world-countries joins double demonyms with ", " or " or ", which are split.
 *
 * @example
 * englishDemonyms('North Korean'); // ["North Korean", "North Koreans"]
 */
export function englishDemonyms(adjective: string): string[] {
  const singulars = adjective.split(/, | or /u).map((form) => form.trim()).filter((form) => form !== '');
  const plurals = singulars.filter((form) => !/(?:ese|sh|ch|ss|s|x|z)$/u.test(form)).map((form) => `${form}s`);
  return [...new Set([...singulars, ...plurals])];
}

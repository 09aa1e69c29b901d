/**
 * A name written in capitals only, as transcripts label their speakers ("DAVID OTIENO:", "O'BRIEN:"), is shown the way
 * the article would write it in a sentence: "David Otieno", "O'Brien", "Oke-Osanyintolu". Names with any lower-case
 * letter are kept as written ("McDonald", "de Klerk").
 */
export function displayCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}.*\p{Lu}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * French names of bodies capitalize only their first word: "The Conseil du patronat du Québec, the province's
 * employers' group, warned …" and "The Fédération des éducatrices en petite enfance, which represents …, says" each
 * name one body, though read leftwards the capitals stop at "du" or never start. Quebec news in English keeps these
 * names untranslated.
 */
import type { DocToken } from '../text/document';
import { FRENCH_BODY_HEADS, FRENCH_NAME_LINKS } from '../lexicon/entityWords';

/** Words a French body's name may hold after its head. */
const FRENCH_NAME_REACH = 7;

/**
 * Where the French body's name ending right before token `end` starts (its capitalized head, "Conseil"), else -1.
 * The head must be followed by a link ("du", "des"), and every word up to `end` be a word.
 */
export function frenchBodyStart(tokens: DocToken[], end: number, floor: number): number {
  for (let j = end - 2; j >= floor && end - j <= FRENCH_NAME_REACH + 1; j--) {
    const t = tokens[j];
    if (!t.word) return -1;
    if (FRENCH_BODY_HEADS.has(t.lower) && t.cap) return FRENCH_NAME_LINKS.has(tokens[j + 1].text) ? j : -1;
  }
  return -1;
}

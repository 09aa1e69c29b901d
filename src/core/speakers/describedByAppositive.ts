/**
 * "the group said" after "the Show-Me Forward Fund, a super PAC backing Stanhope, has spent $3 million": an
 * organization the recognizer finds inside an indefinite appositive ("a super PAC", "an affiliate of Harbor Health")
 * only says what kind of body the one named before the comma is, or whose; "the group" is the one before the comma.
 *
 * Left alone: an appositive with "the" ("Acme, the parent of Globex,"), which may name a body of its own, a phrase
 * with a preposition other than "of" ("Acme met Globex, a day after Tessel Freight …": no appositive), and an
 * organization further on in the sentence ("Acme hired Globex, and a week later …").
 */
import type { Span } from '../types';
import { OBLIQUE_PREPOSITIONS } from '../lexicon/functionWords';

/** ", a super ", ", an affiliate of ": a comma, "a"/"an" and up to three lower-case words, nothing else. */
const INDEFINITE_APPOSITIVE = /^,\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * The index of the organization `orgs[picked]` is an appositive of, when it is named inside an indefinite
 * appositive right after one that `fits`; else `picked`. `orgs` are the organizations in text order.
 */
export function appositiveOwner(
  text: string,
  orgs: readonly Span[],
  picked: number,
  fits: (o: Span) => boolean,
): number {
  const before = orgs[picked - 1];
  if (!before || !fits(before)) return picked;
  const gap = text.slice(before.end, orgs[picked].start);
  if (!INDEFINITE_APPOSITIVE.test(gap)) return picked;
  const words = gap.split(/[\s,]+/).filter(Boolean);
  return words.some((w) => w !== 'of' && OBLIQUE_PREPOSITIONS.has(w)) ? picked : picked - 1;
}

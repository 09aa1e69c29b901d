/**
 * Which trigger words a block holds, found once for all the rules. Many rules act only at a word of one list: street
 * names at "Street" or "Avenue" ("on Mina Road"), a person after a meeting verb at "met" ("Zelenskiy met Biden"), a
 * traded company at "shares" ("shares of Acme"). Each of them tested every token of every block against its list,
 * one set lookup per token per rule, and most blocks hold none of these words. One map lookup per distinct word (wordFacts.ts
 * remembers it) finds the words of every list below at once; a rule asks `ctx.holds(list)` and skips a block without its words.
 */
import {
  ABBREVIATED_PERSON_TITLES,
  AREA_NOUNS,
  AREA_PLURALS,
  BODY_WORDS,
  BURMESE_HONORIFICS,
  BURMESE_SHORT_HONORIFICS,
  CLUB_WORDS,
  COMPANY_NAMES,
  COMPANY_PLURAL_NOUNS,
  GEO_OF,
  GEO_PREFIX,
  GEO_SUFFIX,
  GIVEN_NAME_TITLES,
  KIND_OF,
  LEGAL_FORMS,
  NATURAL_AREA_NOUNS,
  ORG_WORDS,
  PERSON_HONORIFICS,
  PERSON_OBJECT_VERBS,
  PERSON_OWNED_NOUNS,
  PERSON_PREPOSITION_VERBS,
  PURPOSE_BODY_HEADS,
  RESIDENT_NOUNS,
  RESULT_VERBS,
  SECURITY_NOUNS,
  STORM_WORDS,
  TITLES,
  COMPASS_POINTS,
  WHERE_PREPOSITIONS,
} from '../../lexicon/entityWords';
import { STREET_WORDS } from '../../lexicon/speakerWords';

/** A word list a rule keys on: a set of words, or a map whose keys are the words. */
export type TriggerList = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** The lists `holds` answers for, one bit each (at most 31). A rule asking about another list is a bug. */
const TRIGGER_LISTS: readonly TriggerList[] = [
  ABBREVIATED_PERSON_TITLES,
  AREA_NOUNS,
  AREA_PLURALS,
  BODY_WORDS,
  BURMESE_HONORIFICS,
  BURMESE_SHORT_HONORIFICS,
  CLUB_WORDS,
  COMPANY_NAMES,
  COMPANY_PLURAL_NOUNS,
  COMPASS_POINTS,
  GEO_OF,
  GEO_PREFIX,
  GEO_SUFFIX,
  GIVEN_NAME_TITLES,
  KIND_OF,
  LEGAL_FORMS,
  NATURAL_AREA_NOUNS,
  ORG_WORDS,
  PERSON_HONORIFICS,
  PERSON_OBJECT_VERBS,
  PERSON_OWNED_NOUNS,
  PERSON_PREPOSITION_VERBS,
  PURPOSE_BODY_HEADS,
  RESIDENT_NOUNS,
  RESULT_VERBS,
  SECURITY_NOUNS,
  STORM_WORDS,
  STREET_WORDS,
  TITLES,
  WHERE_PREPOSITIONS,
];

if (TRIGGER_LISTS.length > 31) throw new Error('too many trigger lists for one bit each');

/** The bit of each list. */
const LIST_BITS = new Map<TriggerList, number>(TRIGGER_LISTS.map((list, i) => [list, 1 << i]));

/** Per word, the bits of the lists holding it: "president" is in TITLES only, "county" in CLUB_WORDS and AREA_NOUNS. */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  TRIGGER_LISTS.forEach((list, i) => {
    for (const word of list.keys()) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  return bits;
})();

/** The bits of every list that the lower-case word is in (0 for most words); a block's bits are its words' together. */
export function triggerBitsOf(lower: string): number {
  return WORD_BITS.get(lower) ?? 0;
}

/** Whether `bits` (a block's, from triggerBitsOf) say that some word of the block is in `list`. */
export function holdsList(bits: number, list: TriggerList): boolean {
  const bit = LIST_BITS.get(list);
  if (bit === undefined) throw new Error('a rule asked about a word list that triggerWords.ts does not index');
  return (bits & bit) !== 0;
}

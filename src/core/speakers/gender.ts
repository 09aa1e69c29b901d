/**
 * The gender a first name usually carries ("Angela" female, "John" male, "Kwame" male), from the generated list
 * (scripts/ner/build-first-names.mjs: compromise's lexicon and U.S. birth records). Coreference uses it so that
 * "she" skips a John Smith mentioned in between and finds Angela Merkel. Unknown and unisex names give undefined, as do
 * names whose sex differs between languages ("Ola", "Nicola"), which still count as first names (isFirstName).
 */
import data from './data/firstNames.json';
import { withoutAccents } from '../entities/gazetteer';
import { WORD_GIVEN_NAMES_FEMALE, WORD_GIVEN_NAMES_MALE } from '../lexicon/givenNames';

export type Gender = 'male' | 'female';

/** The sex a third-person pronoun gives its antecedent: "he", "his", "herself". */
export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/** A first name's gender, or 'neutral' for a given name whose sex differs between languages ("Ola", "Nicola"). */
type NameGender = Gender | 'neutral';

let table: Map<string, NameGender> | undefined;
let shared: Set<string> | undefined;

function build(): Map<string, NameGender> {
  const map = new Map<string, NameGender>();
  for (const w of data.male.split(' ')) map.set(w, 'male');
  for (const w of data.female.split(' ')) map.set(w, 'female');
  for (const w of data.neutral.split(' ')) map.set(w, 'neutral');
  for (const w of WORD_GIVEN_NAMES_MALE) map.set(w, 'male');
  for (const w of WORD_GIVEN_NAMES_FEMALE) map.set(w, 'female');
  return map;
}

function lookup(word: string): NameGender | undefined {
  table ??= build();
  const lower = word.toLowerCase();
  // "Geneviève", "José": the list keys names without their accents
  return table.get(lower) ?? table.get(withoutAccents(lower));
}

/**
 * Gender of a first name, any case ("Angela", "ANGELA"); undefined when the list does not know it, and for a name
 * whose sex differs between languages ("Ola Brynhildsen … he", "Nicola Sturgeon … she").
 */
export function firstNameGender(word: string): Gender | undefined {
  const g = lookup(word);
  return g === 'neutral' ? undefined : g;
}

/**
 * A first name of one sex that many people of the other bear too ("Lindsey", "Leslie", "Kelly", "Billie": 4% and
 * thousands of U.S. births of the other sex): its gender is a guess, which the article's own words overrule ("Sen.
 * Lindsey Graham … his rival"). Not "Hillary" nor "John": too few of the other sex.
 */
export function isSharedFirstName(word: string): boolean {
  shared ??= new Set(data.shared.split(' '));
  const lower = word.toLowerCase();
  return shared.has(lower) || shared.has(withoutAccents(lower));
}

/** The list knows the word as a first name, of either sex or of both ("Angela", "John", "Ola"). */
export function isFirstName(word: string): boolean {
  return lookup(word) !== undefined;
}

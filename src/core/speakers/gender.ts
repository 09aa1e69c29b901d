/**
 * The gender a first name usually carries ("Angela" female, "John" male, "Kwame" male), from the generated list
 * (scripts/ner/build-first-names.mjs: compromise's lexicon and U.S. birth records). Coreference uses it so that
 * "she" skips a John Smith mentioned in between and finds Angela Merkel. Unknown and unisex names give undefined.
 */
import data from './data/firstNames.json';
import { withoutAccents } from '../entities/gazetteer';
import { WORD_GIVEN_NAMES_FEMALE, WORD_GIVEN_NAMES_MALE } from '../lexicon/givenNames';

export type Gender = 'male' | 'female';

let table: Map<string, Gender> | undefined;

function build(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const w of data.male.split(' ')) map.set(w, 'male');
  for (const w of data.female.split(' ')) map.set(w, 'female');
  for (const w of WORD_GIVEN_NAMES_MALE) map.set(w, 'male');
  for (const w of WORD_GIVEN_NAMES_FEMALE) map.set(w, 'female');
  return map;
}

/** Gender of a first name, any case ("Angela", "ANGELA"); undefined when the list does not know it. */
export function firstNameGender(word: string): Gender | undefined {
  table ??= build();
  const lower = word.toLowerCase();
  // "Geneviève", "José": the list keys names without their accents
  return table.get(lower) ?? table.get(withoutAccents(lower));
}

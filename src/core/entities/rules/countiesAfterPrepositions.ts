/**
 * A name closed by a capitalized area word after a place preposition is a place: "a recount in Maricopa County",
 * "officials in Harris County said", "flooding in Cameron Parish". The tagger reads "X County" as the county's
 * government, an organization, wherever it stands; after "in", "at" or "across" it is the area. Not a body whose
 * name goes on ("in Harris County Court": the area word must close the name).
 */
import { AREA_NOUNS, LIST_PLACE_PREPOSITIONS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import { isNameWord, type EntityRule } from './context';

/** Area words that close a place's name when capitalized, besides AREA_NOUNS: "Cameron Parish". */
const CLOSING = new Set([...AREA_NOUNS, 'parish'].filter((w) => w !== 'island' && w !== 'river'));

export const countiesAfterPrepositions: EntityRule = {
  name: 'a name closed by an area word after a place preposition is a place',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list) {
      const size = e.to - e.from;
      if ((e.type !== 'ORG' && e.type !== 'PER') || size < 2 || size > 4 || e.from < 1) continue;
      const last = e.to - 1;
      if (!CLOSING.has(lower[last]) || !isCapitalized(tokens[last].text)) continue;
      if (!LIST_PLACE_PREPOSITIONS.has(tokens[e.from - 1].text)) continue;
      if (e.to < n && isNameWord(tokens[e.to].text)) continue;
      e.type = 'LOC';
      e.kind = 'region';
    }
  },
};

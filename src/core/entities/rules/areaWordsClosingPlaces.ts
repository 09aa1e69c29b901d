/**
 * "Zhejiang Province", "Oyo State Governor Seyi Makinde", "Wanzhou District": a capitalized word for an
 * administrative area right after a place closes that place's name. The tagger, taught by 1996 news that wrote
 * "Zhejiang province", splits the capitalized form into two places ("Zhejiang" and "Province"), and the rule that
 * takes a title out of an organization leaves "State" with the title ("Oyo" + "State Governor"). Not when the area
 * word opens a body's name ("Powys County Council": the organization holds it), nor after a country: a country is
 * no state's or district's name, and "U.S. District Judge" names a court's district.
 */
import { AREA_NOUNS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import { lookupPlaceTokens } from '../gazetteer';
import { adjacent, type EntityRule } from './context';

/** Area words that may close a place's name when capitalized ("Kaduna State"); "island" and "river" have their rules. */
const CLOSING = new Set([...AREA_NOUNS, 'state', 'region'].filter((w) => w !== 'island' && w !== 'river'));

export const areaWordsClosingPlaces: EntityRule = {
  name: 'a capitalized area word closes a place',
  apply({ text, tokens, lower, n, ents }) {
    for (const e of ents.list) {
      const k = e.to;
      if (e.type !== 'LOC' || e.to === e.from || k >= n || !CLOSING.has(lower[k])) continue;
      if (!isCapitalized(tokens[k].text) || !adjacent(text, tokens, k - 1, k)) continue;
      const next = ents.at(k);
      if (next && (next.type !== 'LOC' || next.to !== k + 1)) continue;
      if (lookupPlaceTokens(lower, e.from, e.to)?.kind === 'country') continue;
      ents.resize(e, e.from, k + 1);
      e.kind = 'region';
    }
  },
};

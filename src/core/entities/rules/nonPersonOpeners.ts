/**
 * "Our Revolution", "My Brother's Keeper", "Chez Vachon": a capitalized name opened by a possessive determiner or by
 * "chez" is a group's, a campaign's, a work's or a restaurant's name, never a person's (no one is called "Our"). The
 * tagger, seeing capitals, reads a person; the span is an organization, and "he" or "Revolution" later cannot denote
 * it. Not inside a longer name, where "My" is a name's word: "Truong My Hoa", "Truong My Lan".
 */
import { NON_PERSON_OPENERS } from '../../lexicon/entityWords';
import { adjacent, isNameWord, type EntityRule } from './context';

export const nonPersonOpeners: EntityRule = {
  name: 'a possessive or "chez" opens no person',
  apply({ text, tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to - e.from < 2 || !NON_PERSON_OPENERS.has(lower[e.from])) continue;
      const before = e.from - 1;
      if (before >= 0 && isNameWord(tokens[before].text) && adjacent(text, tokens, before, e.from)) continue;
      e.type = 'ORG';
    }
  },
};

/**
 * "Our Revolution", "My Brother's Keeper", "Their Future Matters": a capitalized name opened by a possessive
 * determiner is a group's, a campaign's or a work's name, never a person's (no one is called "Our"). The tagger,
 * seeing capitals, reads a person; the span is an organization, and "he" or "Revolution" later cannot denote it.
 */
import { POSSESSIVE_OPENERS } from '../../lexicon/entityWords';
import type { EntityRule } from './context';

export const possessiveOpenersNoPerson: EntityRule = {
  name: 'a possessive opens no person',
  apply({ lower, ents }) {
    for (const e of ents.list.slice())
      if (e.type === 'PER' && e.to - e.from >= 2 && POSSESSIVE_OPENERS.has(lower[e.from])) e.type = 'ORG';
  },
};

/**
 * Two marks of news copy the tagger reads as names: a photo credit's agency ("Neilson Barnard via Getty Images" is a
 * photographer and a company, not two people) and a legislator's party tag ("Sen. Jamie Redd (D) filibustered",
 * "Rep. Ann Hale (R-Texas)", whose "D" or "R" is no organization that "the company" could take up).
 */
import { PARTY_LETTERS, PHOTO_AGENCY_HEADS } from '../../lexicon/entityWords';
import type { EntityRule } from './context';

export const photoAgencies: EntityRule = {
  name: 'photo agencies not people',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list)
      if (
        e.type === 'PER' &&
        e.to - e.from >= 2 &&
        tokens[e.to - 1].text !== lower[e.to - 1] &&
        PHOTO_AGENCY_HEADS.has(lower[e.to - 1])
      )
        e.type = 'ORG';
  },
};

export const partyTags: EntityRule = {
  name: 'party tags not organizations',
  apply({ tokens, lower, ents }) {
    for (const e of [...ents.list]) {
      if (e.to - e.from !== 1 || e.type === 'PER' || lower[e.from - 1] !== '(') continue;
      const after = lower[e.to];
      if (tokens[e.from].text.length === 1 && PARTY_LETTERS.has(lower[e.from]) && (after === ')' || after === '-'))
        ents.remove(e);
    }
  },
};

/**
 * A club named for its town: "Harrowgate United sacked its manager", "a win for Dunmore Rovers". The tagger often
 * leaves an unknown town and the club word after it untagged, or takes the town for a place, at a sentence's start
 * above all. A run of capitalised words ending in a word only clubs end in ("United", "Rovers", "Athletic"; not
 * "City" or "County", which end places too) is one organization.
 *
 * Left alone: a run followed by another capitalised word (a Title Case headline, "Harrowgate United Supporters'
 * Trust"), and a run an entity already crosses.
 */
import { isCapitalized } from '../features';
import { CLUB_PLACE_WORDS, CLUB_WORDS } from '../../lexicon/entityWords';
import {
  adjacent,
  isNameWord,
  nameRunStart,
  organizationOver,
  type Entity,
  type EntityRule,
  type RuleContext,
} from './context';

/** Capitalised words before a club word that may name its town: "Harrowgate", "Queens Park", "Port Vale". */
const TOWN_WORDS = 3;

/** The one entity inside [from, to), or null when there is none; undefined when one crosses its edges or two are in. */
function entityWithin(ctx: RuleContext, from: number, to: number): Entity | null | undefined {
  let found: Entity | null = null;
  for (let i = from; i < to; i++) {
    const e = ctx.ents.at(i);
    if (!e) continue;
    if (e.from < from || e.to > to || (found && found !== e)) return undefined;
    found = e;
  }
  return found;
}

export const clubNamesAfterTowns: EntityRule = {
  name: 'club names after towns',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    if (!ctx.holds(CLUB_WORDS)) return;
    for (let k = 1; k < n; k++) {
      if (!CLUB_WORDS.has(lower[k]) || CLUB_PLACE_WORDS.has(lower[k]) || !isCapitalized(tokens[k].text)) continue;
      if (k + 1 < n && isNameWord(tokens[k + 1].text) && adjacent(ctx.text, tokens, k, k + 1)) continue;
      const from = nameRunStart(ctx, k, TOWN_WORDS);
      if (from === k) continue;
      const e = entityWithin(ctx, from, k + 1);
      if (e === undefined || (e && e.type === 'ORG' && e.from === from && e.to === k + 1)) continue;
      organizationOver(ents, e, from, k + 1);
    }
  },
};

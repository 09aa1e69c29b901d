/**
 * A union's local branch, named with its number: "Amalgamated Transit Union Local 1140", "Teamsters Local 727",
 * "SEIU Local 32BJ". The tagger reads "Union Local" as a given name and a surname, or stops before the number; the
 * whole run of capitalised words, "Local" and its number is one organization.
 *
 * Left alone: "Local" with no number after it ("Local 4 News" still ends at the number; "Local officials said").
 */
import { BRANCH_NUMBER } from '../../lexicon/entityWords';
import { adjacent, nameRunStart, organizationOver, type EntityRule } from './context';

/** Capitalised words of the union's name before "Local": "Amalgamated Transit Union". */
const UNION_NAME_WORDS = 5;

export const unionLocals: EntityRule = {
  name: 'union locals',
  apply(ctx) {
    const { text, tokens, n, ents } = ctx;
    for (let k = 1; k + 1 < n; k++) {
      if (tokens[k].text !== 'Local' || !BRANCH_NUMBER.test(tokens[k + 1].text)) continue;
      if (!adjacent(text, tokens, k, k + 1)) continue;
      let from = nameRunStart(ctx, k, UNION_NAME_WORDS, true);
      if (from === k) continue;
      // an entity crossing the left edge is part of the union's name ("the [United Auto Workers] Local 600")
      const first = ents.at(from);
      if (first && first.from < from) from = first.from;
      organizationOver(ents, first ?? ents.at(k) ?? ents.at(k - 1), from, k + 2);
    }
  },
};

/**
 * "The National Hockey League said", "the Regional Water Authority warned": after "the", capitalized words ending in
 * a body's word (League, Association, Federation, Union, Council, Authority, Commission, Agency …) are one body's
 * name, whether the tagger, taught by 1996 wire copy, found none of it or only its tail ("Water Authority"). People go
 * without the article, so the article vouches for the capitals.
 */
import { isCapitalized } from '../features';
import { lookupPlaceTokens } from '../gazetteer';
import { BODY_WORDS, ORG_WORDS, SITE_WORDS } from '../../lexicon/entityWords';
import type { Entity, EntityRule, RuleContext } from './context';
import { nameStartBefore } from './organizations';

/** A body's last word; not a site's ("the Olympic Stadium" is a place people meet, no body that speaks). */
const isBodyHead = (w: string): boolean => (BODY_WORDS.has(w) || ORG_WORDS.has(w)) && !SITE_WORDS.has(w);

/**
 * Where the body's name ending at head `h` starts, or -1: capitalized words back to "the", at least one of them. A
 * person's name stops the walk ("the Ruth Bale Foundation" is left to the tagger: she is named in it), and a place
 * the gazetteer knows whole keeps its tag ("the Soviet Union").
 */
function nameAfterThe(ctx: RuleContext, tail: Entity): number {
  const from = nameStartBefore(ctx, tail);
  if (from === tail.from || ctx.lower[from - 1] !== 'the') return -1;
  return lookupPlaceTokens(ctx.lower, from, tail.to) ? -1 : from;
}

export const bodyNamesAfterThe: EntityRule = {
  name: 'body names after "the"',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    if (!ctx.holds(BODY_WORDS) && !ctx.holds(ORG_WORDS)) return;
    for (let h = 2; h < n; h++) {
      if (!isBodyHead(lower[h]) || !isCapitalized(tokens[h].text)) continue;
      const tagged = ents.at(h);
      // a place or a person ending in the word is the tagger's reading, left to the rules that know them
      if (tagged && (tagged.type === 'LOC' || tagged.type === 'PER' || tagged.to !== h + 1)) continue;
      const tail: Entity = tagged ?? { from: h, to: h + 1, type: 'ORG' };
      const from = nameAfterThe(ctx, tail);
      if (from < 0) continue;
      if (!tagged) ents.add(tail);
      ents.resize(tail, from, tail.to);
      tail.type = 'ORG';
    }
  },
};

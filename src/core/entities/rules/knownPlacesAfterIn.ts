/**
 * One word after "in" that the gazetteer knows as a place is that place, though the tagger read a person: "farmers in
 * Ashanti and the Western North region", "protests in Victoria". A person is rarely "in" anyone; not a possessive
 * ("in Jordan's absence"), nor the word of a person's name elsewhere in the block ("Victoria Beckham ... in Victoria").
 */
import { lookupPlaceTokens } from '../gazetteer';
import { type Entity, type EntityRule, type RuleContext } from './context';

/** The words of the block's people of two words or more. */
function fullNameWords({ lower, ents }: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const e of ents.list)
    if (e.type === 'PER' && e.to - e.from >= 2) for (let k = e.from; k < e.to; k++) out.add(lower[k]);
  return out;
}

/** A one-word "person" right after a lower-case "in", no possessive after it, that the gazetteer knows as a place. */
function placeAfterIn({ tokens, lower, n }: RuleContext, e: Entity): boolean {
  if (e.type !== 'PER' || e.to - e.from !== 1 || e.from < 1 || tokens[e.from - 1].text !== 'in') return false;
  const next = e.to < n ? lower[e.to] : '';
  return next !== "'s" && next !== '’s' && lookupPlaceTokens(lower, e.from, e.to) !== undefined;
}

export const knownPlacesAfterIn: EntityRule = {
  name: 'a known place after "in" is a place',
  apply(ctx) {
    let named: Set<string> | undefined;
    for (const e of ctx.ents.list) {
      if (!placeAfterIn(ctx, e)) continue;
      named ??= fullNameWords(ctx);
      if (named.has(ctx.lower[e.from])) continue;
      e.type = 'LOC';
    }
  },
};

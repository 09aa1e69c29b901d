/**
 * Places listed with places: "strikes hit Jabalia, Deir al-Balah and Beit Lahiya", "fighting flared in
 * Nagorno-Karabakh and Stepanakert", "protesters marched in Lima, Arequipa and Cusco". A town too small for the gazetteer, listed with places, is one more place (the
 * tagger leaves an unknown word in a list untagged or guesses an organization).
 */
import { PLACE_LIST_FOLLOWERS as LIST_FOLLOWERS, LIST_PLACE_PREPOSITIONS } from '../../lexicon/entityWords';
import { lookupPlaceTokens } from '../gazetteer';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import { unknownNameWord } from './people';

/** One item of a list: an entity, or one free name word (`entity` undefined). */
interface Item {
  from: number;
  to: number;
  entity?: Entity;
}

/** The item starting at token k, if any. */
function itemAt({ tokens, ents }: RuleContext, k: number): Item | undefined {
  const e = ents.at(k);
  if (e) return e.from === k ? { from: k, to: e.to, entity: e } : undefined;
  return isNameWord(tokens[k].text) ? { from: k, to: k + 1 } : undefined;
}

/** Where an item starting at token k would end: its entity's end, else the next token; -1 inside an entity. */
function itemEnd({ ents }: RuleContext, k: number): number {
  const e = ents.at(k);
  if (e) return e.from === k ? e.to : -1;
  return k + 1;
}

/** The token after the joint ("," "and" ", and" "or") from token k, or -1. */
function afterJoint(lower: string[], k: number, n: number): number {
  let j = k;
  if (j < n && lower[j] === ',') j++;
  if (j < n && (lower[j] === 'and' || lower[j] === 'or')) j++;
  return j > k ? j : -1;
}

/** An item that may become a place: a free word or a one-word organization or other name, which no list knows. */
function mayBePlace(ctx: RuleContext, it: Item): boolean {
  if (it.to - it.from !== 1 || (it.entity && it.entity.type !== 'ORG' && it.entity.type !== 'MISC')) return false;
  // "near Moscow, Interfax news agency said": a name a lower-case word runs on from is no list's end
  const next = ctx.tokens[it.to]?.text ?? '.';
  if (/^\p{Ll}/u.test(next) && !LIST_FOLLOWERS.has(next)) return false;
  // "in Surrey and Burnaby": a city the gazetteer knows, taken for a club or firm, or a word no list knows
  const kind = it.entity ? lookupPlaceTokens(ctx.lower, it.from, it.to)?.kind : undefined;
  return kind === 'city' || kind === 'region' || unknownNameWord(ctx.p, ctx.lower, ctx.tokens, it.from);
}

/** The list's items become places where enough of them are places already. */
function settle(ctx: RuleContext, items: Item[]): void {
  const { lower, ents } = ctx;
  const places = items.filter((it) => it.entity?.type === 'LOC').length;
  if (items.some((it) => it.entity?.type === 'PER' || (it.entity?.type === 'ORG' && !mayBePlace(ctx, it)))) return;
  const first = items[0].from;
  // a list after a place preposition ("in X and Y", "across X, Y and Z"), one of them a place the gazetteer knows;
  // or two places of more
  const known = items.some((it) => it.entity?.type === 'LOC' && lookupPlaceTokens(lower, it.from, it.to));
  const located = places >= 1 && known && LIST_PLACE_PREPOSITIONS.has(lower[first - 1] ?? '');
  const ok = items.length === 2 ? located : places >= 2 || located;
  if (!ok) return;
  for (const it of items) {
    if (it.entity?.type === 'LOC' || !mayBePlace(ctx, it)) continue;
    if (it.entity) it.entity.type = 'LOC';
    else ents.add({ from: it.from, to: it.to, type: 'LOC' });
  }
}

export const placesListedWithPlaces: EntityRule = {
  name: 'places listed with places',
  apply(ctx) {
    const { text, tokens, lower, n } = ctx;
    let k = 0;
    while (k < n) {
      // most tokens open no item, and most items no list: look for a joint ("Jabalia, Deir al-Balah") where an item
      // would end before asking whether one starts (a name word's regular expression, an item object)
      const end = itemEnd(ctx, k);
      const joint = end < 0 ? -1 : afterJoint(lower, end, n);
      const first = joint < 0 || joint >= n || !adjacent(text, tokens, k, joint) ? undefined : itemAt(ctx, k);
      if (!first) {
        k = Math.max(end, k + 1);
        continue;
      }
      const items: Item[] = [];
      let it: Item | undefined = first;
      while (it) {
        items.push(it);
        const j = afterJoint(lower, it.to, n);
        if (j < 0 || j >= n || !adjacent(text, tokens, it.from, j)) break;
        it = itemAt(ctx, j);
      }
      if (items.length >= 2) settle(ctx, items);
      k = items.length > 0 ? items[items.length - 1].to : k + 1;
    }
  },
};

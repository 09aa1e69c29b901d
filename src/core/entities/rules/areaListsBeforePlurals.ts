/**
 * A list of names before a plural area word names that many areas: "the Kosi and Gandak rivers", "Dak Lak and Lam
 * Dong provinces", "Sonora, Chihuahua and Durango states". The tagger reads "Kosi and Gandak" as one body, or the
 * last, unknown name as an organization. Not a list of peoples or parties ("Arab and Western states", "Republican
 * and Democratic states"): a demonym or an adjective the tagger called MISC describes the areas, names none.
 */
import { AREA_PLURALS, NOT_TITLE_WORDS } from '../../lexicon/entityWords';
import { demonymCountry } from '../gazetteer';
import { adjacent, isNameWord, type EntityRule, type RuleContext } from './context';

/** Name words an item may hold: "Lam Dong", "North Penajam Paser". */
const ITEM_WORDS = 3;
/** Items a list may hold. */
const MOST_ITEMS = 6;

/** The first token of the run of name words ending before token `to`, at most ITEM_WORDS; `to` when none. */
function itemStart({ text, tokens, lower }: RuleContext, to: number): number {
  let from = to;
  while (
    from > 0 &&
    to - from < ITEM_WORDS &&
    nameWordAt(tokens[from - 1].text, lower[from - 1]) &&
    adjacent(text, tokens, from - 1, to)
  )
    from--;
  return from;
}

/** A name word, not a function word capitalized at a sentence's start ("The Kosi and Gandak rivers"). */
function nameWordAt(word: string, lower: string): boolean {
  return isNameWord(word) && !NOT_TITLE_WORDS.has(lower);
}

/** The items [from, to) of the list closing before token k (last first), when it has "and" before its last item. */
function listBefore(ctx: RuleContext, k: number): Array<[number, number]> {
  const { lower } = ctx;
  const items: Array<[number, number]> = [];
  let to = k;
  while (items.length < MOST_ITEMS) {
    const from = itemStart(ctx, to);
    if (from === to) return [];
    items.push([from, to]);
    const joint = lower[from - 1];
    if (items.length === 1 ? joint !== 'and' : joint !== ',') break;
    to = from - 1;
  }
  return items.length >= 2 ? items : [];
}

/** An item that names a people or a party, not an area: a demonym, or a word the tagger called MISC. */
function describesPeople({ tokens, ents }: RuleContext, [from, to]: [number, number]): boolean {
  for (let k = from; k < to; k++) if (demonymCountry(tokens[k].text) || ents.at(k)?.type === 'MISC') return true;
  return false;
}

export const areaListsBeforePlurals: EntityRule = {
  name: 'a list of names before a plural area word names areas',
  apply(ctx) {
    if (!ctx.holds(AREA_PLURALS)) return;
    const { tokens, lower, n, ents } = ctx;
    for (let k = 3; k < n; k++) {
      if (!AREA_PLURALS.has(lower[k]) || tokens[k].text !== lower[k]) continue;
      const items = listBefore(ctx, k);
      if (items.length === 0 || items.some((it) => describesPeople(ctx, it))) continue;
      // the entities over the list must lie within it ("Kosi and Gandak" as one body is taken apart)
      const first = items[items.length - 1][0];
      const inside = new Set(items.flatMap(([from, to]) => [ents.at(from), ents.at(to - 1)]));
      if ([...inside].some((e) => e && (e.from < first || e.to > k || e.type === 'PER'))) continue;
      for (const e of inside) if (e) ents.remove(e);
      for (const [from, to] of items) ents.add({ from, to, type: 'LOC', kind: 'region' });
    }
  },
};

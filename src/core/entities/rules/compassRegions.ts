/**
 * A compass or position word opening a known place's name makes one region: "Central Sulawesi", "South Kivu",
 * "Upper Nile"; or any name after an opener the tagger made a place alone ("Central" + "Sulawesi", read as a place
 * and a person). Not an organization's name that goes on ("Southern California Edison",
 * "Central Java Police"), nor a region already whole ("North Korea").
 */
import { BODY_WORDS, NOT_TITLE_WORDS, ORG_WORDS, PLACE_PREPOSITIONS, REGION_OPENERS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import { lookupPlaceTokens } from '../gazetteer';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/** Name words the place after the opener may have: "Sulawesi", "Penajam Paser". */
const PLACE_WORDS = 2;

/** The end of the known place right after the opener at k, or -1: the longest run of one or two name words. */
function knownPlaceAfter({ text, tokens, lower, n }: RuleContext, k: number): number {
  for (let j = Math.min(n, k + 1 + PLACE_WORDS); j > k + 1; j--) {
    let words = true;
    for (let i = k + 1; i < j && words; i++)
      words = isNameWord(tokens[i].text) && !NOT_TITLE_WORDS.has(lower[i]) && adjacent(text, tokens, i - 1, i);
    if (words && lookupPlaceTokens(lower, k + 1, j)) return j;
  }
  return -1;
}

/**
 * The end of the name after an opener the tagger took alone for a place ("Central" + "Sulawesi"), or -1: the
 * tagger's own split says the pair is a place, whatever it made of the name.
 */
function nameAfterLoneOpener({ text, tokens, ents }: RuleContext, k: number): number {
  const opener = ents.at(k);
  const next = ents.at(k + 1);
  if (!opener || opener.type !== 'LOC' || opener.from !== k || opener.to !== k + 1) return -1;
  if (!next || next.from !== k + 1 || next.to - next.from > PLACE_WORDS || !adjacent(text, tokens, k, k + 1)) return -1;
  return next.to;
}

/** A capitalized name word, or an organization's word, goes on after the region: it is a body's name. */
function nameGoesOn({ text, tokens, lower, n }: RuleContext, j: number): boolean {
  if (j >= n || !adjacent(text, tokens, j - 1, j)) return false;
  return (
    (isNameWord(tokens[j].text) && !NOT_TITLE_WORDS.has(lower[j])) ||
    ORG_WORDS.has(lower[j]) ||
    BODY_WORDS.has(lower[j])
  );
}

/**
 * The tagger read the whole name as one body, and a place preposition says it is a place: "in South Sulawesi". A
 * body without one stays ("North Sydney 46 South Sydney 4": teams in a results table).
 */
function bodyInPlace({ lower }: RuleContext, e: Entity): boolean {
  return e.type !== 'LOC' && e.type !== 'PER' && PLACE_PREPOSITIONS.has(lower[e.from - 1] ?? '');
}

/** The entities over [k, j), when all lie within it; null when one reaches out. */
function entitiesWithin({ ents }: RuleContext, k: number, j: number): Set<Entity> | null {
  const inside = new Set<Entity>();
  for (let i = k; i < j; i++) {
    const e = ents.at(i);
    if (!e) continue;
    if (e.from < k || e.to > j) return null;
    inside.add(e);
  }
  return inside;
}

export const compassRegions: EntityRule = {
  name: 'a compass word opening a known place makes one region',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    for (let k = 0; k + 1 < n; k++) {
      if (!REGION_OPENERS.has(lower[k]) || !isCapitalized(tokens[k].text)) continue;
      const known = knownPlaceAfter(ctx, k);
      const j = known >= 0 ? known : nameAfterLoneOpener(ctx, k);
      if (j < 0 || nameGoesOn(ctx, j)) continue;
      const inside = entitiesWithin(ctx, k, j);
      if (!inside) continue;
      const whole = ents.at(k);
      if (whole && whole.from === k && whole.to === j && !bodyInPlace(ctx, whole)) continue;
      const [first, ...rest] = [...inside];
      for (const e of rest) ents.remove(e);
      if (first) {
        ents.resize(first, k, j);
        first.type = 'LOC';
        first.kind = 'region';
      } else ents.add({ from: k, to: j, type: 'LOC', kind: 'region' });
      k = j - 1;
    }
  },
};

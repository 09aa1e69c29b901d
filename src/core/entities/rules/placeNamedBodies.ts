/**
 * Bodies and shops whose names hold a place's or a person's name, which the tagger reads as that place or person:
 * "Reform UK", "Health Canada", "Colleges Ontario" (a noun and a place), "Harju's Grocery" (an owner's shop).
 */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlace, lookupPlaceTokens } from '../gazetteer';
import {
  AREA_NOUNS,
  COMPANY_NAMES,
  DATE_WORDS,
  FACILITY_WORDS,
  SPEECH_NEIGHBOURS,
  NOT_TITLE_WORDS,
  PLACE_MODIFIERS,
  PLACE_PREPOSITIONS,
  SHOP_NOUNS,
  TITLES,
} from '../../lexicon/entityWords';
import { adjacent, type Entity, type EntityRule, type RuleContext } from './context';

/**
 * Token k is a capitalized common noun that may open a body's name: no name, place, title or function word. At a
 * sentence's start, where adjectives and participles are capitalized too ("Corporate America", "Hijacked Sudan
 * plane"), only a word no lexicon knows as an ordinary word ("Health Canada"); a "person" needs a plural noun
 * ("Colleges Ontario", not "Nana Miyagi", Miyagi being a Japanese prefecture).
 */
function bodyNoun({ text, p, tokens, lower }: RuleContext, k: number, person: boolean): boolean {
  const w = lower[k];
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || lookupPlace(tokens[k].text)) return false;
  if (TITLES.has(w) || NOT_TITLE_WORDS.has(w) || DATE_WORDS.has(w) || PLACE_MODIFIERS.has(w)) return false;
  if (PLACE_PREPOSITIONS.has(w) || (person && !/[^s]s$/.test(w))) return false;
  const tags = lexiconTags(w, p.wordHash[k]);
  const opening = k === 0 || !adjacent(text, tokens, k - 1, k) || !/^[\p{L}\p{N},'’]/u.test(tokens[k - 1].text);
  return tags === '' || (tags === 'w' && !opening);
}

/**
 * Where the country or region of entity e starts, the body's noun then at the token before it: a place tagged alone
 * ("Reform" + "UK"), or a two-word "person" ending in one ("Colleges Ontario"); undefined when there is none.
 */
function placeStart({ lower }: RuleContext, e: Entity): number | undefined {
  const from = e.type === 'PER' ? e.from + 1 : e.from;
  if (e.type === 'PER' && e.to - e.from !== 2) return undefined;
  const kind = lookupPlaceTokens(lower, from, e.to)?.kind;
  return kind === 'country' || kind === 'region' ? from : undefined;
}

/** Token k is a capitalized word or a line edge next to the name: a Title Case headline, not a body's name. */
function capitalizedNeighbour({ text, tokens }: RuleContext, k: number, from: number): boolean {
  return (
    k >= 0 &&
    k < tokens.length &&
    isCapitalized(tokens[k].text) &&
    adjacent(text, tokens, Math.min(k, from), Math.max(k, from))
  );
}

/**
 * A common noun before a country or region names a body: "Reform UK won five seats", "Health Canada approved the
 * vaccine", "Colleges Ontario said" (tagged a place, or a person). Not a modifier ("Rural Canada", "Southern
 * California"), nor words in a Title Case headline ("Floods Hit Canada As Rains Continue": capitals either side).
 */
export const bodiesNamedNounPlace: EntityRule = {
  name: 'bodies named by a noun and a place',
  apply(ctx) {
    const { text, tokens, lower, ents } = ctx;
    const named = new Set<string>();
    // the name's other mentions are the body too: "Reform UK won five seats ... Reform UK said"
    const nameOf = (e: Entity, noun: number) => `${lower[noun]} ${lower.slice(noun + 1, e.to).join(' ')}`;
    for (const pass of [0, 1]) {
      // the second pass only finds other mentions of names the first one settled
      if (pass === 1 && named.size === 0) break;
      for (const e of ents.list) {
        if (e.to === e.from || (e.type !== 'LOC' && e.type !== 'PER')) continue;
        const place = placeStart(ctx, e);
        if (place === undefined) continue;
        const noun = place - 1;
        if (noun < 0 || (noun < e.from && ents.at(noun)) || !adjacent(text, tokens, noun, place)) continue;
        // "Health and Welfare Canada": a noun coordinated with another is a body's even in the singular
        const person = e.type === 'PER' && coordinatedNoun(ctx, noun) === noun;
        if (pass === 1 ? !named.has(nameOf(e, noun)) : !bodyNoun(ctx, noun, person)) continue;
        const before = lower[noun - 1] === "'s" || lower[noun - 1] === '’s' ? -1 : noun - 1;
        if (capitalizedNeighbour(ctx, before, noun) || capitalizedNeighbour(ctx, e.to, noun)) continue;
        named.add(nameOf(e, noun));
        ents.resize(e, coordinatedNoun(ctx, noun), e.to);
        e.type = 'ORG';
      }
    }
  },
};

/** "Fisheries and Oceans Canada", "Health and Welfare Canada": a body noun joined by "and" opens the name; else `noun`. */
function coordinatedNoun(ctx: RuleContext, noun: number): number {
  const first = noun - 2;
  const { text, tokens, ents } = ctx;
  if (first < 0 || tokens[noun - 1].text !== 'and' || ents.at(first)) return noun;
  return adjacent(text, tokens, first, noun) && bodyNoun(ctx, first, false) ? first : noun;
}

/**
 * A tagged organization goes back over "Noun and": "Fisheries and" + "Oceans Canada", "Procter and" + "Gamble"; not a
 * company known by itself ("Marriott and" + "AT&T" are two).
 */
export const coordinatedBodyNames: EntityRule = {
  name: 'bodies named by coordinated nouns',
  apply(ctx) {
    for (const e of ctx.ents.list) {
      if (e.type !== 'ORG' || e.to === e.from) continue;
      if (COMPANY_NAMES.has(ctx.lower.slice(e.from, e.to).join(''))) continue;
      const first = coordinatedNoun(ctx, e.from);
      if (first < e.from) ctx.ents.resize(e, first, e.to);
    }
  },
};

/**
 * An owner's name, "'s" and a shop noun name a shop: "Harju's Grocery" (Harju, an Estonian county, is no place
 * here), "Moreno's Pizzeria", "Lindqvist's Bakery". The name, tagged or not, and the shop noun become one organization.
 */
export const shopsNamedForOwners: EntityRule = {
  name: 'shops named for their owners',
  apply({ text, tokens, lower, n, ents }) {
    for (let k = 1; k + 1 < n; k++) {
      if ((lower[k] !== "'s" && lower[k] !== '’s') || tokens[k].start !== tokens[k - 1].end) continue;
      if (!SHOP_NOUNS.has(lower[k + 1]) || !isCapitalized(tokens[k + 1].text) || !adjacent(text, tokens, k - 1, k + 1))
        continue;
      const owner = ents.at(k - 1);
      if (!owner && !/^\p{Lu}\p{Ll}/u.test(tokens[k - 1].text)) continue;
      const from = owner && owner.to === k ? owner.from : k - 1;
      let to = k + 2;
      if (ents.at(k + 1)) to = Math.max(to, (ents.at(k + 1) as Entity).to);
      for (let j = from; j < to; j++) {
        const e = ents.at(j);
        if (e) ents.remove(e);
      }
      ents.add({ from, to, type: 'ORG' });
    }
  },
};

/**
 * Words of a body's name that may hold "in" or "at": "University of California at Berkeley", "Organisation for
 * Security and Cooperation in Europe".
 */
const NAMES_HOLDING_PLACES = /^(?:university|college|institute|school|hospital|for|and)$/;

/**
 * A tagged name that runs on over "in" or "at" into a place is two names: "Constitutional Court in Bangkok", "Iga
 * Swiatek at Roland Garros", "Elon Musk at a Tesla factory" (the tagger, meeting modern names, ran one span over
 * them). The part after it is a place when the gazetteer knows it, else an organization; "University of California
 * at Berkeley" and "Organisation for Security and Cooperation in Europe" stay whole.
 */
export const namesRunningIntoPlaces: EntityRule = {
  name: 'names running into places',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if ((e.type !== 'ORG' && e.type !== 'PER') || e.to - e.from < 3) continue;
      let j = e.from + 1;
      while (j < e.to - 1 && lower[j] !== 'in' && lower[j] !== 'at') j++;
      if (j >= e.to - 1 || !isCapitalized(tokens[j - 1].text)) continue;
      if (lower.slice(e.from, j).some((w) => NAMES_HOLDING_PLACES.test(w))) continue;
      let from = j + 1;
      while (from < e.to && (lower[from] === 'a' || lower[from] === 'the')) from++;
      if (from >= e.to || !isCapitalized(tokens[from].text)) continue;
      const to = e.to;
      ents.resize(e, e.from, j);
      ents.add({ from, to, type: lookupPlaceTokens(lower, from, to) ? 'LOC' : 'ORG' });
    }
  },
};

/**
 * A place and a capitalized noun no place's name ends in, saying something, is a body: "Alberta Wildfire said",
 * "Tasmania Fire said" (the tagger stretches the place over the noun). Places speak only through their governments,
 * named by the place alone ("Alberta said"); a site or an area word keeps the place ("Morgan City", "Gaza Strip" is
 * left alone too when the gazetteer knows the whole).
 */
export const placeAndNounSpeaking: EntityRule = {
  name: 'a place and a noun speaking',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to - e.from < 2 || e.to >= n || !SPEECH_NEIGHBOURS.has(lower[e.to])) continue;
      const last = e.to - 1;
      if (!isCapitalized(tokens[last].text) || FACILITY_WORDS.has(lower[last]) || AREA_NOUNS.has(lower[last])) continue;
      if (lookupPlaceTokens(lower, e.from, e.to) || !lookupPlaceTokens(lower, e.from, last)) continue;
      e.type = 'ORG';
    }
  },
};

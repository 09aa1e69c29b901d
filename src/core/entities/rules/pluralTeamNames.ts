/**
 * A team named in the plural after "the": "the Kamloops Blazers fired their coach", "a defeat by the Prince George
 * Cougars". No one is called "the Silvertips": a person's name takes no article, and a name whose last word is a plural
 * noun no surname list knows is a club's. The tagger, reading "George Cougars" as given name and surname, makes a
 * person of it; "the club said" then has no club to take up.
 *
 * Left alone: a person's name used as a modifier ("the Bernie Sanders campaign": Sanders is a surname; "the Tom Hanks
 * film": Tom is a given name and no place), a plural place ("the Kuril Islands", "the Cayman Islands").
 */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { GEO_SUFFIX } from '../../lexicon/entityWords';
import { isNameWord, type EntityRule, type RuleContext } from './context';

/** Name words between "the" and a team's last word at most: "the Prince George Cougars", "the Toronto Maple Leafs". */
const MAX_TEAM_WORDS = 4;

/**
 * A plural noun written as a name's end: "Blazers", "Silvertips", "Broncos"; not a word that only ends in "s" ("the
 * Iowa Caucus", "Texas", "Memphis", "Congress").
 */
const PLURAL_NAME_END = /^\p{Lu}\p{Ll}+[^aisu]s$/u;

/** The end of the run of capitalized name words after token `the`, at most MAX_TEAM_WORDS long. */
function runAfter(ctx: RuleContext, the: number): number {
  const { tokens, n } = ctx;
  let to = the + 1;
  while (to < n && to - the <= MAX_TEAM_WORDS && isNameWord(tokens[to].text) && isCapitalized(tokens[to].text)) to++;
  return to - the > MAX_TEAM_WORDS ? -1 : to;
}

/**
 * What the tagger drew over the run is no organization yet: a person ("George Cougars"), a place its town's name
 * made of it ("the Kamloops Blazers") or nothing. A place the gazetteer knows stays (namesATeam), and a place named
 * for no town ("the West Midlands").
 */
function retaggable(ctx: RuleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const e = ctx.ents.at(i);
    if (!e) continue;
    if (e.type === 'ORG' || e.type === 'MISC' || e.from < from || e.to > to) return false;
    // a place over the whole run is a team only when its town is one: "the Kamloops Blazers", not "the West Midlands"
    if (e.type === 'LOC' && e.from === from && e.to === to && !namedForATown(ctx, from, to - 1)) return false;
  }
  return true;
}

/**
 * Whether tokens [from, to) name a town a team may be named for: a city ("Kamloops", "Prince George") or a place of
 * more words ("New England"); a one-word region is rather part of a region's name ("West" in "the West Midlands").
 */
function namedForATown(ctx: RuleContext, from: number, to: number): boolean {
  const place = lookupPlaceTokens(ctx.lower, from, to);
  return !!place && (place.kind === 'city' || to - from >= 2);
}

/** Whether the run [from, to) may name a team: a plural end no surname, no place, no person's given name opening it. */
function namesATeam(ctx: RuleContext, from: number, to: number): boolean {
  const { tokens, lower, p } = ctx;
  const last = to - 1;
  if (to - from < 2 || !PLURAL_NAME_END.test(tokens[last].text) || GEO_SUFFIX.has(lower[last])) return false;
  if (lexiconTags(lower[last], p.wordHash[last]).includes('l') || lookupPlaceTokens(lower, from, to)) return false;
  // "the Tom Hanks film" is a person's; "the Everett Silvertips", named for a town, a team's
  const given = lexiconTags(lower[from], p.wordHash[from]).includes('f');
  return !given || lookupPlaceTokens(lower, from, last) !== undefined;
}

export const pluralTeamNames: EntityRule = {
  name: 'teams named in the plural after "the"',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (let the = 0; the + 2 < ctx.n; the++) {
      if (lower[the] !== 'the') continue;
      const to = runAfter(ctx, the);
      if (to < 0 || !namesATeam(ctx, the + 1, to) || !retaggable(ctx, the + 1, to)) continue;
      for (let i = the + 1; i < to; i++) {
        const e = ents.at(i);
        if (e) ents.remove(e);
      }
      ents.add({ from: the + 1, to, type: 'ORG' });
      the = to - 1;
    }
  },
};

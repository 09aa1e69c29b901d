/**
 * The dateline's place named again in the story is that place: "ULAANBAATAR (Reuters) - ... a political analyst in
 * Ulaanbaatar." The dateline rule makes the capitals a place, but the tagger, meeting the city's name in running text
 * for the first time, may guess an organization. A place written in capitals (a dateline's) lends its type to the
 * same words in ordinary case that the tagger took for a body or a name of another kind, after a preposition of place
 * ("in Ulaanbaatar"): "LIVERPOOL (Reuters) - Liverpool beat Everton" names the club, and people keep their type.
 */
import { PLACE_PREPOSITIONS } from '../../lexicon/entityWords';
import { isAllCaps, type EntityRule } from './context';

/** Prepositions that put a name on the map: not "at" nor "around" ("lost away at Heerenveen", "around Porto's keeper"). */
const LOCATING = new Set([...PLACE_PREPOSITIONS].filter((w) => w !== 'at' && w !== 'around'));

export const datelinePlacesAgain: EntityRule = {
  name: "the dateline's place named again",
  apply({ tokens, lower, ents }) {
    const keys = new Set<string>();
    for (const e of ents.list)
      if (e.type === 'LOC' && e.to > e.from && tokens.slice(e.from, e.to).every((t) => isAllCaps(t.text)))
        keys.add(lower.slice(e.from, e.to).join(' '));
    if (keys.size === 0) return;
    for (const e of ents.list) {
      if ((e.type !== 'ORG' && e.type !== 'MISC') || e.to === e.from || isAllCaps(tokens[e.from].text)) continue;
      if (e.from === 0 || !LOCATING.has(lower[e.from - 1]) || tokens[e.from - 1].text !== lower[e.from - 1]) continue;
      if (lower[e.to] === "'s" || lower[e.to] === '’s') continue;
      if (keys.has(lower.slice(e.from, e.to).join(' '))) e.type = 'LOC';
    }
  },
};

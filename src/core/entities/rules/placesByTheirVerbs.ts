/**
 * What the sentence does with a name settles place or not where the tagger guessed: troops raid and shell places
 * ("Israeli troops raided Nablus", Nablus read as a person), things happen on or in places ("on the Gold Coast", read
 * as an organization: a former colony and a club share the name), and people join clubs and firms, not towns
 * ("joined Atalanta", "joined Sassuolo": clubs named for towns, or read as towns). What lies "along the" one-word
 * name is by a river, a coast or a border ("along the Beas", "along the Vistula"), which the tagger, never having
 * met the name, may read as a body.
 */
import { lookupPlaceTokens } from '../gazetteer';
import { ATTACK_VERBS, JOIN_VERBS } from '../../lexicon/entityWords';
import { isAllCaps, type Entity, type EntityRule } from './context';
import type { Token } from '../tokenize';

/** Prepositions that put what follows on the map: "in the Gold Coast hinterland", "on the Gold Coast". */
const LOCATING = new Set(['in', 'on', 'near']);

/** "along the Beas": one name word, not in capitals ("along the BJP"), that the tagger made a body or a name. */
function alongThe(tokens: Token[], lower: string[], e: Entity): boolean {
  if (e.to - e.from !== 1 || (e.type !== 'ORG' && e.type !== 'MISC') || e.from < 2) return false;
  return lower[e.from - 1] === 'the' && lower[e.from - 2] === 'along' && !isAllCaps(tokens[e.from].text);
}

export const placesByTheirVerbs: EntityRule = {
  name: 'places by what the sentence does with them',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.to === e.from || e.from === 0) continue;
      const before = lower[e.from - 1];
      const lowerBefore = tokens[e.from - 1].text === before;
      const one = e.to - e.from === 1;
      const multiOrg =
        e.type === 'ORG' &&
        e.to - e.from >= 2 &&
        (LOCATING.has(before) || (before === 'the' && LOCATING.has(lower[e.from - 2] ?? '')));
      const attacked = e.type !== 'LOC' && one && lowerBefore && ATTACK_VERBS.has(before);
      const joined = e.type === 'LOC' && one && lowerBefore && JOIN_VERBS.has(before);
      if (alongThe(tokens, lower, e)) {
        e.type = 'LOC';
        continue;
      }
      // the gazetteer is asked (a key built from the entity's words) only where the words around call for it
      if (!multiOrg && !attacked && !joined) continue;
      const kind = lookupPlaceTokens(lower, e.from, e.to)?.kind;
      // a multi-word city or region the gazetteer knows, read as an organization after "on the" or "in"
      if (multiOrg && (kind === 'city' || kind === 'region')) e.type = 'LOC';
      // "raided Nablus": a known town or region read as a person or a body, after a verb of attack
      else if (attacked && kind) e.type = 'LOC';
      // "joined Atalanta", "joined Sassuolo": a one-word "place" that is no country or region (those join unions and
      // federations: "Crimea to join Russia"), after a verb of joining
      else if (joined && kind !== 'country' && kind !== 'region') e.type = 'ORG';
    }
  },
};

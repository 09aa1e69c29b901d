/**
 * A place's name shaped "X-on-Y": a town on its river or sea ("Hay-on-Wye", "Stratford-upon-Avon", "Southend-on-Sea",
 * "Boulogne-sur-Mer", "Aix-en-Provence", "Frankfurt-am-Main"). No person or firm is named so; the tagger, never
 * having met the word, guesses a body or leaves it out.
 */
import { PLACE_NAME_LINKS } from '../../lexicon/entityWords';
import { type EntityRule } from './context';

/** "Hay-on-Wye": capitalized parts joined by a link word of place names. */
function placeShaped(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 3 || !/^\p{Lu}\p{Ll}/u.test(parts[0]) || !/^\p{Lu}/u.test(parts[parts.length - 1])) return false;
  return parts.slice(1, -1).some((w) => PLACE_NAME_LINKS.has(w));
}

export const hyphenatedPlaceNames: EntityRule = {
  name: 'a town named "X-on-Y" is a place',
  apply({ tokens, n, ents }) {
    for (let k = 0; k < n; k++) {
      if (tokens[k].text.length < 6 || !tokens[k].text.includes('-') || !placeShaped(tokens[k].text)) continue;
      const e = ents.at(k);
      if (!e) ents.add({ from: k, to: k + 1, type: 'LOC' });
      else if (e.type !== 'LOC' && e.from === k && e.to === k + 1) {
        e.type = 'LOC';
        delete e.country;
      }
    }
  },
};

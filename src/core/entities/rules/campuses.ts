/**
 * "the University of California, Davis", "University of Wisconsin, Madison": a university named by its system's place
 * then, after a comma, its campus's town. The tagger reads the town as a person ("Davis", "Madison"); it is the
 * university's name, which ends there. Only a single capitalized word closed by punctuation, so that "the University
 * of Ohio, Ann Hale said" keeps its person.
 */
import { isCapitalized } from '../features';
import { INSTITUTION_WORDS } from '../../lexicon/entityWords';
import { type EntityRule } from './context';

export const universityCampuses: EntityRule = {
  name: 'a university campus after its system',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.to - e.from < 3 || !INSTITUTION_WORDS.has(lower[e.from]) || lower[e.from + 1] !== 'of')
        continue;
      const comma = e.to;
      const town = comma + 1;
      if (tokens[comma]?.text !== ',' || town >= n || !isCapitalized(tokens[town].text)) continue;
      const after = tokens[town + 1];
      if (after && after.text !== ',' && after.text !== '.' && after.text !== ')' && after.text !== ';') continue;
      const other = ents.at(town);
      if (other && (other.from !== town || other.to !== town + 1)) continue;
      if (other) ents.remove(other);
      ents.resize(e, e.from, town + 1);
    }
  },
};

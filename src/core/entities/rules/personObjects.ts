/**
 * People named as the one met or spoken with: "Zelenskiy met Biden in Washington", "Modi spoke with Albanese". The
 * tagger, taught by 1996 news, knows neither name and guesses a place for a word after a verb; only a person is met
 * or phoned, so a one-word name no list knows after such a verb is a person.
 */
import { isCapitalized } from '../features';
import { GROUP_NAMES, PERSON_OBJECT_VERBS, PERSON_PREPOSITION_VERBS, STAFF_NOUNS } from '../../lexicon/entityWords';
import { ANONYMOUS_NOUNS } from '../../lexicon/lexicon';
import type { EntityRule } from './context';
import { isPersonNoun, unknownNameWord } from './people';

export const personAfterMeetingVerb: EntityRule = {
  name: 'person after a meeting verb',
  apply({ p, tokens, lower, n, ents }) {
    for (let k = 1; k + 1 <= n; k++) {
      const b = lower[k - 1];
      const direct = PERSON_OBJECT_VERBS.has(b);
      const linked = (b === 'with' || b === 'to') && k > 1 && PERSON_PREPOSITION_VERBS.has(lower[k - 2]);
      if (!direct && !linked) continue;
      // one word only, no group's people after it: "met Acme Corp", "met Hamas officials" are no people
      const next = k + 1 < n ? lower[k + 1] : '';
      if (k + 1 < n && isCapitalized(tokens[k + 1].text)) continue;
      if (GROUP_NAMES.has(lower[k]) || isPersonNoun(next) || STAFF_NOUNS.has(next) || ANONYMOUS_NOUNS.has(next))
        continue;
      const owner = ents.at(k);
      if (owner && (owner.from !== k || owner.to !== k + 1 || owner.type === 'PER')) continue;
      if (!unknownNameWord(p, lower, tokens, k)) continue;
      if (owner) owner.type = 'PER';
      else ents.add({ from: k, to: k + 1, type: 'PER' });
    }
  },
};

/**
 * A span the tagger takes for a person that holds only honorifics and ranks names no one: in "Minister Dato' Sri
 * Haji Azman bin Yusof" the apostrophe cuts "Dato" off as a person of its own, and in "Lt Col (retd) Shahid Alam"
 * the bracket leaves "Lt Col". The person is the name that follows, never the title alone.
 */
import { NAME_LESS_HONORIFICS, TITLES } from '../../lexicon/entityWords';
import { RANK_ABBREVIATIONS } from '../../lexicon/lexicon';
import type { EntityRule } from './context';

const isHonorificOnly = (w: string): boolean =>
  NAME_LESS_HONORIFICS.has(w) || RANK_ABBREVIATIONS.has(w.endsWith('.') ? w.slice(0, -1) : w);

export const honorificOnlyPeople: EntityRule = {
  name: 'people made only of honorifics',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER') continue;
      // titles may join them ("Queen Mother"), but a title alone may be a surname ("King", "Bishop")
      let only = true;
      let nameless = false;
      for (let k = e.from; k < e.to && only; k++) {
        nameless ||= isHonorificOnly(lower[k]);
        only = isHonorificOnly(lower[k]) || TITLES.has(lower[k]);
      }
      if (only && nameless) ents.remove(e);
    }
  },
};

/**
 * "Tamil Nadu Chief Minister M.K. Stalin", "Karnataka Deputy Chief Minister D.K. Shivakumar": the tagger ran a
 * jurisdiction and the title after it into one organization and left the person after it. The titles at the span's
 * end belong to the person, outside every span as a title is; what stays before them is the jurisdiction (a later
 * rule, jurisdictionBeforeTitle, makes a known place of it) or the body.
 */
import { isCapitalized } from '../features';
import { TITLE_MODIFIERS, TITLES } from '../../lexicon/entityWords';
import { adjacent, isNameWord, type EntityRule } from './context';

/** "M.K.", "D.": initials before a surname. */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** A capitalized title or title modifier: "Chief", "Deputy", "Minister". */
function isTitleWord(word: string, lower: string): boolean {
  return (TITLES.has(lower) || TITLE_MODIFIERS.has(lower)) && isCapitalized(word);
}

export const titlesEndingNames: EntityRule = {
  name: 'titles ending an organization before a person',
  apply({ text, tokens, lower, n, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.to - e.from < 2 || e.to >= n || !adjacent(text, tokens, e.to - 1, e.to)) continue;
      // the title may run on outside the span ("Tamil Nadu Chief" + "Minister"), and the person open with initials
      // no span holds yet ("M.K. Stalin")
      let name = e.to;
      while (name + 1 < n && isTitleWord(tokens[name].text, lower[name]) && !ents.at(name)) name++;
      while (name + 1 < n && INITIALS.test(tokens[name].text) && !ents.at(name)) name++;
      if (!isNameWord(tokens[name].text) || ents.at(name)?.type !== 'PER') continue;
      let k = e.to;
      while (k > e.from && isTitleWord(tokens[k - 1].text, lower[k - 1])) k--;
      if (k === e.to || k === e.from || !TITLES.has(lower[e.to - 1])) continue;
      ents.resize(e, e.from, k);
    }
  },
};

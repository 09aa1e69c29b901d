/**
 * "policymakers led by Governor Pan Gongsheng", "Chairman Mao Zedong": two or three capitalized words right after a
 * capitalized title, which the tagger left untagged (a name it has never seen, one of its words an ordinary word
 * like "Pan"), are the title holder's name. At least one word must be no ordinary word, so that "President Wants
 * Answers" in a headline stays nothing; places, titles and organization words keep theirs.
 */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { BODY_WORDS, COMPANY_WORDS, NOT_TITLE_WORDS, ORG_WORDS, TITLES } from '../../lexicon/entityWords';
import { adjacent, isAllCaps, isNameWord, type EntityRule, type RuleContext } from './context';

const MIN_WORDS = 2;
const MAX_WORDS = 3;

export const titledUntaggedName: EntityRule = {
  name: 'untagged name after a title',
  apply(ctx) {
    const { tokens, lower, n, free } = ctx;
    if (!ctx.holds(TITLES)) return;
    for (let t = 0; t + MIN_WORDS < n; t++) {
      if (!TITLES.has(lower[t]) || !isCapitalized(tokens[t].text) || !free(t + 1)) continue;
      let end = t + 1;
      while (end < n && end - t <= MAX_WORDS && free(end) && isUntaggedNameWord(ctx, end)) end++;
      // the run must end the name: "Governor Pan Gongsheng sought", not four capitals of a headline
      if (end - t - 1 < MIN_WORDS || (end < n && isNameWord(tokens[end].text))) continue;
      if (lookupPlaceTokens(lower, t + 1, end)) continue;
      if (!hasUnknownWord(ctx, t + 1, end)) continue;
      ctx.ents.add({ from: t + 1, to: end, type: 'PER' });
      t = end - 1;
    }
  },
};

function isUntaggedNameWord({ text, tokens, lower, p }: RuleContext, k: number): boolean {
  const w = lower[k];
  return (
    isNameWord(tokens[k].text) &&
    // "SCOTTISH PREMIER DIVISION RESULTS": a heading in capitals names no one
    !isAllCaps(tokens[k].text) &&
    !/^\p{Lu}\.$/u.test(tokens[k].text) &&
    adjacent(text, tokens, k - 1, k) &&
    !NOT_TITLE_WORDS.has(w) &&
    !TITLES.has(w) &&
    !ORG_WORDS.has(w) &&
    !BODY_WORDS.has(w) &&
    !COMPANY_WORDS.has(w) &&
    // "Big-Name Senator Endorsed Trump": an ordinary word shaped like a verb is a headline's
    !(/(?:ed|ing)$/.test(w) && lexiconTags(w, p.wordHash[k]) === 'w')
  );
}

/** Some word of [from, to) is in no word list: a name's word ("Gongsheng"), not a headline's ("Wants"). */
function hasUnknownWord({ p, lower }: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lexiconTags(lower[k], p.wordHash[k]) === '') return true;
  return false;
}

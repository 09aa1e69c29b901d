/**
 * An administrative area named before an office and its holder is a place: "Harris County Judge Lina Hidalgo", "Cook
 * County Sheriff Tom Dart", "Kherson Oblast Governor Ivan Borodin". The tagger reads the whole run as one person and
 * the title rule trims the area away with the title, or tags the area as a body; its word ("County", "Oblast",
 * "Province") says it is the office's jurisdiction.
 */
import { isCapitalized } from '../features';
import { AREA_NOUNS, NOT_TITLE_WORDS, TITLES, TITLE_MODIFIERS } from '../../lexicon/entityWords';
import { isNameWord, type EntityRule, type RuleContext } from './context';

/** The first token of the capitalized titles right before `from` ("County [Judge]"), or `from` if there are none. */
function titlesStart({ tokens, lower, free }: RuleContext, from: number): number {
  let t = from;
  while (
    t - 1 >= 0 &&
    free(t - 1) &&
    isCapitalized(tokens[t - 1].text) &&
    (TITLES.has(lower[t - 1]) || TITLE_MODIFIERS.has(lower[t - 1]))
  )
    t--;
  return t;
}

/** The first name word of an area ending at the area word k ("Harris" of "Harris County"), or k when none. */
function areaStart({ tokens, lower, free, p }: RuleContext, k: number): number {
  let from = k;
  while (
    from - 1 >= 0 &&
    k - from < 3 &&
    free(from - 1) &&
    isNameWord(tokens[from - 1].text) &&
    !NOT_TITLE_WORDS.has(lower[from - 1]) &&
    !TITLES.has(lower[from - 1])
  ) {
    from--;
    if (p.sentenceStart[from] === from) break;
  }
  return from;
}

export const areaBeforeTitle: EntityRule = {
  name: 'area before a title',
  apply(ctx) {
    if (!ctx.holds(AREA_NOUNS) || !ctx.holds(TITLES)) return;
    const { tokens, lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER') continue;
      const t = titlesStart(ctx, e.from);
      const k = t - 1;
      if (t === e.from || k < 1 || !AREA_NOUNS.has(lower[k]) || !isCapitalized(tokens[k].text)) continue;
      const owner = ents.at(k);
      if (owner && owner.to === k + 1 && owner.type !== 'PER' && owner.to - owner.from >= 2) {
        owner.type = 'LOC'; // "Harris County" read as a body
        continue;
      }
      if (owner) continue;
      const from = areaStart(ctx, k);
      if (from < k) ents.add({ from, to: k + 1, type: 'LOC', kind: 'region' });
    }
  },
};

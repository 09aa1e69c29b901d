/**
 * Works and craft titled with a person's name are no people: "her earlier novella, Foster, is set on a farm", "the
 * Rosalind Franklin rover will drill". The noun next to the name says what it names: a work's noun before a one-word
 * name between commas, a craft's noun after a name of up to three words. Other one-word mentions of the name in the
 * block follow ("Foster was filmed in 2022"). ("the book Smith wrote" names its author: no commas, no title.)
 */
import { CRAFT_NOUNS } from '../../lexicon/entityWords';
import { WORK_NOUNS } from '../../lexicon/newsWords';
import type { Entity, EntityRule, RuleContext } from './context';

/** A lower-case word of `list` at token k. */
function nounAt({ tokens, lower }: RuleContext, k: number, list: ReadonlySet<string>): boolean {
  return k >= 0 && k < tokens.length && tokens[k].text === lower[k] && list.has(lower[k]);
}

/** Words after an apposition that describe a person: "In the book, Okafor, a historian, argues". */
const DESCRIBING = new Set(['a', 'an', 'the', 'who', 'whose']);

/** "her novella, Foster, is set" (not "in the book, Okafor argues", nor "the book, Okafor, a historian, argues"). */
function titledWork(ctx: RuleContext, e: Entity): boolean {
  const { lower } = ctx;
  if (e.to - e.from !== 1 || lower[e.from - 1] !== ',' || lower[e.to] !== ',') return false;
  return nounAt(ctx, e.from - 2, WORK_NOUNS) && !DESCRIBING.has(lower[e.to + 1] ?? '');
}

export const worksAndCraft: EntityRule = {
  name: 'works and craft named like people',
  apply(ctx) {
    const { lower, ents } = ctx;
    const titles = new Set<string>();
    for (const e of ents.list) {
      if (e.type !== 'PER') continue;
      const craft = e.to - e.from <= 3 && nounAt(ctx, e.to, CRAFT_NOUNS);
      if (!craft && !titledWork(ctx, e)) continue;
      e.type = 'MISC';
      if (e.to - e.from === 1) titles.add(lower[e.from]);
    }
    if (titles.size === 0) return;
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from === 1 && titles.has(lower[e.from])) e.type = 'MISC';
  },
};

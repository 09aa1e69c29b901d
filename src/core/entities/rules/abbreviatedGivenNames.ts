/**
 * Two letters and a dot opening a name are its abbreviated given name or patronymic: "Ma. Lourdes Sereno", "Ts.
 * Batbayar", "Herder Ch. Ganbold said". The tokenizer ends a sentence at the dot, so the tagger reads "Ma" alone and
 * the rest as another person. Only where the letters open the name: "met Jack Ma. Alibaba shares rose" ends a
 * sentence with a surname.
 */
import { ABBREVIATED_GIVEN_NAMES, COMPANY_NAMES, NOT_TITLE_WORDS, TITLES } from '../../lexicon/entityWords';
import { lexiconTags } from '../gazetteer';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import { isPersonNoun } from './people';

/** Name words after the dot: "Lourdes Sereno", "Maria Cristina Reyes". */
const MOST_WORDS = 3;

/** Token k ("Ts") is a listed abbreviation glued to its dot, a name word after them on the line. */
function abbreviationAt({ text, tokens, lower, n }: RuleContext, k: number): boolean {
  if (k + 2 >= n || !ABBREVIATED_GIVEN_NAMES.has(lower[k]) || !/^\p{Lu}\p{Ll}$/u.test(tokens[k].text)) return false;
  if (tokens[k + 1].text !== '.' || tokens[k + 1].start !== tokens[k].end) return false;
  // "… met Ma. Alibaba shares rose": a company or a function word after the dot opens the next sentence
  const next = lower[k + 2];
  if (COMPANY_NAMES.has(next) || NOT_TITLE_WORDS.has(next)) return false;
  return isNameWord(tokens[k + 2].text) && adjacent(text, tokens, k, k + 2);
}

/**
 * A title or person noun before the name, which is no part of it ("Justice", "evacuee"), or a word opening the
 * sentence that is no given name or surname ("Herder Ch. Ganbold": "Jack Ma." is a name).
 */
function roleWord({ p, lower }: RuleContext, k: number): boolean {
  if (TITLES.has(lower[k]) || isPersonNoun(lower[k])) return true;
  return p.sentenceStart[k] === k && !/[fl]/.test(lexiconTags(lower[k], p.wordHash[k]));
}

/** Whether the letters at k open the name: no name of another entity runs into them ("Jack Ma."). */
function opensName(ctx: RuleContext, k: number): boolean {
  if (k === 0) return true;
  const before = ctx.ents.at(k - 1);
  if (before) return roleWord(ctx, k - 1);
  return !isNameWord(ctx.tokens[k - 1].text) || ctx.p.sentenceStart[k] === k || roleWord(ctx, k - 1);
}

/** Where the name after the dot ends: the entity starting there, or its run of name words. */
function nameEnd({ tokens, n, ents }: RuleContext, from: number): number {
  const e = ents.at(from);
  if (e) return e.from === from && e.to - e.from <= MOST_WORDS ? e.to : -1;
  let end = from + 1;
  while (end < n && end - from < MOST_WORDS && !ents.at(end) && isNameWord(tokens[end].text)) end++;
  return end;
}

export const abbreviatedGivenNames: EntityRule = {
  name: 'two letters and a dot opening a name are its given name',
  apply(ctx) {
    const { n, ents } = ctx;
    for (let k = 0; k + 2 < n; k++) {
      if (!abbreviationAt(ctx, k) || !opensName(ctx, k)) continue;
      const end = nameEnd(ctx, k + 2);
      if (end < 0) continue;
      const owners = new Set<Entity>();
      for (let i = k - 1; i < end; i++) {
        const e = ents.at(i);
        if (e) owners.add(e);
      }
      for (const e of owners) ents.remove(e);
      ents.add({ from: k, to: end, type: 'PER' });
      k = end - 1;
    }
  },
};

/**
 * A place followed by a lower-case link and a name is one place: "San Antonio de los Baños", "Vila do Conde",
 * "Santiago de Compostela". The tagger, never having seen the whole, stops at the link and reads the rest as a second
 * place or a body. Only after a place ("Juan de la Cruz" opens with no place), and only a short name after the link
 * that is no person's ("da Silva").
 */
import { ROMANCE_PLACE_LINKS } from '../../lexicon/entityWords';
import { lexiconTags } from '../gazetteer';
import { adjacent, isNameWord, type EntityRule, type RuleContext } from './context';

/** Links a name may hold in a row: "de los". */
const MOST_LINKS = 2;
/** Name words after the links: "Baños", "Compostela", "Rio Grande". */
const MOST_WORDS = 2;

/** The end of "de los Baños" from token `at` (the first link), or -1: links, then one or two name words. */
function linkedNameEnd(ctx: RuleContext, at: number): number {
  const { text, p, tokens, lower, n, ents } = ctx;
  let k = at;
  while (k < n && k - at < MOST_LINKS && ROMANCE_PLACE_LINKS.has(tokens[k].text)) k++;
  if (k === at || k >= n || !isNameWord(tokens[k].text) || !adjacent(text, tokens, at - 1, k)) return -1;
  const e = ents.at(k);
  if (e) return e.from === k && e.to - e.from <= MOST_WORDS && (e.type === 'LOC' || e.type === 'ORG') ? e.to : -1;
  if (/[fl]/.test(lexiconTags(lower[k], p.wordHash[k]))) return -1; // "in Lisbon, da Silva said": a surname
  let end = k + 1;
  while (end < n && end - k < MOST_WORDS && ctx.free(end) && isNameWord(tokens[end].text) && lower[end] !== 'the')
    end++;
  return end;
}

export const linkedPlaceNames: EntityRule = {
  name: 'a place, a link and a name are one place',
  apply(ctx) {
    const { ents, n } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to === e.from || e.to >= n) continue;
      const end = linkedNameEnd(ctx, e.to);
      if (end > 0) ents.resize(e, e.from, end);
    }
  },
};

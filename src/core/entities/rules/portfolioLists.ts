/**
 * A ministry or department named for a list of portfolios is one body: "the Federal Ministry of Industry, Trade and
 * Investment", "Ministry of Health, Labour and Welfare", "the Department for Business, Energy and Industrial
 * Strategy". The tagger stops at the first comma ("Federal Ministry of Industry" and "Trade and Investment"), or keeps
 * only a piece ("Business"); the body's word, its "of" or "for" and the whole list of capitalized portfolios joined by
 * commas and "and" are one organization.
 *
 * Left alone: a list whose items are places or people ("the Ministry of Health, Italy and France agreed …", "the
 * Department of Labor, Smith and Jones said …"), and a body of one portfolio ("Ministry of Health said").
 */
import { BODY_NAME_LINKS, BODY_WORDS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import { adjacent, isNameWord, nameRunStart, organizationOver, type EntityRule, type RuleContext } from './context';

/** Capitalized words one portfolio may hold: "Industrial Strategy", "Rural Development". */
const PORTFOLIO_WORDS = 3;
/** Capitalized words of the body's name before its body word: "Federal Ministry". */
const NAME_WORDS_BEFORE = 3;

/** The end of the run of portfolio words at k (past it), or k when none: a person or a place is no portfolio. */
function portfolioEnd({ tokens, ents }: RuleContext, k: number): number {
  let j = k;
  while (j < tokens.length && j - k < PORTFOLIO_WORDS && isNameWord(tokens[j].text) && isCapitalized(tokens[j].text)) {
    const e = ents.at(j);
    if (e && (e.type === 'PER' || e.type === 'LOC')) return k;
    j++;
  }
  return j;
}

/** Portfolios a list may hold: "Agriculture, Forestry, Fisheries, Food and Rural Development". */
const MAX_PORTFOLIOS = 8;

/** The end of the last portfolio at k (past it), when nothing capitalized runs on after it; else -1. */
function lastPortfolioEnd(ctx: RuleContext, k: number): number {
  const end = portfolioEnd(ctx, k);
  return end > k && !isCapitalized(ctx.tokens[end]?.text ?? '') ? end : -1;
}

/** The end of "Industry, Trade and Investment" starting at k (past it); k when the portfolios make no list. */
function listEnd(ctx: RuleContext, k: number): number {
  const { lower } = ctx;
  let end = portfolioEnd(ctx, k);
  if (end === k || lower[end] !== ',') return k;
  for (let items = 1; items < MAX_PORTFOLIOS; items++) {
    // after a comma: "Trade", or "and Investment" (a serial comma)
    if (lower[end + 1] === 'and') return Math.max(k, lastPortfolioEnd(ctx, end + 2));
    const next = portfolioEnd(ctx, end + 1);
    if (next === end + 1) return k;
    if (lower[next] === 'and') return Math.max(k, lastPortfolioEnd(ctx, next + 1));
    if (lower[next] !== ',') return k;
    end = next;
  }
  return k;
}

export const portfolioLists: EntityRule = {
  name: 'bodies named for lists of portfolios',
  apply(ctx) {
    if (!ctx.holds(BODY_WORDS)) return;
    const { text, tokens, lower, n, ents } = ctx;
    for (let b = 0; b + 2 < n; b++) {
      if (!BODY_WORDS.has(lower[b]) || !BODY_NAME_LINKS.has(lower[b + 1]) || !isCapitalized(tokens[b].text)) continue;
      if (!adjacent(text, tokens, b, b + 1) || !adjacent(text, tokens, b + 1, b + 2)) continue;
      const end = listEnd(ctx, b + 2);
      if (end === b + 2) continue;
      const from = nameRunStart(ctx, b, NAME_WORDS_BEFORE);
      const owner = ents.at(b) ?? ents.at(b + 2);
      for (let k = from; k < end; k++) {
        const e = ents.at(k);
        if (e && e !== owner) ents.remove(e);
      }
      organizationOver(ents, owner, from, end);
      b = end - 1;
    }
  },
};

/** Companies told by the words around them, where the tagger or the gazetteer reads their names as places. */
import { COMPANY_NAMES, COMPANY_PLURAL_NOUNS, LISTING_WORDS } from '../../lexicon/entityWords';
import { type Entity, type EntityRule, type RuleContext } from './context';

/** Entities a list may run to: "such as A, B, C and D". */
const MAX_LISTED = 8;

/**
 * The names listed after a plural business noun are companies: "local employers such as Monsanto, which opposed the
 * bill", "airlines including Qantas and Jetstar". A town's name is often a company's (Monsanto, Toyota); a
 * possessor is the company's country ("companies such as China's Huawei").
 */
export const companiesOfAKind: EntityRule = {
  name: 'companies of a kind',
  apply(ctx) {
    if (!ctx.holds(COMPANY_PLURAL_NOUNS)) return;
    const { lower, n } = ctx;
    for (let k = 0; k + 2 < n; k++) {
      if (!COMPANY_PLURAL_NOUNS.has(lower[k])) continue;
      const first = listStart(lower, k + 1);
      if (first > 0) markListed(ctx, first);
    }
  },
};

/** The token after "such as", "including" or "like" following a noun at `k - 1`, else -1. */
function listStart(lower: readonly string[], k: number): number {
  if (lower[k] === 'such' && lower[k + 1] === 'as') return k + 2;
  return LISTING_WORDS.has(lower[k]) ? k + 1 : -1;
}

/** Types as companies the entities listed from token `from`: joined by commas, "and" or "or". */
function markListed({ lower, ents }: RuleContext, from: number): void {
  let k = from;
  for (let listed = 0; listed < MAX_LISTED; listed++) {
    const e = ents.at(k);
    if (!e || e.from !== k) return;
    // "companies such as Chile's Codelco": the owner's country is no company
    if (lower[e.to] === "'s" || lower[e.to] === '’s') return;
    e.type = 'ORG';
    k = e.to;
    if (lower[k] === ',') k++;
    if (lower[k] === 'and' || lower[k] === 'or') k++;
  }
}

/**
 * One span over two companies joined by "and" is two: "Nokia and Volvo opposed the bill" (the tagger reads the pair as
 * one firm, as it reads "Marks and Spencer"). Only where a side is a company the lexicon knows, so that "Johnson and
 * Johnson" stays one.
 */
export const companiesJoinedByAnd: EntityRule = {
  name: 'companies joined by and',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.to - e.from < 3 || e.to - e.from > MAX_PAIR_TOKENS) continue;
      const and = lower.indexOf('and', e.from + 1);
      if (and < 0 || and >= e.to - 1) continue;
      const side = (from: number, to: number): string => lower.slice(from, to).join('');
      if (!COMPANY_NAMES.has(side(e.from, and)) && !COMPANY_NAMES.has(side(and + 1, e.to))) continue;
      if (!/^\p{Lu}/u.test(tokens[and + 1].text)) continue;
      const second: Entity = { from: and + 1, to: e.to, type: 'ORG' };
      ents.resize(e, e.from, and);
      ents.add(second);
    }
  },
};

/** Tokens of two companies' names joined by "and" read as one ("AT&T" is three). */
const MAX_PAIR_TOKENS = 7;

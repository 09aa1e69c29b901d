/**
 * Two small pieces of evidence that 1996 news taught the tagger only for names it had met:
 * - an age set off by commas after a name makes it a person's ("according to Suraya Abdul Rahim, 45, a teacher"):
 *   the tagger, meeting three unknown words, guessed an organization; firms and towns are given no age so.
 * - one capitalized word that no list and no model weight knows, after "in" and closing the clause, is a place
 *   ("fled to a shelter in Sisaket.", "schools in Udi, she said"): the tagger leaves such a word untagged.
 */
import { UNKNOWN_WORD } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { BODY_WORDS, COMPANY_WORDS, ORG_WORDS } from '../../lexicon/entityWords';
import { isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/** Most words a name given an age may have: "Maria de los Angeles Ruiz" is rare, four words common enough. */
const AGED_NAME_WORDS = 4;

/** ", 45," right after token `to - 1`: an age of one or two digits between commas. */
function ageAfter({ tokens, n }: RuleContext, to: number): boolean {
  return to + 2 < n && tokens[to].text === ',' && /^\d{1,2}$/.test(tokens[to + 1].text) && tokens[to + 2].text === ',';
}

/** Every word a name word, none a body's or a company's word ("Harlan Steel, 12," is no one's age). */
function bareName({ tokens, lower }: RuleContext, e: Entity): boolean {
  for (let k = e.from; k < e.to; k++) {
    const w = lower[k];
    if (!isNameWord(tokens[k].text) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w)) return false;
  }
  return true;
}

export const agedNames: EntityRule = {
  name: 'a name given an age is a person',
  apply(ctx) {
    for (const e of ctx.ents.list) {
      const size = e.to - e.from;
      if (e.type === 'PER' || size < 1 || size > AGED_NAME_WORDS || !ageAfter(ctx, e.to)) continue;
      if (!bareName(ctx, e) || lookupPlaceTokens(ctx.lower, e.from, e.to)) continue;
      e.type = 'PER';
      delete e.kind;
      delete e.country;
    }
  },
};

/** What may close the clause after the place: a stop, a comma, a semicolon, "and". */
const CLAUSE_ENDS = new Set(['.', ',', ';', 'and']);

/** Token k is one capitalized word that no list and no model weight knows ("Sisaket"), not opening a sentence. */
function unknownCapitalized({ p, tokens, lower }: RuleContext, k: number): boolean {
  if (p.sentenceStart[k] === k || p.identity[k] !== UNKNOWN_WORD || p.gaz[k] !== 0) return false;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[k].text) && lexiconTags(lower[k], p.wordHash[k]) === '';
}

export const unknownWordAfterIn: EntityRule = {
  name: 'an unknown word after "in" closing the clause is a place',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    for (let k = 1; k < n; k++) {
      if (lower[k - 1] !== 'in' || tokens[k - 1].text !== 'in' || !ctx.free(k)) continue;
      if (k + 1 < n && !CLAUSE_ENDS.has(lower[k + 1])) continue;
      if (unknownCapitalized(ctx, k)) ents.add({ from: k, to: k + 1, type: 'LOC' });
    }
  },
};

/**
 * A name of two to five words set off by a comma and a role with "a" or "an" is a person's: "Yunior García Aguilera,
 * a playwright, said", "Ama Serwaa Mensah, an analyst in Kumasi", "Hans-Joachim von Ahlefeldt, a lawyer for
 * investors". The tagger, meeting three or four words it never saw, guesses an organization; the pair rule
 * (unknownGivenNames.ts) takes two-word names only. Not a firm described so ("Novo Nordisk, a drugmaker": a company
 * noun, no person noun), nor a name holding an organization's word ("Harlan Steel, a supplier"), nor one the tagger
 * knew every word of, no given name opening it ("Goldman Sachs, an adviser to the deal": its guess stands).
 */
import { UNKNOWN_WORD } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  APPOSITIVE_COMPANY_NOUNS,
  BODY_WORDS,
  COMPANY_KIND_NOUNS,
  COMPANY_NAMES,
  COMPANY_WORDS,
  ORG_WORDS,
  PERSON_PARTICLES,
  SPEECH_NEIGHBOURS,
} from '../../lexicon/entityWords';
import { isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import { isPersonNoun } from './people';

/** Name words in such a name: "Maria del Carmen Ruiz Llopis" has five. */
const MOST_WORDS = 5;
/** Plain words an apposition may hold before its person noun: ", a veteran nurse", ", an independent analyst". */
const ROLE_REACH = 3;

/**
 * Every word a name word (a particle such as "von" or "del" inside), none an organization's or a company's word; a
 * given name opening it or a word the tagger never met.
 */
function personShapedName({ p, tokens, lower }: RuleContext, e: Entity): boolean {
  let unknown = lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f');
  for (let k = e.from; k < e.to; k++) {
    const w = lower[k];
    const inner = k > e.from && k < e.to - 1 && PERSON_PARTICLES.has(w) && tokens[k].text === w;
    if (!inner && !isNameWord(tokens[k].text)) return false;
    if (ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w) || COMPANY_NAMES.has(w)) return false;
    if (p.identity[k] === UNKNOWN_WORD) unknown = true;
  }
  return unknown;
}

/** ", a playwright", ", an analyst at": "a" or "an" and, within a few lower-case words, a person's noun. */
function roleAfter({ tokens, lower, n }: RuleContext, to: number): boolean {
  if (to + 2 >= n || tokens[to].text !== ',' || (lower[to + 1] !== 'a' && lower[to + 1] !== 'an')) return false;
  for (let k = to + 2; k < n && k < to + 2 + ROLE_REACH; k++) {
    const w = lower[k];
    if (tokens[k].text !== w || APPOSITIVE_COMPANY_NOUNS.has(w) || COMPANY_KIND_NOUNS.has(w)) return false;
    if (isPersonNoun(w)) return !speechSoonAfter(lower, k + 1, n);
  }
  return false;
}

/**
 * ", a police spokesman said": a speech verb within two words, no comma between, makes the noun the next clause's
 * subject (", a playwright, said" closes the apposition first).
 */
function speechSoonAfter(lower: string[], from: number, n: number): boolean {
  for (let k = from; k < n && k < from + 2 && lower[k] !== ','; k++) if (SPEECH_NEIGHBOURS.has(lower[k])) return true;
  return false;
}

export const namesGivenARole: EntityRule = {
  name: 'a name given a role with "a" in apposition is a person',
  apply(ctx) {
    for (const e of ctx.ents.list) {
      const size = e.to - e.from;
      if ((e.type !== 'ORG' && e.type !== 'MISC') || size < 2 || size > MOST_WORDS) continue;
      if (!roleAfter(ctx, e.to) || !personShapedName(ctx, e) || lookupPlaceTokens(ctx.lower, e.from, e.to)) continue;
      e.type = 'PER';
    }
  },
};

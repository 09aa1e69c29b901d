/**
 * "Secretary of Homeland Security Jeh Johnson", "Director of National Intelligence James Clapper", "Undersecretary
 * for Political Affairs Wendy Sherman": an office named with what it is over, then the holder's name. The tagger reads
 * the capitalized run as one organization ("National Intelligence James Clapper") or cuts it at the wrong word
 * ("Security Jeh Johnson"); the domain words are part of the title, and the name after them is the person.
 */
import { isCapitalized } from '../features';
import { BODY_WORDS, COMPANY_WORDS, OFFICE_DOMAIN_WORDS, ORG_WORDS, TITLES } from '../../lexicon/entityWords';
import { lookupPlaceTokens } from '../gazetteer';
import { ROLE_NOUNS } from '../../lexicon/lexicon';
import { adjacent, isNameWord, type EntityRule, type RuleContext } from './context';

/** A domain is at most this many words ("Health and Human Services"); a name two to four. */
const MAX_DOMAIN_WORDS = 5;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

export const personAfterOfficeDomain: EntityRule = {
  name: 'person after an office domain',
  apply(ctx) {
    const { tokens, lower, n } = ctx;
    for (let t = 0; t + 3 < n; t++) {
      // lower case only: "Chief Of Staff" is a Title Case headline's, where any capital may be a name's
      const link = tokens[t + 1].text;
      if ((link !== 'of' && link !== 'for') || !isCapitalized(tokens[t].text)) continue;
      if (!TITLES.has(lower[t]) && !ROLE_NOUNS.has(lower[t])) continue;
      const domain = lower[t + 2] === 'the' ? t + 3 : t + 2;
      const name = domainEnd(ctx, domain);
      if (name === domain) continue;
      const end = personEnd(ctx, name);
      if (end > name) claimPerson(ctx, t, name, end);
    }
  },
};

/** Where the domain words from `from` end ("Political Affairs | Wendy"); `from` when none stand there. */
function domainEnd({ text, tokens, lower, n }: RuleContext, from: number): number {
  let k = from;
  while (
    k < n &&
    k - from < MAX_DOMAIN_WORDS &&
    adjacent(text, tokens, k - 1, k) &&
    ((OFFICE_DOMAIN_WORDS.has(lower[k]) && isCapitalized(tokens[k].text)) || (lower[k] === 'and' && k > from))
  )
    k++;
  return lower[k - 1] === 'and' ? from : k;
}

/** The end of a person's name of two to four words (middle initials allowed) from `from`, or `from` if none. */
function personEnd({ text, tokens, lower, n }: RuleContext, from: number): number {
  let k = from;
  let words = 0;
  while (k < n && k - from < MAX_NAME_WORDS + 2 && adjacent(text, tokens, k - 1, k) && isNameWord(tokens[k].text)) {
    const w = lower[k];
    if (OFFICE_DOMAIN_WORDS.has(w) || TITLES.has(w) || BODY_WORDS.has(w) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w))
      return from; // "Chairman of the National Election Commission": a body, not a name
    if (!/^\p{Lu}\.$/u.test(tokens[k].text)) words++;
    k++;
  }
  // the name's last word is a word, not an initial ("Robert O. Work", not "Robert O.")
  if (k > from && /^\p{Lu}\.$/u.test(tokens[k - 1].text)) return from;
  return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS ? k : from;
}

/**
 * The run from the title `title` to `end` yields the person [name, end); entities over it are dropped, or cut back to
 * what stands before the title ("Missouri" of "Missouri Secretary of State Jason Kander", a place).
 */
function claimPerson({ ents, lower }: RuleContext, title: number, name: number, end: number): void {
  for (let i = title; i < end; i++) {
    const e = ents.at(i);
    if (!e) continue;
    if (e.from < title) {
      ents.resize(e, e.from, title);
      if (lookupPlaceTokens(lower, e.from, title)) e.type = 'LOC';
    } else if (e.to > end) ents.resize(e, end, e.to);
    else ents.remove(e);
  }
  ents.add({ from: name, to: end, type: 'PER' });
}

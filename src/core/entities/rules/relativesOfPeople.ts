/**
 * One name after a relation noun and "of" or "to" is a person: "a critic of Erdogan", "an ally of Merkel", "the widow
 * of Mandela", "an aide to Erdogan". The tagger, taught that "of" and a capitalized word it never saw mostly name a
 * place ("the people of Ashanti"), tags the surname a place or leaves it. Not a place the gazetteer knows ("an ally of
 * Iran", "a son of Lagos"), nor an organization the tagger found ("a critic of Hamas").
 */
import { RELATION_NOUNS, TITLES } from '../../lexicon/entityWords';
import { lexiconTags } from '../gazetteer';
import { isNameWord, type EntityRule, type RuleContext } from './context';
import { isPersonNoun } from './people';

/** Token k ("of", "to") follows a relation noun: "critic of", "a close ally of", "Supporters of". */
function afterRelation({ p, tokens, lower }: RuleContext, k: number): boolean {
  if (k < 1 || (lower[k] !== 'of' && lower[k] !== 'to') || tokens[k].text !== lower[k]) return false;
  // capitalized only opening a sentence: "Supporters of Bolsonaro marched"
  const plain = tokens[k - 1].text === lower[k - 1] || p.sentenceStart[k - 1] === k - 1;
  return plain && RELATION_NOUNS.has(lower[k - 1]);
}

/**
 * Token k is one capitalized word, no place the gazetteer knows nor a common word, ending its name and no noun's
 * modifier ("the wife of Mafia boss Nitto Santapaola").
 */
function loneSurname(ctx: RuleContext, k: number): boolean {
  const { p, tokens, lower, n } = ctx;
  if (!isNameWord(tokens[k].text) || p.gaz[k] !== 0 || (k + 1 < n && isNameWord(tokens[k + 1].text))) return false;
  if (k + 1 < n && tokens[k + 1].text === lower[k + 1] && (isPersonNoun(lower[k + 1]) || TITLES.has(lower[k + 1])))
    return false;
  return !lexiconTags(lower[k], p.wordHash[k]).includes('w');
}

export const relativesOfPeople: EntityRule = {
  name: 'one name after a relation noun and "of" is a person',
  apply(ctx) {
    const { n, ents } = ctx;
    for (let k = 1; k + 1 < n; k++) {
      if (!afterRelation(ctx, k) || !loneSurname(ctx, k + 1)) continue;
      const e = ents.at(k + 1);
      if (!e) ents.add({ from: k + 1, to: k + 2, type: 'PER' });
      else if (e.type === 'LOC' && e.from === k + 1 && e.to === k + 2) {
        e.type = 'PER';
        delete e.kind;
        delete e.country;
      }
    }
  },
};

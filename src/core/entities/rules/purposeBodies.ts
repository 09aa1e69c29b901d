/**
 * A body named for what it works for is one organization: "the Center for Civilian Protection", "the Institute for
 * Justice", "Centers for Disease Control and Prevention", "the Committee for a Responsible Federal Budget". The
 * tagger, taught by 1996 wire copy, keeps only the words after "for" ("Civilian Protection", even as a person) or calls
 * the whole a miscellany; the head word, "for" and the capitalized purpose (joined by "and", "of", "&") are one body.
 *
 * Left alone: a lower-case head ("a centre for refugees"), a purpose with no capital ("the Center for the arts"), and a
 * name the tagger already holds whole as a body.
 */
import { PURPOSE_BODY_HEADS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import { adjacent, isNameWord, nameRunStart, organizationOver, type EntityRule, type RuleContext } from './context';

/** Tokens a purpose may run over: "Disease Control and Prevention", "Strategic and International Studies". */
const MAX_PURPOSE = 7;
/** Capitalized words of the body's name before its head: "National Center", "U.S. Centers". */
const NAME_WORDS_BEFORE = 3;
const PURPOSE_LINKS = new Set(['and', 'of', '&']);

/** The end (past it) of the capitalized purpose starting at k, over an opening "a" or "the"; k when there is none. */
function purposeEnd({ tokens, lower }: RuleContext, k: number): number {
  let j = lower[k] === 'a' || lower[k] === 'the' ? k + 1 : k;
  let end = k;
  for (const start = j; j < tokens.length && j - start < MAX_PURPOSE; j++) {
    const word = tokens[j].text;
    if (isNameWord(word) && isCapitalized(word)) end = j + 1;
    else if (!PURPOSE_LINKS.has(lower[j]) || end !== j) break;
  }
  return end;
}

export const purposeBodies: EntityRule = {
  name: 'bodies named for a purpose',
  apply(ctx) {
    if (!ctx.holds(PURPOSE_BODY_HEADS)) return;
    const { text, tokens, lower, n, ents } = ctx;
    for (let b = 0; b + 2 < n; b++) {
      if (lower[b + 1] !== 'for' || !PURPOSE_BODY_HEADS.has(lower[b]) || !isCapitalized(tokens[b].text)) continue;
      if (!adjacent(text, tokens, b, b + 1) || !adjacent(text, tokens, b + 1, b + 2)) continue;
      const end = purposeEnd(ctx, b + 2);
      if (end === b + 2) continue;
      const from = nameRunStart(ctx, b, NAME_WORDS_BEFORE);
      const whole = ents.at(b);
      if (whole && whole.type === 'ORG' && whole.from <= from && whole.to >= end) continue;
      for (let k = from; k < end; k++) {
        const e = ents.at(k);
        if (e && e !== whole) ents.remove(e);
      }
      organizationOver(ents, whole, from, end);
      b = end - 1;
    }
  },
};

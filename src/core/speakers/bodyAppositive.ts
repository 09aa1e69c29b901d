/**
 * An appositive that makes the name before it a body's: "Clean Rivers Wales, a coalition of angling groups, said",
 * "River Action, a pressure group, said", "Network Rail, which owns the track, said". A person can be no coalition,
 * so the speaker table takes such a name for an organization whatever the recognizer made of it.
 */
import type { DocToken } from '../text/document';
import { DESCRIPTION_LINKS } from '../lexicon/lexicon';
import { APPOSITIVE_HEAD_FOLLOWERS, ARTICLES } from '../lexicon/functionWords';
import { APPOSITIVE_BODY_NOUNS } from '../lexicon/speakerWords';

/** Words of an appositive before its head noun (", a coalition", ", the country's largest private lender"). */
const MAX_BODY_APPOSITIVE = 6;
const POSSESSIVE_MARK = /^['’]s$/i;

/**
 * After the name, at token `comma`: an appositive headed by a body's noun (the noun closes its phrase: "a party
 * activist" is a person, "the party's leader" too), or a relative clause opened by "which" (not "who").
 */
export function bodyInApposition(tokens: readonly DocToken[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  if (tokens[comma + 1]?.lower === 'which') return true;
  if (!ARTICLES.has(tokens[comma + 1]?.lower ?? '')) return false;
  for (let i = comma + 2; i < tokens.length && i - comma <= MAX_BODY_APPOSITIVE; i++) {
    const t = tokens[i];
    if (!t.word || t.cap) return false;
    if (!APPOSITIVE_BODY_NOUNS.has(t.lower)) continue;
    const next = tokens[i + 1];
    if (next && POSSESSIVE_MARK.test(next.text)) return false;
    return !next || !next.word || DESCRIPTION_LINKS.has(next.lower) || APPOSITIVE_HEAD_FOLLOWERS.has(next.lower);
  }
  return false;
}

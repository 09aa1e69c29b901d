/**
 * The gender a relative clause gives the person a description names: "One parent, who did not give her name,
 * shouted …", "a neighbor who asked not to be named because she rents from the landlord said …", "a customer, who
 * asked that his name not be used, said …". News keeps such a source unnamed but still writes "she said" after, so
 * the clause's own "she"/"he", or "her name"/"his name", tells whom the pronoun goes on with.
 *
 * Only a clause opening on "who" right after the description, read up to its closing comma (or a short reach when it
 * has none); "her" or "his" before anything but a word of one's name may be someone else's ("who helped her
 * carry the boxes"), except after the words that keep the source unnamed ("who asked not to be named for fear of
 * losing her job": the reason is the source's own).
 */
import type { DocToken } from '../text/document';
import type { Gender } from './gender';
import { OWN_IDENTITY_NOUNS, UNNAMED_SOURCE_WORDS } from '../lexicon/speakerWords';
import { PRONOUNS_FEMALE, PRONOUNS_MALE } from '../lexicon/lexicon';

/** Tokens a relative clause is read for its pronoun. */
const CLAUSE_REACH = 14;

/** The gender of the clause "(,) who …" starting at token `after`, the one right after the description's head. */
export function relativeClauseGender(tokens: readonly DocToken[], after: number): Gender | undefined {
  const comma = tokens[after]?.text === ',';
  const who = comma ? after + 1 : after;
  if (tokens[who]?.lower !== 'who') return undefined;
  const line = tokens[who].line;
  let unnamedOnPurpose = false;
  for (let j = who + 1; j < tokens.length && j - who <= CLAUSE_REACH && tokens[j].line === line; j++) {
    const t = tokens[j];
    if (comma && t.text === ',') return undefined;
    if (t.text === '.' || t.text === ';') return undefined;
    if (t.lower === 'she') return 'female';
    if (t.lower === 'he') return 'male';
    // "who asked not to be named for fear of losing her placement": the reason a source gives for staying unnamed is
    // about the source's own job or safety
    unnamedOnPurpose ||= UNNAMED_SOURCE_WORDS.has(t.lower);
    const own = unnamedOnPurpose || OWN_IDENTITY_NOUNS.has(tokens[j + 1]?.lower ?? '');
    if (own && PRONOUNS_FEMALE.has(t.lower)) return 'female';
    if (own && PRONOUNS_MALE.has(t.lower)) return 'male';
  }
  return undefined;
}

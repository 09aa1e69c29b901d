/**
 * "Senate leader Gordon Ashby and House Speaker Nathan Pruitt said in a joint statement that …" ¶ "'…,' the two men
 * said": "the two men", "both women", "the two leaders", "the pair" and a bare "the two" take up the two people who
 * last spoke together, not an unnamed pair of men.
 *
 * Left alone: "two men said" and "two of the senators" (no article: people not named yet), and any pair when no two
 * people spoke together within reach (the speaker table checks that).
 */
import type { DocToken } from '../text/document';
import { isProfessionNoun, ROLE_NOUNS } from '../lexicon/lexicon';
import type { Gender } from './gender';

/** What a pair anaphor says of its two people: their gender when "men" or "women" says it. */
export interface PairWords {
  gender?: Gender;
}

/** The plural of a person's role or profession: "leaders", "senators", "lawmakers", "attorneys". */
function rolePlural(word: string): boolean {
  if (!word.endsWith('s')) return false;
  const singular = word.slice(0, -1);
  return ROLE_NOUNS.has(singular) || isProfessionNoun(singular);
}

/** Whether the words of a speaker description are a pair anaphor ("the two men", "both women", "the pair"). */
export function pairAnaphor(words: readonly DocToken[]): PairWords | null {
  const w = words.map((t) => t.lower);
  const counted = w[0] === 'the' && w[1] === 'two';
  if (w[0] === 'the' && w[1] === 'pair') return w.length === 2 ? {} : null;
  if (!counted && w[0] !== 'both') return null;
  const rest = w.slice(counted ? 2 : 1);
  if (rest.length === 0) return counted ? {} : null;
  if (rest.length !== 1) return null;
  if (rest[0] === 'men') return { gender: 'male' };
  if (rest[0] === 'women') return { gender: 'female' };
  return rolePlural(rest[0]) ? {} : null;
}

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

/** What a pair anaphor says of its two people: their gender when "men" or "women" says it, the role both hold. */
export interface PairWords {
  gender?: Gender;
  /** "the committee chairmen": a plural role without "two", said only of a pair that both hold it ("chairman"). */
  role?: string;
  /** "the two lawmakers", "both candidates": the role's singular, which a pair named only as a subject must hold. */
  noun?: string;
}

/** "chairmen" → "chairman", "senators" → "senator". */
function singularRole(word: string): string {
  return word.endsWith('men') ? `${word.slice(0, -3)}man` : word.slice(0, -1);
}

/** The plural of a person's role or profession: "leaders", "senators", "lawmakers", "attorneys". */
function rolePlural(word: string): boolean {
  if (!word.endsWith('s') && !word.endsWith('men')) return false;
  const singular = singularRole(word);
  return ROLE_NOUNS.has(singular) || isProfessionNoun(singular);
}

/** Whether the words of a speaker description are a pair anaphor ("the two men", "both women", "the pair"). */
export function pairAnaphor(words: readonly DocToken[]): PairWords | null {
  const w = words.map((t) => t.lower);
  const counted = w[0] === 'the' && w[1] === 'two';
  const last = w[w.length - 1];
  // "the committee chairmen", "the chairmen": a role's plural after "the" and at most two modifiers
  if (w[0] === 'the' && !counted && w.length <= 4 && w.length >= 2 && rolePlural(last))
    return { role: singularRole(last) };
  if (w[0] === 'the' && w[1] === 'pair') return w.length === 2 ? {} : null;
  if (!counted && w[0] !== 'both') return null;
  const rest = w.slice(counted ? 2 : 1);
  if (rest.length === 0) return counted ? {} : null;
  if (rest.length !== 1) return null;
  if (rest[0] === 'men') return { gender: 'male' };
  if (rest[0] === 'women') return { gender: 'female' };
  return rolePlural(rest[0]) ? { noun: singularRole(rest[0]) } : null;
}

/** Title words and a party tag a name may carry: "(R-Utah)", "Judiciary Committee Chairman". */
const TITLE_RUN = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}`;
const PARTY_TAG = String.raw`(?:\s*\([^()\n]{1,16}\))?`;

/** Between the two names of a joint subject: "X (R-Utah) and Judiciary Committee Chairman Y". */
const JOINT_GAP = new RegExp(`^${PARTY_TAG}\\s+and\\s+${TITLE_RUN}$`, 'u');

/** Before the first name, back to its sentence's start: its titles, after a short fronted phrase ("Also Monday,"). */
const SUBJECT_OPENING = new RegExp(`^(?:[^,.;:!?"“”]{0,30},\\s*)?${TITLE_RUN}$`, 'u');

/** After the second name: its party tag, then a lower-case word, the verb ("… Gowdy (R-S.C.) sent a letter"). */
const SUBJECT_VERB = new RegExp(`^${PARTY_TAG}\\s+\\p{Ll}`, 'u');

/**
 * "Chairman Ada Voss (D-Ore.) and Chairman Ben Hale (R-Ind.) sent a letter …": two people named as the joint subject
 * of a sentence, whom "the two" and "the chairmen" take up later though they did not speak there. `sentence` is the
 * text from the sentence's start to the first name; `gap` between the names; `after` what follows the second.
 */
export function isJointSubject(sentence: string, gap: string, after: string): boolean {
  return JOINT_GAP.test(gap) && SUBJECT_OPENING.test(sentence) && SUBJECT_VERB.test(after);
}

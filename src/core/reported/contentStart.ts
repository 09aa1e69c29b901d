/**
 * Where a reported clause opens when something stands between the cue and its subject: a time adverbial ("said on
 * Friday [it would …]"), a quantity ("said [about half of the fees] …"), or an adverbial inside a "that" clause
 * ("say that [by raising rents, the landlord …]"). Each test looks at a fixed number of tokens.
 */
import type { DocToken } from '../text/document';
import { CALENDAR_WORDS, TIME_WORDS } from '../lexicon/lexicon';
import {
  APPROXIMATORS,
  CONTENT_DETERMINERS,
  NOT_CONTENT_START,
  PLACE_OR_TIME,
  POSSESSIVES,
  QUANTIFIERS,
  SUBJECT_PRONOUNS,
  THAT_ADVERBIAL_OPENERS,
  TIME_LEADS,
} from '../lexicon/functionWords';

const TIME_REACH = 5;

function isTimeHead(t: DocToken): boolean {
  return TIME_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower);
}

/** The index after a time adverbial at k ("on Friday", "Tuesday night", "earlier this week", "in March"); k when
 * none stands there. */
export function afterTimeAdverbial(tokens: DocToken[], k: number, e: number): number {
  let j = k;
  while (j < e && j - k < 2 && TIME_LEADS.has(tokens[j].lower)) j++;
  if (j >= e || !isTimeHead(tokens[j])) return k;
  // "on March 3", "Tuesday night"
  while (j < e && j - k < TIME_REACH && (isTimeHead(tokens[j]) || /^\d{1,2}$/.test(tokens[j].text))) j++;
  return j;
}

/** A quantity opening a clause: "about half of …", "nearly 40 percent …", "more than 300 …", "at least four …". */
export function opensQuantity(tokens: DocToken[], k: number): boolean {
  // "at least", "at most": a two-word approximator, its number one further on
  const two = tokens[k]?.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most');
  const next = tokens[two ? k + 2 : k + 1];
  return (
    !!next &&
    (two || APPROXIMATORS.has(tokens[k].lower)) &&
    (/^[$€£]?\d/.test(next.text) || QUANTIFIERS.has(next.lower) || next.lower === 'than')
  );
}

/** A clause opening plainly at k: a subject pronoun, a determiner, a name, a number or a quantity. */
export function opensPlainly(tokens: DocToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return (
    SUBJECT_PRONOUNS.has(t.lower) ||
    CONTENT_DETERMINERS.has(t.lower) ||
    (t.cap && t.word && !isTimeHead(t)) ||
    /^[$€£]?\d/.test(t.text) ||
    QUANTIFIERS.has(t.lower) ||
    opensQuantity(tokens, k)
  );
}

/** "said that [by] raising rents, …", "said that [in] one case …": after "that", an adverbial may open the clause. */
export function thatAdverbial(tokens: DocToken[], k: number): boolean {
  return tokens[k - 1]?.lower === 'that' && THAT_ADVERBIAL_OPENERS.has(tokens[k]?.lower ?? '');
}

const ADDRESSEE_REACH = 3;

/** A word of a lower-case addressee ("told [foundation employees] on Thursday that …"): not the clause after it. */
export function addresseeWord(t: DocToken | undefined): boolean {
  return (
    !!t &&
    t.word &&
    !t.cap &&
    !SUBJECT_PRONOUNS.has(t.lower) &&
    !CONTENT_DETERMINERS.has(t.lower) &&
    !NOT_CONTENT_START.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    t.lower !== 'that'
  );
}

/**
 * Where the addressee of "told" at k ends: "the (local) paper", "The Fjord Ledger (of Tromsø)", "her audience",
 * "foundation employees". Content openers (a pronoun, a determiner, "that") end it.
 */
export function addresseeEnd(tokens: DocToken[], k: number, e: number): number {
  const o = tokens[k];
  let j = k;
  if (o.lower === 'the' || o.lower === 'a' || o.lower === 'an') j += tokens[k + 2]?.word && !tokens[k + 2].cap ? 2 : 3;
  else if (POSSESSIVES.has(o.lower)) j++;
  if (j === k || POSSESSIVES.has(o.lower)) while (j < e && j - k <= ADDRESSEE_REACH && addresseeWord(tokens[j])) j++;
  // "the Valley Courier", "The Fjord Ledger of Tromsø"
  while (j < e && tokens[j].cap && tokens[j].word) j++;
  if (tokens[j]?.lower === 'of' && tokens[j + 1]?.cap) for (j++; j < e && tokens[j].cap && tokens[j].word;) j++;
  return j;
}

/** "said her group will …": "her" as a possessive opening the content's subject, not the object of the cue. */
export function possessiveHer(tokens: DocToken[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k].lower === 'her' &&
    !!next &&
    (next.word || /^[$€£\d]/.test(next.text)) &&
    !NOT_CONTENT_START.has(next.lower) &&
    !TIME_WORDS.has(next.lower) &&
    !PLACE_OR_TIME.has(next.lower)
  );
}

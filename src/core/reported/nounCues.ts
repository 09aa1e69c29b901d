/**
 * Reporting nouns with a "that" clause: "his claim that the vote was rigged", "the senator's warning that …",
 * "the assertion that …". The clause is the content; a possessive before the noun names the speaker. Only nouns
 * that take a complement clause (after "the fact that" nobody speaks), and only as an object: a subject's "that"
 * clause runs into the sentence's own verb. Fixed window: linear.
 */
import type { DocToken } from '../text/document';
import { CLAIM_NOUNS } from '../lexicon/newsWords';
import {
  CLAIM_DETERMINERS as DETERMINERS,
  CLAIM_POSSESSIVES as POSSESSIVES,
  CLAIM_SUBJECT_WORDS as SUBJECT_WORDS,
} from '../lexicon/functionWords';

const MODIFIER_REACH = 3;

export interface NounCue {
  /** The noun, and the token range of a possessor ("Trump's", "his") if any. */
  noun: number;
  possessor: [number, number] | null;
  /** Where the content begins (after "that"). */
  from: number;
}

/** At a claim noun (token `c`) followed by "that" and a clause: the report, else null. */
export function nounCueAt(tokens: DocToken[], s: number, c: number): NounCue | null {
  if (!CLAIM_NOUNS.has(tokens[c].lower) || tokens[c + 1]?.lower !== 'that') return null;
  // "that" opens the content only before a clause subject, not as a relative pronoun before a verb
  const after = tokens[c + 2];
  if (!after || !after.word || (!after.cap && /(?:ed|s)$/.test(after.lower) && !SUBJECT_WORDS.has(after.lower)))
    return null;
  const lead = nounLead(tokens, s, c);
  if (!lead) return null;
  const { j, possessor } = lead;
  // the noun phrase as an object ("repeated her claim that …"), not as the subject whose "that" clause runs into
  // the sentence's own verb ("Her claim that the bridge is safe was disputed")
  const start = possessor ? possessor[0] : j;
  const before = tokens[start - 1];
  if (start <= s || !before.word || before.cap) return null;
  return { noun: c, possessor, from: c + 2 };
}

/**
 * A determiner or possessive within a few modifiers before token c, which makes it a noun: "the audit", "his
 * criticism", "the senator's call". Where it stands (`j`) and the possessor's tokens, if any; else null.
 */
export function nounLead(
  tokens: DocToken[],
  s: number,
  c: number,
): { j: number; possessor: [number, number] | null } | null {
  let j = c - 1;
  while (
    j >= s &&
    c - j <= MODIFIER_REACH &&
    !DETERMINERS.has(tokens[j].lower) &&
    tokens[j].text !== "'s" &&
    tokens[j].text !== '’s' &&
    tokens[j].word &&
    !tokens[j].cap
  )
    j--;
  if (j < s) return null;
  const t = tokens[j];
  let possessor: [number, number] | null = null;
  if (POSSESSIVES.has(t.lower)) possessor = [j, j + 1];
  else if (t.text === "'s" || t.text === '’s') {
    let k = j - 1;
    while (k - 1 >= s && tokens[k - 1].cap && j - k < 4) k--;
    if (k < s || !tokens[k].cap) return null;
    possessor = [k, j];
  } else if (!DETERMINERS.has(t.lower)) return null;
  return { j, possessor };
}

/**
 * Small word tests shared by the attribution rules: a past verb ("rallied", "said"), a head that speaks for itself
 * ("the mayor", "the email"), and the pronouns that stand for a person ("he", "she").
 */
import { isSpeakerNoun } from './phrases';
import { ISSUED_TEXT_NOUNS, ISSUING_VERBS } from '../lexicon/speakerWords';
import { IRREGULAR_PAST } from '../lexicon/speechVerbs';

/** A past form: "rallied", "said", "sent". */
export function isPastVerb(w: string): boolean {
  return /ed$/.test(w) || IRREGULAR_PAST.has(w) || (ISSUING_VERBS.has(w) && !w.endsWith('s'));
}

/** A description's head that can speak: someone ("the mayor"), an organization or a text ("the email"). */
export function speaksForItself(head: string): boolean {
  return isSpeakerNoun(head) || ISSUED_TEXT_NOUNS.has(head);
}
/** 'the airline said in a statement posted on X. "…"': a participle after a text's noun modifies it; no one posted. */
export function isTextParticiple(tokens: Array<{ lower: string }>, c: number): boolean {
  return /ed$/.test(tokens[c].lower) && ISSUED_TEXT_NOUNS.has(tokens[c - 1]?.lower ?? '');
}

/**
 * '"…," a statement released on Friday by the agency said': after a quote, an issuing verb right after a text's noun
 * is its participle, not the cue (a text releases nothing). "the report stated", "the ad declared" are the cue.
 */
export function isIssuedTextParticiple(tokens: Array<{ lower: string }>, c: number): boolean {
  const w = tokens[c].lower;
  return ISSUING_VERBS.has(w) && !w.endsWith('s') && ISSUED_TEXT_NOUNS.has(tokens[c - 1]?.lower ?? '');
}

/** The relative pronoun "who" ("a passenger, who asked …"), not the acronym "WHO" ("the WHO said"). */
export function isRelativeWho(t: { lower: string; text: string } | undefined): boolean {
  return t !== undefined && t.lower === 'who' && t.text !== 'WHO';
}

export const PERSONAL_PRONOUNS = new Set(['he', 'she']);

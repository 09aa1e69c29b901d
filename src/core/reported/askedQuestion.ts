/**
 * The question put to someone, in the passive: "Asked whether he would run, Smith said …", "when asked about the
 * tax plan", "she was asked to explain the vote". The question is the content; its asker is seldom named ("Asked
 * by a reporter …" names one), so the speaker may stay unknown. Reads a fixed window: linear.
 */
import type { DocToken } from '../text/document';
import { phraseRight, type Phrase } from '../attribution/phrases';
import {
  ASKED_ADVERBS,
  CLAUSE_END as SENTENCE_END,
  PASSIVE_LEADS,
  WH_WORDS_WITH_WHOM as WH_WORDS,
} from '../lexicon/functionWords';

export interface AskedQuestion {
  /** Token range [from, to) of the question. */
  from: number;
  to: number;
  /** The asker, when "by X" names one. */
  asker: Phrase | null;
}

/** At a passive "asked" (token `c`, sentence [s, e)): the question it introduces, else null. */
export function askedQuestion(
  tokens: DocToken[],
  s: number,
  e: number,
  c: number,
  source: string,
): AskedQuestion | null {
  if (tokens[c].lower !== 'asked') return null;
  let lead = c - 1;
  while (lead >= s && c - lead <= 3 && ASKED_ADVERBS.has(tokens[lead].lower)) lead--;
  // "Smith, asked about it, said …": the question in an aside
  if (!(lead < s || tokens[lead].text === ',' || PASSIVE_LEADS.has(tokens[lead].lower))) return null;
  let k = c + 1;
  while (k < e && k - c <= 3 && ASKED_ADVERBS.has(tokens[k].lower)) k++;
  let asker: Phrase | null = null;
  if (tokens[k]?.lower === 'by') {
    asker = phraseRight(tokens, k + 1, e, source);
    if (!asker) return null;
    k = asker.to;
  }
  const first = tokens[k];
  if (!first || k >= e) return null;
  let from: number;
  if (WH_WORDS.has(first.lower)) from = k;
  else if (first.lower === 'about') from = k + 1;
  else if (first.lower === 'to' && tokens[k + 1]?.word && !tokens[k + 1].cap) from = k;
  else return null;
  // the question runs to the first comma: the answer, or the main clause, follows it
  let to = from;
  while (to < e && to - from < 80 && tokens[to].text !== ',' && !SENTENCE_END.has(tokens[to].text)) to++;
  return to > from ? { from, to, asker } : null;
}

/**
 * The "that" opening a reported clause after adverbials: "said at a campaign stop in Toledo, Ohio, that …", "said on
 * the Senate floor at the time that …". Shared by the clause rules and the unread-subject rule (subjects.ts); looks
 * ten tokens ahead at most.
 */
import type { DocToken } from '../text/document';
import { PREPOSITIONS, SENTENCE_END } from '../lexicon/functionWords';
import { TIME_WORDS } from '../lexicon/lexicon';
import { ADVERBIAL_WORDS } from '../lexicon/newsWords';
import { finiteVerb } from './contentEnd';
import type { QuoteMap } from './quoteMap';

/** The "that" opening the content within ten tokens of k, with only adverbials before it; else -1. */
export function thatAfterAdverbials(tokens: DocToken[], k: number, e: number, inQuote: QuoteMap): number {
  let that = -1;
  // "said in a statement to the Colombo Stock Exchange (CSE) that …": what brackets hold counts for no words
  let bracketed = 0;
  let open = false;
  for (let j = k; j < e && j - k - bracketed <= 10 && j - k <= THAT_REACH_BRACKETED; j++) {
    if (tokens[j].text === '(') open = true;
    if (open) bracketed++;
    if (tokens[j].text === ')') open = false;
    if (tokens[j].lower === 'that' && inQuote.of[j] < 0) {
      that = j;
      break;
    }
    if (inQuote.of[j] >= 0 || SENTENCE_END.has(tokens[j].text)) break;
  }
  // "said during the debate that …": a prepositional phrase of any nouns, when no verb follows "that" (a relative
  // "that": "said in a report that was released …")
  const phrase = that > k && PREPOSITIONS.has(tokens[k].lower) && !finiteVerb(tokens[that + 1]);
  if (that >= 0) {
    for (let j = k; j < that; j++)
      if (!(
        TIME_WORDS.has(tokens[j].lower) ||
        PREPOSITIONS.has(tokens[j].lower) ||
        ADVERBIAL_WORDS.has(tokens[j].lower) ||
        tokens[j].text === ',' ||
        (isBracket(tokens[j]) && phrase) ||
        (tokens[j].cap && j > k && PREPOSITIONS.has(tokens[k].lower)) ||
        (phrase && tokens[j].word && !finiteVerb(tokens[j]))
      ))
        that = -1;
  }
  return that;
}

const isBracket = (t: DocToken): boolean => t.text === '(' || t.text === ')';

/** Tokens ahead the "that" may be with brackets on the way, so an unclosed one does not read on. */
const THAT_REACH_BRACKETED = 16;

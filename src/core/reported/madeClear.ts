/**
 * "made it clear (to her staff) that …", "has made clear …": "clear" after "made" reports the clause after it, its
 * subject the source. ("It is not clear whether …" is the writer's own doubt, and annotators rarely count it.) Fixed
 * windows: linear.
 */
import type { Doc, DocToken } from '../text/document';
import { CLEAR_MAKERS } from '../lexicon/functionWords';
import { contentAfter } from './content';
import type { Found, QuoteMap } from './quoteMap';
import type { Phrase } from '../attribution/phrases';
import { speakerAt } from './topicCues';

const ADDRESSEE_REACH = 6;

/** "made (it) clear" ending at the token c ("clear"): where the cue starts, else -1. */
function clearCueFrom(tokens: DocToken[], c: number): number {
  const j = c - 1;
  if (tokens[j]?.lower === 'it' && CLEAR_MAKERS.has(tokens[j - 1]?.lower ?? '')) return j - 1;
  return CLEAR_MAKERS.has(tokens[j]?.lower ?? '') ? j : -1;
}

/** Where the reported clause opens after "clear": past "to" and an addressee, then past "that". */
function clauseStart(tokens: DocToken[], c: number, e: number): number {
  let k = c + 1;
  if (tokens[k]?.lower === 'to')
    for (let j = k + 1; j < e && j - k <= ADDRESSEE_REACH; j++)
      if (tokens[j].lower === 'that') {
        k = j;
        break;
      }
  return tokens[k]?.lower === 'that' ? k + 1 : k;
}

/** The report of "made clear" at c ("clear") in the sentence [s, e), said by the subject of "made", else null. */
export function madeClear(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  inQuote: QuoteMap,
  shared: Phrase | null = null,
): Found | null {
  const { tokens } = doc;
  if (tokens[c].lower !== 'clear' || inQuote.of[c] >= 0) return null;
  const from = clearCueFrom(tokens, c);
  if (from < 0) return null;
  const k = clauseStart(tokens, c, e);
  if (k >= e || (!tokens[k].word && inQuote.of[k] < 0)) return null;
  const content = contentAfter(doc, k, e, inQuote);
  if (!content) return null;
  return {
    reported: {
      content: content.range,
      attribution: speakerAt(doc, s, from, [tokens[from].start, tokens[c].end], shared, false),
    },
    next: content.end,
  };
}

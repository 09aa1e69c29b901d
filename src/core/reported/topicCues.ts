/**
 * Topic cues: a word of speaking and a preposition whose object is what was said, as a noun phrase ("talked about
 * [the levy]", "questions about [the audit]", "called for [a recount]", "his criticism of [the plan]"). The report of
 * last resort at a token: a reporting verb's own clause, when it has one, comes first. The object ends where its
 * noun phrase does (objectEnd); a fixed window, so linear.
 */
import type { Doc, DocToken } from '../text/document';
import {
  TOPIC_ABOUT,
  TOPIC_AGAINST,
  TOPIC_AT,
  TOPIC_FOR,
  TOPIC_OF,
  TOPIC_ON,
  TOPIC_OVER,
  TOPIC_TO,
  VIEW_CUES,
} from '../lexicon/newsWords';
import { contentAfter } from './content';
import { objectEnd } from './contentEnd';
import { WH_WORDS } from '../lexicon/functionWords';
import type { Found, QuoteMap, Reported } from './quoteMap';
import type { Phrase } from '../attribution/phrases';
import { cueSpeaker } from './cueSpeaker';

const TOPIC_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['about', TOPIC_ABOUT],
  ['for', TOPIC_FOR],
  ['of', TOPIC_OF],
  ['on', TOPIC_ON],
  ['against', TOPIC_AGAINST],
  ['to', TOPIC_TO],
  ['at', TOPIC_AT],
  ['over', TOPIC_OVER],
]);

/** Whether tokens c, c + 1 are a topic cue: a speaking word and the preposition it takes. */
export function isTopicCue(tokens: DocToken[], c: number): boolean {
  const prep = tokens[c + 1];
  return !!prep && !!TOPIC_CUES.get(prep.lower)?.has(tokens[c].lower);
}

/** The report of a topic cue at c in the sentence [s, e): "Ruiz called for [a recount]", "questions about [the audit]"
 * (no speaker). Null when none stands there. */
export function topicReport(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  inQuote: QuoteMap,
  shared: Phrase | null = null,
): Found | null {
  const { tokens } = doc;
  if (inQuote.of[c] >= 0 || !isTopicCue(tokens, c)) return null;
  const from = c + 2;
  const first = tokens[from];
  if (!first || from >= e || (!first.word && inQuote.of[from] < 0)) return null;
  // "questions about [whether the fund would last]": a question is a clause, with its own verb
  const end = WH_WORDS.has(first.lower) ? e : objectEnd(tokens, from, e, (j) => inQuote.of[j] >= 0);
  const content = contentAfter(doc, from, end, inQuote, 1);
  if (!content) return null;
  return {
    reported: {
      content: content.range,
      attribution: speakerAt(doc, s, c, [tokens[c].start, tokens[c + 1].end], shared, true),
    },
    next: content.end,
  };
}

const VIEW_REACH = 8;

/**
 * "Voters see [him as the stronger candidate]", "she views [the levy as a tax on farmers]": a verb of regarding, a
 * short object and "as" report a view, up to the next comma. Its subject holds the view, like a topic's.
 */
export function viewReport(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  inQuote: QuoteMap,
  shared: Phrase | null = null,
): Found | null {
  const { tokens } = doc;
  const first = tokens[c + 1];
  if (inQuote.of[c] >= 0 || !VIEW_CUES.has(tokens[c].lower) || !first?.word || first.lower === 'as') return null;
  let as = c + 1;
  while (as < e && as - c <= VIEW_REACH && tokens[as].word && tokens[as].lower !== 'as') as++;
  if (as >= e || tokens[as].lower !== 'as') return null;
  let end = as + 1;
  while (end < e && !(tokens[end].text === ',' && inQuote.of[end] < 0)) end++;
  const content = contentAfter(doc, c + 1, end, inQuote, 1);
  if (!content) return null;
  return {
    reported: {
      content: content.range,
      attribution: speakerAt(doc, s, c, [tokens[c].start, tokens[c].end], shared, false),
    },
    next: content.end,
  };
}

/** The attribution of a cue starting at token c: its speaker before it where the text names one. */
export function speakerAt(
  doc: Doc,
  s: number,
  c: number,
  cue: [number, number],
  shared: Phrase | null,
  mayBeNoun: boolean,
): Reported['attribution'] {
  const speaker = cueSpeaker(doc, s, c, shared, mayBeNoun);
  return { speaker, cue, how: speaker ? 'before' : 'none' };
}

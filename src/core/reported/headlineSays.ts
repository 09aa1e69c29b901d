/**
 * Title-case headlines: "Mayor Ortega Says Bridge Will Reopen In May", "Union Says Talks Have Stalled, Calls A Strike".
 * A capitalized subject opening the line, "Says", then the claim up to a comma or the sentence end. Reads a fixed
 * window from the line start: linear.
 */
import type { DocToken } from '../text/document';
import { phraseLeft, type Phrase } from '../attribution/phrases';
import { HEADLINE_CUES } from '../lexicon/speechVerbs';
import { HEADLINE_END as END } from '../lexicon/functionWords';

const MAX_SUBJECT = 6;
const MAX_CLAIM = 30;

export interface HeadlineClaim {
  speaker: Phrase | null;
  cue: number;
  /** Token range [from, to) of the claim. */
  from: number;
  to: number;
}

/** The claim of a title-case headline opening at token `s` (sentence [s, e)), else null. */
export function headlineSays(tokens: DocToken[], s: number, e: number, source: string): HeadlineClaim | null {
  let cue = s;
  while (cue < e && cue - s < MAX_SUBJECT && !HEADLINE_CUES.has(tokens[cue].text)) {
    const t = tokens[cue];
    if (!(t.cap || t.text === "'s" || t.text === '’s' || t.text === '.')) return null;
    cue++;
  }
  if (cue === s || cue >= e || !HEADLINE_CUES.has(tokens[cue].text)) return null;
  let to = cue + 1;
  let lower = 0;
  while (to < e && to - cue <= MAX_CLAIM && !END.has(tokens[to].text)) {
    // title case: small words may stay lower-case, content words may not
    if (tokens[to].word && !tokens[to].cap && tokens[to].text.length > 3) lower++;
    to++;
  }
  if (to - cue < 3 || lower > 0 || !tokens[cue + 1].cap) return null;
  return { speaker: phraseLeft(tokens, cue, s, source), cue, from: cue + 1, to };
}

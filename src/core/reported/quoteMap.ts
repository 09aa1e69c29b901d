/** Which tokens sit inside direct quotes, and the shapes a reported-speech rule returns. */
import type { DocToken } from '../text/document';
import { isMarkToken, type Attribution } from '../attribution/cues';

/** Per token: the index of the direct quote it is in (-1 outside), and whether that quote is a full one. */
export interface QuoteMap {
  of: Int32Array;
  full: Uint8Array;
  /** Prefix counts of quoted and full-quote tokens, so range checks are O(1) whatever the sentence length. */
  quotedUpTo: Int32Array;
  fullUpTo: Int32Array;
}

export interface Reported {
  content: [number, number];
  attribution: Attribution;
}

export interface Found {
  reported: Reported;
  next: number;
}

/** '… "framing this campaign,"': the closing mark, after a comma, of a quoted fragment of the writer's sentence. */
export function closesFragment(tokens: DocToken[], i: number, inQuote: QuoteMap): boolean {
  // "chemistry,'' said": the closing mark may be a doubled apostrophe, two tokens
  const mark = i > 0 && tokens[i].text === "'" && tokens[i - 1].text === "'" && tokens[i - 1].end === tokens[i].start;
  const comma = mark ? i - 2 : i - 1;
  return comma >= 0 && isMarkToken(tokens, i) && tokens[comma].text === ',' && inQuote.of[i] >= 0 && !inQuote.full[i];
}

export function tokensInQuoteOnly(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.quotedUpTo[to] - inQuote.quotedUpTo[from] === to - from;
}

export function hasFull(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.fullUpTo[to] - inQuote.fullUpTo[from] > 0;
}

/** Which tokens sit inside direct quotes, and the shapes a reported-speech rule returns. */
import type { DocToken } from '../text/document';
import { isQuoteToken, type Attribution } from '../attribution/cues';

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
  return i > 0 && isQuoteToken(tokens[i]) && tokens[i - 1].text === ',' && inQuote.of[i] >= 0 && !inQuote.full[i];
}

export function tokensInQuoteOnly(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.quotedUpTo[to] - inQuote.quotedUpTo[from] === to - from;
}

export function hasFull(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.fullUpTo[to] - inQuote.fullUpTo[from] > 0;
}

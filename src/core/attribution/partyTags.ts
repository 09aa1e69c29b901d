/**
 * A party tag after a name, in brackets or between commas ("Rep. Hakeem Jeffries (D-N.Y.) reacted", "MK Dana Levi
 * (Likud) opened …", "Mitch Hale, R-Ky., delivered"): the subject's verb stands after it. A leaf module: the direct
 * and the reported subject readers both use it.
 */
import type { DocToken } from '../text/document';

/** Past a party tag after a name: "Rep. Hakeem Jeffries (D-N.Y.) reacted", "Mitch Hale, R-Ky., delivered". */
export function skipPartyTag(tokens: DocToken[], verb: number, cue: number): number {
  // in parentheses ("D-N.Y." alone is six tokens)
  if (tokens[verb]?.text === '(') {
    let close = verb + 1;
    while (close < cue && close - verb <= 8 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') return close + 1;
  }
  // or between commas
  if (tokens[verb]?.text === ',' && /^[RDI]-\p{Lu}/u.test(tokens[verb + 1]?.text ?? '')) {
    let close = verb + 2;
    while (close < cue && close - verb <= 6 && tokens[close].text !== ',') close++;
    if (tokens[close]?.text === ',') return close + 1;
  }
  return verb;
}

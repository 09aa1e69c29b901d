/**
 * Quotation marks around the name of a work, not around speech: 'his book, "Make Your Kid a Millionaire,"',
 * 'an article titled "…"', 'the radio show "…"'. The noun or verb right before the quote names what it is.
 */
import type { DocToken } from '../text/document';
import { WORK_NOUNS } from '../lexicon/newsWords';

/** The quote starting at token `from` (its opening mark) follows a work noun, with at most a comma between. */
export function namesAWork(tokens: DocToken[], from: number): boolean {
  let i = from - 1;
  // a comma may stand between; a colon may not: 'the book: "Publish it"' introduces someone's words
  if (tokens[i]?.text === ',') i--;
  const t = tokens[i];
  return t !== undefined && t.line === tokens[from].line && WORK_NOUNS.has(t.lower);
}

/**
 * '"Our crews are on site," the statement said. ¶ The company, Harlan Steel, said it would appeal. "We disagree,"
 * it said': a text that spoke a paragraph before no longer does once another body has been named since; "it" is
 * that body, as after any organization named last.
 *
 * Left alone: the same body named again ("Northern Valley Power said the statement stood. '…,' it said") and a body
 * named only inside a quote.
 */
import type { Span } from '../types';
import { firstSpanFrom } from '../text/sortedSpans';

/** A body's name without its article or possessive: "the Sierra Club's" → "sierra club". */
const bare = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s?$/, '');

/**
 * Whether an organization other than the one named `author` is named in [from, to), outside quotes. `orgs` are
 * sorted by start.
 */
export function otherBodyNamedSince(
  orgs: readonly Span[],
  from: number,
  to: number,
  quoted: (start: number, end: number) => boolean,
  author: string,
): boolean {
  const own = bare(author);
  for (let i = firstSpanFrom(orgs, from); i < orgs.length && orgs[i].end <= to; i++)
    if (!quoted(orgs[i].start, orgs[i].end) && bare(orgs[i].text) !== own) return true;
  return false;
}

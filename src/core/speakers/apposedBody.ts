/**
 * "The utility, Northern Valley Power, issued a statement": a body's description with the body's name in apposition
 * right after it is that body. "the statement said" then speaks for Northern Valley Power, not for an unnamed "the
 * utility"; "The union, Unifor, said" is Unifor.
 *
 * Left alone: a description with no name after its comma ("The utility, which serves 40,000 homes, said") and a name
 * no comma closes ("The firm, Ruiz said, will appeal": a parenthetical attribution, not an apposition).
 */
import type { Span } from '../types';
import type { DocToken } from '../text/document';

/**
 * The organization named in apposition after the description over tokens [from, to): a comma, the name the
 * recognizer drew (an organization, or a person's name it misread: "The utility, Ridgeline Electric Cooperative,"),
 * then a closing comma ("The firm, Ruiz said, will appeal" names no firm). `orgAt` gives the name starting at an offset.
 */
export function apposedOrganization(
  tokens: readonly DocToken[],
  to: number,
  orgAt: (start: number) => Span | undefined,
): Span | null {
  if (tokens[to]?.text !== ',' || !tokens[to + 1]) return null;
  const org = orgAt(tokens[to + 1].start);
  if (!org) return null;
  let after = to + 1;
  while (after < tokens.length && tokens[after].start < org.end) after++;
  const next = tokens[after];
  if (!next || next.line !== tokens[to].line) return null;
  return next.text === ',' ? org : null;
}

/**
 * A plural title over a pair of names: "Morning Talk hosts Carl Mendes and Rita Yost", "Senators Ann Bell and Joe Hale"
 * give each of the two the title in the singular, so that "the host asked" later finds one of them, as "host Carl
 * Mendes" would.
 *
 * Left alone: a plural that is no office ("Friends Carl Mendes and Rita Yost"), and a name after "and" whose partner
 * took no plural title ("Carl Mendes and Rita Yost, the hosts, …" is the appositive's to read).
 */
import { ROLE_NOUNS } from '../lexicon/lexicon';
import type { Span } from '../types';
import type { DocToken } from '../text/document';
import { firstSpanFrom } from '../text/sortedSpans';

/** The singular title a plural office before the name at token `start` (or before its partner over "and") gives. */
export function pluralTitle(tokens: readonly DocToken[], start: number, people: readonly Span[]): string | undefined {
  const own = singularOffice(tokens[start - 1]);
  if (own || tokens[start - 1]?.lower !== 'and') return own;
  const before = tokens[start - 2];
  if (!before) return undefined;
  const partner = people[firstSpanFrom(people, before.end) - 1];
  if (!partner || partner.end !== before.end) return undefined;
  let k = start - 2;
  while (k > 0 && tokens[k].start > partner.start) k--;
  return singularOffice(tokens[k - 1]);
}

/** "hosts" → "host", "senators" → "senator": a plural office noun, in the singular. */
function singularOffice(t: DocToken | undefined): string | undefined {
  if (!t || !t.word || !t.lower.endsWith('s') || t.lower.endsWith('ss')) return undefined;
  const singular = t.lower.slice(0, -1);
  return ROLE_NOUNS.has(singular) ? singular : undefined;
}

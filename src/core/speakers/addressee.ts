/**
 * Whom a pronoun's own reporting verb addresses: '"I disagree," she told Marsh' is someone speaking to Marsh, so Marsh,
 * though she spoke last, is not "she". Only a capitalised name right after the verb counts ("told Judge Marsh",
 * "warned Ann"); "told reporters" names no one.
 */
import type { Doc } from '../text/document';
import { OBJECT_CUES } from '../lexicon/lexicon';

/** Capitalised words read after the verb: a title and a full name ("Deputy Prosecutor Helen Vasquez-Ord"). */
const MAX_ADDRESSEE_WORDS = 5;

/** The last word of the name the verb right after the pronoun at `at` addresses, lower-cased; null when none. */
export function addressedName(doc: Doc, at: number): string | null {
  const { tokens } = doc;
  const k = doc.tokenAt(at);
  if (!OBJECT_CUES.has(tokens[k + 1]?.lower ?? '')) return null;
  let last: string | null = null;
  for (let i = k + 2; i < tokens.length && i - k - 2 < MAX_ADDRESSEE_WORDS; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap) break;
    last = t.lower;
  }
  return last;
}

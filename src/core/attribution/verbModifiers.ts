/**
 * What may stand between a subject and its reporting verb without being either: a manner adverb ("Rivera jokingly
 * said"), a time ("Priebus later Thursday told", "Hale on Monday said"). Skipping them finds the subject that a
 * closed list of adverbs would miss.
 */
import type { DocToken } from '../text/document';
import { LY_NOT_ADVERBS } from '../lexicon/speakerWords';
import { WEEKDAY_WORDS } from '../lexicon/lexicon';

/** A manner adverb in -ly: "jokingly", "loudly" (not "family", "rally", "early"). */
export function isMannerAdverb(t: DocToken | undefined): boolean {
  if (!t || t.cap || !t.word || t.lower.length < 5) return false;
  return /^[a-z]+ly$/.test(t.lower) && !LY_NOT_ADVERBS.has(t.lower);
}

/**
 * How many tokens of a time end at token `i` (0: none): "Thursday", "on Thursday", "last Thursday", "today". Only
 * days, which cannot be a subject's head ("The Week said" keeps its subject).
 */
export function timeBefore(tokens: DocToken[], i: number): number {
  const t = tokens[i];
  if (!t || !WEEKDAY_WORDS.has(t.lower)) return 0;
  const prev = tokens[i - 1]?.lower ?? '';
  const n = prev === 'on' || prev === 'last' || prev === 'this' ? 2 : 1;
  // "A survey released Tuesday showed": the day belongs to a participle of the subject's, and stays in it
  const before = tokens[i - n];
  return before && !before.cap && /[a-z]ed$/.test(before.lower) ? 0 : n;
}

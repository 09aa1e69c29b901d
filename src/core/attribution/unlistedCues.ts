/**
 * Speech verbs that no list holds. News writes speech in a few fixed frames, and a reader knows that a verb reports
 * speech from the frame alone, whatever the verb: '"All of them," she deadpanned.', 'Rivera demurred, "Not yet."'. So
 * a past form right after a quote and its subject, closing the clause, or right before the comma or colon that opens
 * a quote, after its subject, is taken as the cue. The lists (lexicon.ts) keep the verbs that report speech anywhere
 * ("said", "told", "argued"), where no frame vouches for them.
 */
import type { DocToken } from '../text/document';
import { ED_NOT_PAST } from '../lexicon/speakerWords';
import { SUBJECT_OPENERS } from '../lexicon/lexicon';

/** A past form in -ed of any verb ("deadpanned", "demurred"): not an -ed adjective ("naked"), nor "need", "proceed". */
export function isUnlistedPast(t: DocToken | undefined): boolean {
  if (!t || t.cap || !t.word || t.lower.length < 5) return false;
  return /^[a-z]+ed$/.test(t.lower) && !t.lower.endsWith('eed') && !ED_NOT_PAST.has(t.lower);
}

/**
 * A present form in -s of any verb ("mocks", "scoffs", "quips"), for the frame right after a quote and its subject,
 * closing the clause: '"…," the mayor mocks.'. Not "-ss", "-us", "-is", "-ics" words ("press", "status", "basis").
 */
export function isUnlistedPresent(t: DocToken | undefined): boolean {
  if (!t || t.cap || !t.word || t.lower.length < 5) return false;
  return /^[a-z]+[^su]s$/.test(t.lower) && !/(?:ics|ness|ous|ies)$/.test(t.lower);
}

/** Token `i` opens a clause: the window's start, or right after a comma, a dash or "when", "and", "but" … */
export function opensClause(tokens: DocToken[], i: number, start: number): boolean {
  if (i <= start) return true;
  const prev = tokens[i - 1];
  return prev.text === ',' || prev.text === '—' || prev.text === '–' || SUBJECT_OPENERS.has(prev.lower);
}

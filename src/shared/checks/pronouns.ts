/**
 * The pronoun next to a quote's reporting cue ("…," he said / "…," said she / She added: "…"), for quotes whose
 * speaker the analysis could not name. Read from the text around the cue: the Analysis keeps no speaker mention
 * for an unresolved pronoun.
 */
import type { Quote } from '../../core/types';

const BEFORE = /\b(he|she)\s+(?:(?:also|then|later|again|quickly)\s+)?$/i;
const AFTER = /^\s+(he|she)\b/i;
const LOOK_BEHIND = 24;

export interface CuePronoun {
  word: 'he' | 'she';
  start: number;
  end: number;
}

/** The "he"/"she" that is the subject of `quote`'s cue, with its range; undefined when there is none. */
export function cuePronoun(text: string, quote: Quote): CuePronoun | undefined {
  if (!quote.cue) return undefined;
  const from = Math.max(0, quote.cue.start - LOOK_BEHIND);
  const before = BEFORE.exec(text.slice(from, quote.cue.start));
  if (before) return made(before[1], from + before.index);
  const after = AFTER.exec(text.slice(quote.cue.end, quote.cue.end + 8));
  if (after) return made(after[1], quote.cue.end + after[0].length - after[1].length);
  return undefined;
}

function made(word: string, start: number): CuePronoun {
  return { word: word.toLowerCase() === 'she' ? 'she' : 'he', start, end: start + word.length };
}

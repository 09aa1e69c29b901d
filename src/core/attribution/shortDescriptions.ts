/**
 * A determiner and a few lower-case words as a speaker where the position says so, even when the noun is no known
 * role: '"…," a fisherman said', 'A young boy shouted, "…"'.
 */
import type { DocToken } from '../text/document';
import { SENTENCE_END } from './cues';
import type { Phrase } from './phrases';
import { ADVERBIAL_SUBORDINATORS, DESCRIPTION_STOP_WORDS, SHORT_OPENERS } from '../lexicon/functionWords';

/**
 * 'A young boy shouted, "…"', 'Another child responded, "…"': a determiner and a few lower-case words opening the
 * clause right before a finite cue are its subject, even when the noun is no known role (as after a quote).
 */
export function shortSubjectLeft(tokens: DocToken[], lead: number, floor: number): Phrase | null {
  for (let from = lead - 2; from >= Math.max(floor, lead - 4); from--) {
    const before = tokens[from - 1];
    // the clause opens the sentence, follows a comma, or a subordinator ("Hale said as the heckler yelled: '…'")
    const opens =
      SENTENCE_END.has(before?.text ?? '') || before?.text === ',' || ADVERBIAL_SUBORDINATORS.has(before?.lower ?? '');
    if (before && before.line === tokens[from].line && !opens) continue;
    const p = shortDescription(tokens, from, lead);
    if (p) return p;
  }
  return null;
}

/**
 * '"…," a fisherman said': right between a quote and its cue, a determiner and a few lower-case words are the speaker
 * even when the noun is no known role (the position says so; elsewhere "a fisherman" could be anyone).
 */
export function shortDescription(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to - from < 2 || to - from > 4 || !SHORT_OPENERS.has(tokens[from].lower)) return null;
  for (let i = from + 1; i < to; i++)
    if (!tokens[i].word || tokens[i].cap || DESCRIPTION_STOP_WORDS.has(tokens[i].lower)) return null;
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

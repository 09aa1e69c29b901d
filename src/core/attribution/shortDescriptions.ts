/**
 * A determiner and a few lower-case words as a speaker where the position says so, even when the noun is no known
 * role: '"…," a fisherman said', 'A young boy shouted, "…"'.
 */
import type { DocToken } from '../text/document';
import { SENTENCE_END } from './cues';
import type { Phrase } from './phrases';
import {
  ADVERBIAL_SUBORDINATORS,
  DESCRIPTION_STOP_WORDS,
  LONE_SPEAKERS,
  SHORT_OPENERS,
} from '../lexicon/functionWords';

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
 * even when the noun is no known role (the position says so; elsewhere "a fisherman" could be anyone); after "the",
 * capitalized words may come before the noun ("the All Blacks flanker"), not as the noun ("the Post").
 */
export function shortDescription(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to - from < 2 || to - from > 4 || !SHORT_OPENERS.has(tokens[from].lower)) return null;
  for (let i = from + 1; i < to; i++) {
    // "the All Blacks flanker", "the Chiefs hooker": a team's name may qualify the noun after "the", never end it
    const teamWord = tokens[i].cap && i < to - 1 && tokens[from].lower === 'the';
    if (!tokens[i].word || (tokens[i].cap && !teamWord) || DESCRIPTION_STOP_WORDS.has(tokens[i].lower)) return null;
  }
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/**
 * '"…," one wrote on Facebook', '"…," said another.': after a group was named ("Critics piled on."), "one" or
 * "another" alone as the subject of a cue is one member of it, an unnamed source; not a number, not a name.
 */
export function loneIndefinite(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to !== from + 1 || !LONE_SPEAKERS.has(tokens[from]?.lower ?? '')) return null;
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/**
 * '"…," said one.', '"…," tweeted another, …': after an inverted cue, "one" or "another" closing the clause. Not
 * "said one day", "said one of them" (the group's mention reads on) nor "said another vote was due".
 */
export function loneIndefiniteAfter(tokens: DocToken[], start: number, end: number): Phrase | null {
  const next = tokens[start + 1];
  const closes =
    start + 1 >= end || !next || next.line !== tokens[start].line || next.text === ',' || SENTENCE_END.has(next.text);
  return closes ? loneIndefinite(tokens, start, start + 1) : null;
}

/**
 * 'Dorn tweeted, "…" Another tweeted, "…"': "one" or "another" alone opening the clause before a finite cue is a
 * new, unnamed speaker, not a continuation of the last one. Not "…, Dorn and another tweeted" (no clause opens there).
 */
export function loneSubjectLeft(tokens: DocToken[], lead: number, floor: number): Phrase | null {
  const from = lead - 1;
  if (from < floor) return null;
  const before = tokens[from - 1];
  // the window's start is a clause's: right after a closing quote ('… rules.” Another tweeted, “…”')
  const opens =
    from === floor ||
    !before ||
    before.line !== tokens[from].line ||
    SENTENCE_END.has(before.text) ||
    before.text === ',';
  return opens ? loneIndefinite(tokens, from, lead) : null;
}

/**
 * A relative clause without its "whom": "the nurse Mr Fennimore mentioned said …", "a driver the firm hired told
 * reporters …". The name and its past verb with no object stand between the speaker and the cue, so the phrase right
 * before the cue is the relative clause's subject, not the speaker: the speaker is the description it follows. Read
 * as an apposition ("the nurse Mr Fennimore") the verb would be left with two subjects and no clause of its own.
 *
 * "Union leader Ana Ruiz welcomed the deal" is no such clause: its verb has an object, and the cue is not next to it.
 */
import type { DocToken } from '../text/document';
import { ARTICLES } from '../lexicon/functionWords';
import { isSpeakerNoun, phraseLeft, type Phrase } from './phrases';
import { isUnlistedPast } from './unlistedCues';

/** "the nurse | Mr Fennimore | mentioned": the description whose relative clause ends right before token `end`. */
export function contactRelativeHead(tokens: DocToken[], end: number, floor: number, text: string): Phrase | null {
  const verb = end - 1;
  if (verb <= floor || !isUnlistedPast(tokens[verb])) return null;
  const subject = phraseLeft(tokens, verb, floor, text);
  if (!subject || subject.to !== verb) return null;
  if (subject.kind === 'pronoun') return null;
  const head = phraseLeft(tokens, subject.from, floor, text);
  if (head && head.kind === 'description' && head.to === subject.from)
    return describedBefore(tokens, head.from, head.to);
  // "the nurse Mr Fennimore": the description and the name read as one phrase, the description its leading words
  return subject.kind === 'name' ? describedBefore(tokens, subject.from, subject.nameFrom) : null;
}

/** Tokens [from, to) as a description phrase, when they open with an article and end on a speaker noun. */
function describedBefore(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to - from < 2 || !ARTICLES.has(tokens[from].lower) || !isSpeakerNoun(tokens[to - 1].lower)) return null;
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/**
 * A relative clause without its "whom": "the nurse Mr Fennimore mentioned said …", "a driver the firm hired told
 * reporters …". The name and its past verb with no object stand between the speaker and the cue, so the phrase right
 * before the cue is the relative clause's subject, not the speaker: the speaker is the description it follows. Read
 * as an apposition ("the nurse Mr Fennimore") the verb would be left with two subjects and no clause of its own.
 *
 * "Union leader Ana Ruiz welcomed the deal" is no such clause: its verb has an object, and the cue is not next to it.
 */
import type { DocToken } from '../text/document';
import { ARTICLES, SENTENCE_END } from '../lexicon/functionWords';
import { CUE_PREFIX } from '../lexicon/lexicon';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from './phrases';
import { isUnlistedPast } from './unlistedCues';

/** "the nurse | Mr Fennimore | mentioned": the description whose relative clause ends right before token `end`. */
export function contactRelativeHead(tokens: DocToken[], end: number, floor: number, text: string): Phrase | null {
  const verb = end - 1;
  if (verb <= floor || !isUnlistedPast(tokens[verb])) return null;
  // "the woman Hale later married", "the nurse Dr Obi had trained": an adverb or an auxiliary before the verb
  let subjectEnd = verb;
  while (subjectEnd - 1 > floor && verb - subjectEnd < MAX_VERB_PREFIX && isVerbPrefix(tokens[subjectEnd - 1]))
    subjectEnd--;
  const subject = phraseLeft(tokens, subjectEnd, floor, text);
  if (!subject || subject.to !== subjectEnd) return null;
  if (subject.kind === 'pronoun') return null;
  const head = phraseLeft(tokens, subject.from, floor, text);
  if (head && head.kind === 'description' && head.to === subject.from)
    return describedBefore(tokens, head.from, head.to);
  // "the nurse Mr Fennimore": the description and the name read as one phrase, the description its leading words
  return subject.kind === 'name' ? describedBefore(tokens, subject.from, subject.nameFrom) : null;
}

/**
 * After an inverted cue: '"Fine," said the nurse Dr Obi trained.' The phrase read after "said" ("the nurse Dr Obi")
 * is followed by a past verb with no object, closing the clause: the name is that verb's subject inside a relative
 * clause, and the speaker is the description before it ("the nurse"). 'said the head nurse Dr Obi.' has no such verb,
 * and 'said the nurse Dr Obi, trained in Lagos' or 'flanked by aides' are the name's own participles.
 */
export function contactRelativeAfterCue(tokens: DocToken[], p: Phrase, end: number, text: string): Phrase | null {
  let v = p.to;
  while (v < end && v - p.to < MAX_VERB_PREFIX && isVerbPrefix(tokens[v])) v++;
  const verb = tokens[v];
  const next = tokens[v + 1];
  if (p.kind !== 'name' || v >= end || !isUnlistedPast(verb)) return null;
  if (next !== undefined && next.line === verb.line && !SENTENCE_END.has(next.text) && next.text !== ',') {
    if (!next.word || next.cap || next.lower === 'by') return null;
  }
  const head = contactRelativeHead(tokens, v + 1, p.from, text);
  return head && head.from === p.from ? head : null;
}

/** Words between a relative clause's subject and its verb ("had", "later", "once"). */
const MAX_VERB_PREFIX = 2;

/** A lower-case adverb or auxiliary that may stand before a verb: "later", "had", "once". */
function isVerbPrefix(t: DocToken): boolean {
  return t.word && !t.cap && CUE_PREFIX.has(t.lower);
}

/** Tokens [from, to) as a description phrase, when they open with an article and end on a speaker noun. */
function describedBefore(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to - from < 2 || !ARTICLES.has(tokens[from].lower) || !isSpeakerNoun(tokens[to - 1].lower)) return null;
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/**
 * 'Ms Hale waited. "…," the driver Ms Hale hired said': the name right after the description is the subject of its
 * relative clause (the one who hired), so the description is someone else, never that person however salient.
 * `words` are the person's lower-case name words; the name must be followed by its object-less past verb.
 */
export function namedInOwnRelative(tokens: DocToken[], descriptionTo: number, words: string[], text: string): boolean {
  const subject = phraseRight(tokens, descriptionTo, tokens.length, text);
  if (!subject || subject.from !== descriptionTo || subject.kind !== 'name') return false;
  let v = subject.to;
  while (v < tokens.length && v - subject.to < MAX_VERB_PREFIX && isVerbPrefix(tokens[v])) v++;
  if (!isUnlistedPast(tokens[v])) return false;
  return tokens.slice(subject.nameFrom, subject.nameTo).some((t) => words.includes(t.lower));
}

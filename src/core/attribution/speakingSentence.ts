/**
 * The speaker of a paragraph's last sentence when that sentence is about someone speaking but does not open with
 * them: 'Asked about her mother, who cleaned rooms for 22 years, she spoke for nearly a minute without notes.' ¶
 * '"My mother made beds …"' is hers; 'Some quotes from his remarks, as prepared for delivery:' ¶ '"…"' are his.
 * Read from the sentence's last word of speech: a possessor right before it ("his remarks", "Hale's speech"), else a
 * "he"/"she" or a person's name right before it as its subject ("she spoke", "Hale spoke").
 *
 * Left alone: a sentence whose word of speech has anyone else before it ("the crowd's chants", "a reporter spoke"),
 * "their remarks" (a group, not one speaker), and a speech word inside a quote.
 */
import type { Doc, DocToken } from '../text/document';
import { PRONOUNS_FEMALE, PRONOUNS_MALE } from '../lexicon/lexicon';
import { SENTENCE_END } from '../lexicon/functionWords';
import { SPEECH_WORDS } from '../lexicon/speechVerbs';
import { phraseLeft, type Phrase } from './phrases';

/** Whether tokens' offsets [from, to) fall on a person the recognizer found. */
type IsPerson = (from: number, to: number) => boolean;

/** A one-word pronoun phrase at token `i`. */
function pronounAt(i: number): Phrase {
  return { from: i, to: i + 1, kind: 'pronoun', nameFrom: i + 1, nameTo: i + 1 };
}

/** "he", "she", "his", "her": one person's pronoun, of either gender. */
function personPronoun(t: DocToken | undefined): boolean {
  return t !== undefined && (PRONOUNS_MALE.has(t.lower) || PRONOUNS_FEMALE.has(t.lower));
}

/** The first token of the last sentence in tokens [from, to) (its end mark at `to - 1` not counted). */
function lastSentenceStart(tokens: readonly DocToken[], from: number, to: number): number {
  let start = to - 1;
  while (start > from && !SENTENCE_END.has(tokens[start - 1].text)) start--;
  return start;
}

/** The speaker of the last sentence of tokens [from, to), a paragraph with no quote, read from its word of speech. */
export function speakingSentenceSpeaker(doc: Doc, from: number, to: number, isPerson: IsPerson): Phrase | null {
  const { tokens, text } = doc;
  const start = lastSentenceStart(tokens, from, to);
  let word = to - 1;
  while (word > start && !SPEECH_WORDS.has(tokens[word].lower)) word--;
  if (word <= start || !SPEECH_WORDS.has(tokens[word].lower)) return null;
  const before = tokens[word - 1];
  // "his remarks", "she spoke": the pronoun owns or says the speech
  if (personPronoun(before)) return pronounAt(word - 1);
  // "Hale's speech": the possessor; "Hale spoke": the subject
  const possessed = before.text === "'s" || before.text === '’s';
  const name = phraseLeft(tokens, possessed ? word - 1 : word, start, text);
  if (!name || name.kind !== 'name' || name.to !== (possessed ? word - 1 : word)) return null;
  return isPerson(tokens[name.nameFrom].start, tokens[name.nameTo - 1].end) ? name : null;
}

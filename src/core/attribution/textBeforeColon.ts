/**
 * A text whose sentence hands over to a quote with a colon: 'Osman's letter makes a simple case: "…"', 'The memo
 * lists three options: "…"', 'A paper from the Harbour Institute had this to say about the plan: "…"'. The text
 * speaks (the speaker table names its author when the text says whose, else the document itself).
 */
import type { Doc, DocToken } from '../text/document';
import { ISSUED_TEXT_NOUNS } from '../lexicon/speakerWords';
import { DOCUMENT_NOUNS } from '../lexicon/newsWords';
import { COMPLEMENT_PREPOSITIONS, NOUN_DETERMINERS } from '../lexicon/functionWords';
import { SENTENCE_END, type Attribution } from './cues';
import { PERSONAL_PRONOUNS } from './tokenPredicates';
import { phraseRight } from './phrases';
import { possessedTextLeft } from './texts';

/** Words from a sentence's start to its text noun ("the new quarterly | report", "Osman ’s | letter"). */
const NOUN_REACH = 5;
/** Words of the author named after the noun ("from the left-leaning Harbour Institute"). */
const AUTHOR_WORDS = 7;
/** Words between the text (and its author) and the colon ("had this to say about his free-tuition proposal"). */
const MAX_PREDICATE = 8;

/**
 * 'Osman's letter makes a simple case: "…"': the text opening the sentence [start, colon), or its clause after a
 * one-word opener ("Likewise, a paper from … had this to say: …"), else null.
 */
export function textBeforeColon(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens } = doc;
  const prev = tokens[start - 1];
  if (prev && prev.line === tokens[start].line && !SENTENCE_END.has(prev.text)) return null;
  const opened = tokens[start + 1]?.text === ',' && tokens[start].word ? textOpening(doc, start + 2, colon) : null;
  return textOpening(doc, start, colon) ?? opened;
}

/** The text heading the clause [start, colon) and a short predicate without a reporting verb, else null. */
function textOpening(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  const noun = textNounNear(tokens, start, colon);
  if (noun < 0) return null;
  const opensWith = NOUN_DETERMINERS.has(tokens[start].lower) || noun === start;
  const possessed = opensWith ? null : possessedTextLeft(tokens, noun + 1, start, text);
  if (!opensWith && (!possessed || possessed.from !== start)) return null;
  let predicate = noun + 1;
  // "a paper from the Harbour Institute had …": the author named with it belongs to the text's phrase
  const link = tokens[predicate]?.lower;
  if (link === 'from' || link === 'by') {
    const author = phraseRight(tokens, predicate + 1, Math.min(colon, predicate + 1 + AUTHOR_WORDS), text);
    if (!author || author.from !== predicate + 1) return null;
    predicate = author.to;
  }
  if (colon - predicate < 1 || colon - predicate > MAX_PREDICATE) return null;
  // a plain clause of lower-case words ("had this to say about the plan"): no name, no "he" or "she" who might be
  // the one reported ("The memo says he told staff: …"), no second sentence
  for (let i = predicate; i < colon; i++)
    if (!tokens[i].word || tokens[i].cap || PERSONAL_PRONOUNS.has(tokens[i].lower)) return null;
  return {
    speaker: { from: start, to: noun + 1, kind: 'description', nameFrom: noun + 1, nameTo: noun + 1 },
    cue: null,
    how: 'colon',
  };
}

/** The first text noun among a sentence's opening words, before any preposition or punctuation but a possessive; else -1. */
export function textNounNear(tokens: DocToken[], start: number, colon: number): number {
  const first = tokens[start];
  // the text opens the sentence: "The memo", "Her letter", "Osman's letter", "Transcript" (not "Just days before
  // it was to report")
  const opens = NOUN_DETERMINERS.has(first.lower) || /^['’]s$/.test(tokens[start + 1]?.text ?? '') || isTextNoun(first);
  if (!opens) return -1;
  for (let i = start; i < colon && i - start < NOUN_REACH; i++) {
    const t = tokens[i];
    if (!t.word && !/^['’]s$/.test(t.text)) return -1;
    // "The Post": a capital past the sentence's first word names a newspaper, not a post
    if (isTextNoun(t) && (i === start || !t.cap)) return i;
    // "A note in the file …": the text must head the subject, not sit in a phrase after it
    if (COMPLEMENT_PREPOSITIONS.has(t.lower) || t.lower === 'to') return -1;
  }
  return -1;
}

function isTextNoun(t: DocToken): boolean {
  return ISSUED_TEXT_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower);
}

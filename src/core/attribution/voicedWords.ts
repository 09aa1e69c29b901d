/**
 * Quotes of words voiced or displayed, run straight into their verb: 'the crowd chanted "Lock him up!"', 'a man
 * yelled "Go home"', 'a sign that read "Farmers for Lee"', 'a hat reading, "Teachers Vote"'. Such words are someone's
 * (or the sign's), however short or lower-case, where the same few words after another verb are a scare quote
 * ('called it "a mess"').
 */
import type { Doc, DocToken } from '../text/document';
import { SIGN_READING_VERBS, VOICING_VERBS } from '../lexicon/speechVerbs';
import { SIGN_NOUNS } from '../lexicon/newsWords';
import { cueRange, type Attribution } from './cues';
import type { Phrase } from './phrases';
import { NOUN_DETERMINERS } from '../lexicon/functionWords';

/** Tokens a sign noun may stand before "read": 'a sign that read', 'a message on Twitter reading'. */
const SIGN_TO_VERB = 4;

/**
 * The verb that voices or displays the quote opening at token `from` (right before it, or before its comma or
 * colon), or -1.
 */
export function voicingVerb(tokens: DocToken[], from: number): number {
  let v = from - 1;
  if (tokens[v]?.text === ',' || tokens[v]?.text === ':') v--;
  const t = tokens[v];
  if (!t || !t.word || t.cap || t.line !== tokens[from].line) return -1;
  if (VOICING_VERBS.has(t.lower)) return v;
  return SIGN_READING_VERBS.has(t.lower) && signBefore(tokens, v) >= 0 ? v : -1;
}

/**
 * 'Lee wore a hat reading "Teachers Vote"': the sign is the quote's source (as annotated news counts it), not
 * whoever carries it. Null when the verb voicing the quote is no sign's "read".
 */
export function signReading(doc: Doc, verb: number, start: number, quoteFrom: number): Attribution | null {
  const { tokens } = doc;
  if (!SIGN_READING_VERBS.has(tokens[verb].lower)) return null;
  const noun = signBefore(tokens, verb);
  return {
    speaker: noun >= start ? signPhrase(tokens, noun, start) : null,
    cue: cueRange(tokens, verb, quoteFrom),
    how: 'before',
  };
}

/** Words a sign's description may hold before its noun: "a Donald Trump campaign hat". */
const SIGN_MODIFIERS = 4;

/** The sign's description, from its determiner to its noun ("a Donald Trump campaign hat"), or the bare noun. */
function signPhrase(tokens: DocToken[], noun: number, start: number): Phrase {
  let from = noun;
  for (let i = noun - 1; i >= start && noun - i <= SIGN_MODIFIERS && tokens[i].word; i--)
    if (NOUN_DETERMINERS.has(tokens[i].lower)) {
      from = i;
      break;
    }
  return { from, to: noun + 1, kind: 'description', nameFrom: noun + 1, nameTo: noun + 1 };
}

/** 'a sign that read', 'a hat — which read', 'a message on Twitter reading': the sign's noun shortly before "read". */
function signBefore(tokens: DocToken[], verb: number): number {
  for (let i = verb - 1; i >= 0 && verb - i <= SIGN_TO_VERB; i--) {
    const t = tokens[i];
    if (t.line !== tokens[verb].line) return -1;
    if (SIGN_NOUNS.has(t.lower)) return i;
  }
  return -1;
}

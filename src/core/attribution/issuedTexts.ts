/**
 * A sentence whose verb issues a text, ending right before the quote: 'Governor Ana Ruiz issued a statement, "…"'.
 */
import type { Doc } from '../text/document';
import { ISSUED_TEXT_NOUNS, ISSUING_VERBS } from '../lexicon/speakerWords';
import type { Attribution } from './cues';
import type { Phrase } from './phrases';
import { clauseSubject } from './clauseSubjects';
import { isEntityAt } from './recognizedEntities';
import { PERSONAL_PRONOUNS, speaksForItself } from './tokenPredicates';

/** Tokens between an issuing verb and its text's noun, and after the noun ("issued a brief statement Tuesday,"). */
const ISSUED_REACH = 4;

/**
 * 'Governor Ana Ruiz issued a statement, "…"': a sentence whose verb issues a text, ending right before the quote,
 * hands it over; the sentence's subject speaks (the text is theirs).
 */
export function issuedText(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens } = doc;
  let noun = last;
  while (noun >= start && last - noun < ISSUED_REACH && !ISSUED_TEXT_NOUNS.has(tokens[noun].lower)) noun--;
  if (noun < start || !ISSUED_TEXT_NOUNS.has(tokens[noun].lower)) return null;
  let verb = noun - 1;
  while (verb >= start && noun - verb <= ISSUED_REACH && !ISSUING_VERBS.has(tokens[verb].lower)) verb--;
  if (verb < start || !ISSUING_VERBS.has(tokens[verb].lower)) return null;
  const speaker = issuingSubject(doc, start, verb, noun);
  return speaker ? { speaker, cue: [tokens[verb].start, tokens[noun].end], how: 'before' } : null;
}

/** The subject of an issuing verb, after opening phrases set off by commas: a recognized name, a pronoun or someone described. */
function issuingSubject(doc: Doc, start: number, verb: number, noun: number): Phrase | null {
  const { tokens } = doc;
  for (let s = start; s < verb; s++) {
    if (s !== start && tokens[s - 1].text !== ',') continue;
    const p = clauseSubject(doc, s, noun);
    if (!p) continue;
    const named = p.kind === 'name' && isEntityAt(doc, p);
    const described = p.kind === 'description' && speaksForItself(tokens[p.to - 1].lower);
    if (named || described || PERSONAL_PRONOUNS.has(tokens[p.from].lower)) return p;
  }
  return null;
}

/**
 * "the club said" after "Harlow United lost to Ashby Rovers, a week after a defeat by Castleford Town": the body a
 * sentence is about is its subject, not the one a preposition brings in after it. When the organization named last
 * stands after a preposition ("by Castleford Town", "to the Prince George Cougars"), an organization that opens a
 * clause earlier in the same sentence ("Harlow United lost …") is the one "the club" takes up.
 *
 * Left alone: an organization named last as a subject or object ("Harlow United beat Ashby Rovers. '…,' the club
 * said" stays with the one named last when nothing else is a subject), and one in an earlier sentence.
 */
import type { Span } from '../types';
import type { DocToken } from '../text/document';
import { OBLIQUE_PREPOSITIONS } from '../lexicon/functionWords';
import { mentionRole } from './mentionRole';

const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

export interface OrganizationSentence {
  tokens: readonly DocToken[];
  tokenAt(offset: number): number;
  quoted(start: number, end: number): boolean;
}

/** The first token of the sentence holding token k (within its paragraph). */
function sentenceStart(tokens: readonly DocToken[], k: number): number {
  let first = k;
  while (first > 0 && tokens[first - 1].line === tokens[k].line && !SENTENCE_END_MARKS.has(tokens[first - 1].text))
    first--;
  return first;
}

/** The role of the organization over `o`, "the" before it not counted ("by the Everett Silvertips" is oblique). */
function roleOf(doc: OrganizationSentence, o: Span): string {
  const { tokens } = doc;
  let from = doc.tokenAt(o.start);
  const to = Math.max(from + 1, doc.tokenAt(o.end));
  if (from > 0 && tokens[from - 1].lower === 'the') from--;
  // "In the Northern Counties League, …": a capitalized preposition opening the sentence brings a body in too
  if (from > 0 && OBLIQUE_PREPOSITIONS.has(tokens[from - 1].lower)) return 'oblique';
  return mentionRole(tokens, from, to, doc.quoted(o.start, o.end));
}

/**
 * The subject organization of the sentence that named `orgs[picked]`, when that one is named after a preposition;
 * else `orgs[picked]`. `orgs` are the organizations in text order; `fits` says whether one may be the description's.
 */
export function subjectOrganization(
  doc: OrganizationSentence,
  orgs: readonly Span[],
  picked: number,
  fits: (o: Span) => boolean,
): Span {
  const named = orgs[picked];
  if (roleOf(doc, named) !== 'oblique') return named;
  const first = doc.tokens[sentenceStart(doc.tokens, doc.tokenAt(named.start))].start;
  let subject: Span | null = null;
  // back to the sentence's start only: the earliest subject there is the one it is about
  for (let j = picked - 1; j >= 0 && orgs[j].start >= first; j--) {
    const o = orgs[j];
    if (fits(o) && !doc.quoted(o.start, o.end) && roleOf(doc, o) === 'subject') subject = o;
  }
  return subject ?? named;
}

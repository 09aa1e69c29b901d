/**
 * Attributions without a source: the writer's perception ("Voters seemed unmoved", "The plan appears to have
 * stalled") and expectation ("The vote is expected to pass"). The content is the whole clause around the verb,
 * from the clause start to the sentence end; "It appears (that) …" puts the content after the verb. Looks back a
 * fixed number of tokens: linear.
 */
import type { DocToken } from '../text/document';
import { SEEMED_SPEECH, SEEM_VERBS } from '../lexicon/speechVerbs';
import {
  CLAUSE_BREAKS,
  CONJUNCTIONS,
  EXPECTED_ADVERBS,
  EXPECTED_AUX,
  NOT_SEEMING,
  RELATIVES,
  SUBORDINATORS,
} from '../lexicon/functionWords';

const REACH = 20;

export interface Perception {
  /** Token range [from, to) where the content begins and the cue. */
  from: number;
  cueFrom: number;
  cueTo: number;
  /** The content follows the cue ("It appears that …"), else it holds the cue. */
  after: boolean;
}

/** At token `c` (sentence [s, e)): a perception or expectation without a source, else null. */
export function perceptionAt(tokens: DocToken[], s: number, c: number): Perception | null {
  const t = tokens[c];
  let cueFrom = c;
  if (SEEM_VERBS.has(t.lower)) {
    // "It appears that …", "It seems …": the content follows
    if (tokens[c - 1]?.lower === 'it' && (c - 1 === s || CLAUSE_BREAKS.has(tokens[c - 2]?.text ?? '')))
      return { from: c + 1, cueFrom: c - 1, cueTo: c + 1, after: true };
    // "appeared on television", "appeared with her husband": showing up, not seeming
    const next = tokens[c + 1];
    if (!next || !next.word || next.cap || NOT_SEEMING.has(next.lower)) return null;
    // "she appears to say …": the subject's report, read at "say" (seemedSpeech in the cue scan), no perception
    if (next.lower === 'to' && SEEMED_SPEECH.has(tokens[c + 2]?.lower ?? '')) return null;
  } else {
    cueFrom = expectedFrom(tokens, c);
    if (cueFrom < 0) return null;
  }
  // the clause starts after the nearest break, and has a subject of a word or two at least
  let from = cueFrom;
  while (from > s && cueFrom - from < REACH && !CLAUSE_BREAKS.has(tokens[from - 1].text)) from--;
  if (cueFrom - from < 1 || (from > s && cueFrom - from >= REACH)) return null;
  // "But voters seemed …": the conjunction joins the sentence to the last, it is no part of the content
  if (CONJUNCTIONS.has(tokens[from].lower) && from + 1 < cueFrom) from++;
  const first = tokens[from];
  // a relative or subordinate clause is not the writer's statement: "… which seemed …", "if it appears …",
  // "a group that she appeared to confuse …"
  if (!first.word || SUBORDINATORS.has(first.lower)) return null;
  for (let i = from + 1; i < cueFrom; i++) if (RELATIVES.has(tokens[i].lower)) return null;
  return { from, cueFrom, cueTo: c + 1, after: false };
}

/** "is expected to", "is also expected to", "was not expected to", "she’s widely expected to": where the cue
 * starts (its auxiliary), else -1. */
function expectedFrom(tokens: DocToken[], c: number): number {
  if (tokens[c].lower !== 'expected' || tokens[c + 1]?.lower !== 'to') return -1;
  const adverb = EXPECTED_ADVERBS.has(tokens[c - 1]?.lower ?? '') ? 1 : 0;
  return EXPECTED_AUX.has(tokens[c - 1 - adverb]?.lower ?? '') ? c - 1 - adverb : -1;
}

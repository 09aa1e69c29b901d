/**
 * Documents as sources: "The latest Reuters poll showed …", "A 2009 report by the institute found that …",
 * "Exit polls taken in Ohio found …", "A news report published Wednesday said …". The subject is a noun phrase
 * headed by a document noun, often with a modifier after it that the speaker-phrase scanner does not cross.
 * Looks back a fixed number of tokens: linear.
 */
import type { DocToken } from '../text/document';
import type { Phrase } from '../attribution/phrases';
import { DOCUMENT_NOUNS } from '../lexicon/newsWords';
import { DOCUMENT_CUES } from '../lexicon/speechVerbs';
import {
  CLAUSE_START,
  DOCUMENT_BREAKS as BREAKS,
  DOCUMENT_OPENERS as OPENERS,
  POSTMODIFIER_OPENERS,
} from '../lexicon/functionWords';

const REACH = 14;

/** The document phrase that is the subject of the cue at token `c` (its lead at `lead`), else null. */
export function documentSubject(tokens: DocToken[], s: number, lead: number, c: number): Phrase | null {
  if (!DOCUMENT_CUES.has(tokens[c].lower)) return null;
  const floor = Math.max(s, lead - REACH);
  // the head: the document noun nearest the cue
  let head = -1;
  for (let i = lead - 1; i >= floor; i--) {
    const t = tokens[i];
    if (BREAKS.has(t.lower)) return null;
    if (DOCUMENT_NOUNS.has(t.lower) && (!t.cap || i === s)) {
      head = i;
      break;
    }
  }
  if (head < 0) return null;
  // what follows the head is a modifier, never a verb of its own
  const after = tokens[head + 1];
  if (
    head + 1 < lead &&
    !(POSTMODIFIER_OPENERS.has(after.lower) || after.lower.endsWith('ed') || after.text === ',' || after.cap)
  )
    return null;
  // the modifiers before the head, back to an opener or the clause start
  let from = head;
  while (from - 1 >= floor && head - from < 6) {
    const t = tokens[from - 1];
    if (CLAUSE_START.has(t.lower)) break;
    if (!(t.word || t.text === '/' || t.text === '-' || t.text === "'s" || t.text === '’s')) return null;
    from--;
    if (OPENERS.has(t.lower)) break;
  }
  const before = tokens[from - 1];
  if (from > s && !(before && (CLAUSE_START.has(before.lower) || OPENERS.has(tokens[from].lower)))) return null;
  return { from, to: lead, kind: 'description', nameFrom: lead, nameTo: lead };
}

const IN_REACH = 16;

/** "In a new poll of 800 voters, most backed the levy": a sentence opened by "In" and a document, whose
 * content follows the comma. Returns the source's token range and the comma, else null. */
export function inDocument(tokens: DocToken[], s: number, e: number): { from: number; to: number } | null {
  if (tokens[s]?.lower !== 'in') return null;
  let sawDocument = false;
  for (let i = s + 1; i < e && i - s <= IN_REACH; i++) {
    const t = tokens[i];
    if (t.text === ',') return sawDocument && i > s + 1 ? { from: s + 1, to: i } : null;
    if (BREAKS.has(t.lower)) return null;
    if (DOCUMENT_NOUNS.has(t.lower)) sawDocument = true;
  }
  return null;
}

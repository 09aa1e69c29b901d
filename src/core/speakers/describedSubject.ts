/**
 * A sentence of narration that opens with a title alone: "The attorney general joked that his wife would disagree.",
 * "The senator paused.", "The senator, campaigning in Erie, returned the compliment." Its holder is what the paragraph is about, as a name there would make them, so that the
 * "he" of the quote that follows is them and not whoever spoke in the paragraph before.
 */
import { DESCRIPTION_LINKS, GENERIC_ROLE_NOUNS, INTRO_WORDS, KIN_NOUNS, ROLE_NOUNS } from '../lexicon/lexicon';
import { PREPOSITIONS } from '../lexicon/functionWords';
import type { Doc } from '../text/document';

/** "The Texas attorney general": a title of up to this many words after "The". */
const MAX_WORDS = 4;
const SENTENCE_ENDS = new Set(['.', '!', '?']);

export interface DescribedSubject {
  /** Token index of "The". */
  from: number;
  /** Token index after the head. */
  to: number;
  head: string;
  modifiers: string[];
}

/** Every sentence-opening "The <title>" followed by a lower-case word (its verb) or a comma, in text order. */
export function describedSubjects(doc: Doc): DescribedSubject[] {
  const { tokens } = doc;
  const out: DescribedSubject[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.lower !== 'the') continue;
    const prev = tokens[k - 1];
    const opens = t.cap ? !prev || prev.line !== t.line || SENTENCE_ENDS.has(prev.text) : afterOpener(doc, k);
    if (!opens) continue;
    const found = titleAfter(doc, k);
    if (found) out.push(found);
  }
  return out;
}

/** Words of a scene-setting opener before the subject ("Back at the farmhouse,", "On Tuesday,"). */
const MAX_OPENER = 8;

/**
 * "Back at the farmhouse, the former diplomat walked …": a lower-case "the" right after a comma that closes a short
 * opening adverbial (a preposition or a word such as "back" or "later" opens the sentence).
 */
function afterOpener(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k - 1]?.text !== ',') return false;
  let s = k - 2;
  while (
    s > 0 &&
    k - s <= MAX_OPENER &&
    tokens[s - 1].line === tokens[k].line &&
    !SENTENCE_ENDS.has(tokens[s - 1].text)
  )
    s--;
  const first = tokens[s];
  if (
    !first ||
    k - s > MAX_OPENER ||
    (s > 0 && tokens[s - 1].line === tokens[k].line && !SENTENCE_ENDS.has(tokens[s - 1].text))
  )
    return false;
  for (let i = s; i < k - 1; i++) if (!tokens[i].word && !/^\d/.test(tokens[i].text)) return false;
  return INTRO_WORDS.has(first.lower) || PREPOSITIONS.has(first.lower);
}

function titleAfter(doc: Doc, k: number): DescribedSubject | null {
  const { tokens } = doc;
  const line = tokens[k].line;
  for (let j = k + 1; j <= k + MAX_WORDS && j + 1 < tokens.length; j++) {
    const w = tokens[j];
    if (!w.word || w.line !== line) return null;
    // an office, or kin the article gave someone ("his nephew, Travis Hoffman" … "The nephew, reached at his office,")
    if (!ROLE_NOUNS.has(w.lower) && !KIN_NOUNS.has(w.lower) && !GENERIC_ROLE_NOUNS.has(w.lower)) continue;
    const next = tokens[j + 1];
    // "The attorney general": the head is the title's last office word; "the mayor of Tulsa", "the senator's aide" no
    if (ROLE_NOUNS.has(next.lower) || DESCRIPTION_LINKS.has(next.lower)) continue;
    // "The senator paused", and "The senator, campaigning in Erie, returned the compliment": its verb, or an aside
    const aside = next.text === ',' && next.start === w.end;
    if (!aside && (!next.word || next.cap || next.line !== line || next.start !== w.end + 1)) return null;
    const modifiers: string[] = [];
    for (let m = k + 1; m < j; m++) modifiers.push(tokens[m].lower);
    return { from: k, to: j + 1, head: w.lower, modifiers };
  }
  return null;
}

/**
 * Groups of people a sentence opens with: "[The researchers] followed", "[Two local doctors] said", "[Researchers at
 * the University of Glenmore] followed 60,000 nurses". What "they" and a later "the authors" take up.
 */
import type { Doc, DocToken } from '../text/document';
import type { SpanIndex } from '../text/spanIndex';
import { DESCRIPTION_LINKS, DESCRIPTION_OPENERS, INTRO_WORDS } from '../lexicon/lexicon';
import { STUDY_AUTHOR_NOUNS } from '../lexicon/speakerWords';
import { isSpeakerNoun } from '../attribution/phrases';
import { opensSentence } from './nameForms';

/** Tokens back to the sentence that named a group ("Researchers at … followed …") a later "the authors" takes up. */
const GROUP_REACH = 400;
/** Paragraphs back that sentence may stand. */
const GROUP_LINES = 4;

/**
 * The head of a plural description of people opening a sentence at `from`, right before its verb: "[The researchers]
 * followed", "[Two local doctors] said", "[Officials] declined"; -1 if the sentence opens otherwise.
 */
export function pluralPeopleHead(tokens: readonly DocToken[], from: number): number {
  let k = from;
  if (DESCRIPTION_OPENERS.has(tokens[k].lower) || /^\d/.test(tokens[k].text)) k++;
  for (let j = k; j < tokens.length && j - k < 3; j++) {
    const w = tokens[j];
    if (!w.word) return -1;
    if (/[^s]s$/.test(w.lower) && isSpeakerNoun(w.lower)) {
      const next = tokens[j + 1];
      return next && next.word && !next.cap ? j : -1;
    }
    if (j > from && w.cap) return -1;
  }
  return -1;
}

/**
 * "Researchers at the University of Glenmore followed 60,000 nurses. … '…,' the authors wrote": the group a sentence
 * of this or the last few paragraphs opened with, outside quotes, whose head is `head` or a noun of its kind: its
 * words and where it starts.
 */
export function groupSubjectBefore(
  doc: Doc,
  quoted: SpanIndex,
  head: string,
  at: number,
): { text: string; at: number } | null {
  const { tokens, text } = doc;
  const k = doc.tokenAt(at);
  const line = tokens[k]?.line ?? 0;
  for (let i = k - 1; i >= 0 && k - i <= GROUP_REACH && line - tokens[i].line <= GROUP_LINES; i--) {
    const t = tokens[i];
    if (!t.word || !opensSentence(text, t.start) || quoted.overlaps(t.start, t.end)) continue;
    // "After the candidates opposed …": a clause opener is no part of the group
    if (INTRO_WORDS.has(t.lower)) continue;
    const h = pluralPeopleHead(tokens, i);
    if (h < 0 || !sameGroupNoun(head, tokens[h].lower)) continue;
    return { text: text.slice(t.start, tokens[groupEnd(tokens, h, k) - 1].end), at: t.start };
  }
  return null;
}

/** Past the head of "Researchers at the University of Glenmore": a link word and the capitals of a body's name. */
function groupEnd(tokens: readonly DocToken[], head: number, ceil: number): number {
  let j = head + 1;
  if (!DESCRIPTION_LINKS.has(tokens[j]?.lower ?? '')) return j;
  j++;
  const inName = (t: DocToken): boolean => t.lower === 'the' || t.lower === 'of' || (t.cap && t.word);
  while (j < ceil && inName(tokens[j])) j++;
  return tokens[j - 1].cap ? j : head + 1;
}

/** The same plural noun, or two of one kind: "researchers", "scientists" and "authors" of a study. */
function sameGroupNoun(a: string, b: string): boolean {
  return a === b || (STUDY_AUTHOR_NOUNS.has(a) && STUDY_AUTHOR_NOUNS.has(b));
}

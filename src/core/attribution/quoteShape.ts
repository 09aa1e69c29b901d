/**
 * How a quote's text and place look, to tell speech from a scare quote or a title: its word count, its last
 * character, whether it opens its line or its first letter is lower-case ("called it “a disgrace”").
 */
import type { Doc, DocToken } from '../text/document';
import { SUBORDINATORS, TITLE_SMALL_WORDS } from '../lexicon/functionWords';
import { SENTENCE_END, type Attribution } from './cues';

export function wordCount(tokens: DocToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].word) n++;
  return n;
}

/** The last character inside the quote before its closing mark. */
export function lastInner(text: string, part: [number, number], unclosed: boolean): string {
  let i = part[1] - 1;
  if (!unclosed) while (i > part[0] && /["'‘’“”„‟«»‹›\uff02]/.test(text[i])) i--;
  while (i > part[0] && /\s/.test(text[i])) i--;
  return text[i] ?? '';
}

/** Only spaces, brackets or a dash between the start of the line and the quote. */
export function startsLine(doc: Doc, q: { from: number }): boolean {
  const t = doc.tokens[q.from - 1];
  return !t || t.line !== doc.tokens[q.from].line || SENTENCE_END.has(t.text) || t.text === ':' || t.text === '—';
}

/** The first letter after the opening mark is lower-case ("called it “a disgrace”"), read without CRs. */
export function startsLowercase(text: string, mark: number): boolean {
  return /^[^\p{L}\p{N}]*\p{Ll}/u.test(
    text
      .slice(mark + 1, mark + 12)
      .replace(/\r/g, '')
      .slice(0, 5),
  );
}

/**
 * A whole spoken sentence even so: it opens the sentence and closes on a comma or question before its cue
 * ('"iPhone sales fell," said Ann Lee'; '"<b>x</b> is what I saw," said Jo Blake').
 */
export function spokenSentence(doc: Doc, from: number, how: string, innerEnd: string): boolean {
  return how === 'after' && startsLine(doc, { from }) && /[,?!]/.test(innerEnd);
}

/** Every word capitalized (small words aside): the name of a show, a book or a law, not speech. */
export function isTitleCase(tokens: DocToken[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || /^\d/.test(t.text)) continue;
    if (!t.cap && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    words++;
  }
  return words > 0;
}

/** Words a cue's object may take between the verb and the comma that hands over ('told his supporters, "…"'). */
const MAX_CUE_OBJECT_WORDS = 8;

/**
 * 'Lee told the crowd, "it is not going anywhere."': a sentence quoted whole after its own reporting clause
 * and a comma or colon is the speaker's statement even when it opens in lower case (copy keeps the speaker's case).
 * Not so when the reporting clause is an aside inside the writer's sentence ('The plan, he said, "could be a good
 * time to borrow."': the quote finishes the writer's "The plan"), the speaker then standing after a comma (which also
 * leaves out 'Asked about it, Lee said, "…"'), nor when a clause of the report reaches the comma ('Lee said that if
 * the plant closes, "we all lose."').
 */
export function statedAfterCue(doc: Doc, from: number, a: Attribution): boolean {
  const { tokens } = doc;
  const hand = tokens[from - 1];
  if (a.how !== 'before' || a.cue === null || (hand?.text !== ',' && hand?.text !== ':')) return false;
  const cueStart = doc.tokenAt(a.cue[0]);
  let words = 0;
  for (let i = doc.tokenAt(a.cue[1]); i < from - 1; i++) {
    // 'think that if the fleet leaves, "our oceans will save us."': a clause of the report runs up to the comma
    if (tokens[i].text === ',' || SENTENCE_END.has(tokens[i].text) || SUBORDINATORS.has(tokens[i].lower)) return false;
    if (tokens[i].word) words++;
  }
  if (words > MAX_CUE_OBJECT_WORDS) return false;
  const clauseStart = a.speaker && a.speaker.from < cueStart ? a.speaker.from : cueStart;
  const opener = tokens[clauseStart - 1];
  return opener?.text !== ',' && !SUBORDINATORS.has(opener?.lower ?? '');
}

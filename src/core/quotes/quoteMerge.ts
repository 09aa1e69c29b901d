/**
 * Joins the pieces of one direct quote that its attribution splits: '"A," he said, "B."' (interrupted) and
 * '"A," said X, an economist at Y. "B."' (the quote goes on after its attribution sentence, as news copy writes it).
 * Then lets an unattributed quote inherit the speaker of the quote just before it. One pass, linear.
 */
import { cueRange, isCue, type AttributedQuote, type Attribution } from '../attribution/cues';
import type { Doc, DocToken } from '../text/document';
import { phraseLeft, phraseRight } from '../attribution/phrases';

import { SENTENCE_END } from '../lexicon/functionWords';
/** Longest attribution sentence (in tokens) a quote may continue across. */
const MAX_CONTINUED_GAP = 60;
/** Longest attribution (in tokens) that may interrupt a sentence of a quote. */
const MAX_INTERRUPTION = 16;

/** The last character inside the quote before its closing mark. */
function lastInner(text: string, part: [number, number]): string {
  let i = part[1] - 1;
  while (i > part[0] && /["'‘’“”„‟«»‹›\uff02]/.test(text[i])) i--;
  while (i > part[0] && /\s/.test(text[i])) i--;
  return text[i] ?? '';
}

/**
 * A full stop that ends a sentence, not an abbreviation's or a party tag's: "(D-N.C.)," and "Wash., recently" are
 * tokenized with a separate dot that is followed by a bracket, a comma or a lower-case word.
 */
function endsSentence(tokens: DocToken[], i: number, depth: number): boolean {
  if (!SENTENCE_END.has(tokens[i].text) || depth > 0) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.text === ',' || next.text === ')' || next.text === ';') return false;
  return !(next.word && !next.cap);
}

/** The gap between two quotes holds one attribution sentence and nothing after its end. */
function attributionOnly(tokens: DocToken[], from: number, to: number): boolean {
  let ends = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i].text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (endsSentence(tokens, i, depth)) ends++;
    else if (ends > 0 && tokens[i].word) return false;
  }
  return ends <= 1;
}

function sameCue(a: AttributedQuote, b: AttributedQuote): boolean {
  return a.attribution.cue !== null && b.attribution.cue !== null && a.attribution.cue[0] === b.attribution.cue[0];
}

export function mergeQuotes(doc: Doc, quotes: AttributedQuote[]): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && goesOnAfterAttribution(doc, prev, q)) {
      prev.parts.push(...q.parts);
      prev.to = q.to;
      prev.unclosed = q.unclosed;
      continue;
    }
    out.push(q);
  }
  inheritSpeakers(doc, out);
  return out;
}

/** Whether quote `q` is the rest of `prev`, on the same line past `prev`'s attribution after it. */
function goesOnAfterAttribution(doc: Doc, prev: AttributedQuote, q: AttributedQuote): boolean {
  const { tokens } = doc;
  if (
    prev.attribution.how !== 'after' ||
    !prev.attribution.speaker ||
    prev.unclosed ||
    tokens[q.from].line !== tokens[prev.to - 1].line
  )
    return false;
  return isInterrupted(doc, prev, q) || isContinued(tokens, prev, q);
}

/** '"A," he said, "B."': a quote interrupted by its attribution mid-sentence, the gap ending on a comma or colon. */
function isInterrupted(doc: Doc, prev: AttributedQuote, q: AttributedQuote): boolean {
  const { tokens, text } = doc;
  const gapFrom = prev.to;
  const gapTo = q.from;
  // 'sings to Clinton before asking her, "…"': a lead-in of its own introduces a second quote
  const ownLeadIn = q.attribution.how === 'before' && !sameCue(prev, q);
  let sentenceEnd = false;
  for (let i = gapFrom; i < gapTo && !sentenceEnd; i++) if (SENTENCE_END.has(tokens[i].text)) sentenceEnd = true;
  const end = lastInner(text, prev.parts[prev.parts.length - 1]);
  const joiner = tokens[gapTo - 1]?.text;
  return (
    !ownLeadIn &&
    !sentenceEnd &&
    !/[.!?]/.test(end) &&
    (joiner === ',' || joiner === ':' || joiner === '—' || joiner === '–') &&
    gapTo - gapFrom <= MAX_INTERRUPTION
  );
}

/** '"A," said X. "B."': the quote goes on after its attribution sentence, unattributed: one quote, two parts. */
function isContinued(tokens: DocToken[], prev: AttributedQuote, q: AttributedQuote): boolean {
  const gapFrom = prev.to;
  const gapTo = q.from;
  return (
    q.attribution.how === 'none' &&
    !q.fragment &&
    !prev.fragment &&
    gapTo - gapFrom <= MAX_CONTINUED_GAP &&
    attributionOnly(tokens, gapFrom, gapTo)
  );
}

/** A quote with no attribution of its own continues the speaker of the quote just before it (same or previous paragraph). */
function inheritSpeakers(doc: Doc, out: AttributedQuote[]): void {
  const { tokens } = doc;
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.attribution.speaker) continue;
    const previous = sentenceBefore(doc, q.from);
    if (previous) {
      q.attribution = previous;
      continue;
    }
    const asker = askerAgain(doc, out, i);
    if (asker) {
      q.attribution = asker;
      continue;
    }
    const p = out[i - 1];
    if (!p || !p.attribution.speaker) continue;
    const lineGap = tokens[q.from].line - tokens[p.to - 1].line;
    const opensLine = q.from === 0 || tokens[q.from - 1].line !== tokens[q.from].line;
    if (lineGap === 0 || (lineGap === 1 && opensLine)) {
      q.attribution = { speaker: p.attribution.speaker, cue: null, how: 'inherited' };
    }
  }
}

/**
 * Rule "asker again": '"… Was that true?" Gowdy asked.' ¶ '"That's not true," Comey replied.' ¶ '"And this one: was
 * that true?"': in an exchange of questions and answers, a question paragraph with no attribution after another
 * speaker's answer is the asker's again, not the answerer's. Each of the three opens its own paragraph.
 */
function askerAgain(doc: Doc, out: AttributedQuote[], i: number): Attribution | null {
  const [asked, answer, q] = [out[i - 2], out[i - 1], out[i]];
  if (!asked?.attribution.speaker || !answer?.attribution.speaker) return null;
  if (!isQuestion(doc, q) || !isQuestion(doc, asked) || isQuestion(doc, answer)) return null;
  const { tokens, text } = doc;
  const lines = [asked, answer, q].map((x) => tokens[x.from].line);
  if (!(lines[0] < lines[1] && lines[1] < lines[2]) || !opensParagraph(doc, q.from)) return null;
  const words = (p: { from: number; to: number }) => text.slice(tokens[p.from].start, tokens[p.to - 1].end);
  if (words(asked.attribution.speaker) === words(answer.attribution.speaker)) return null;
  return { speaker: asked.attribution.speaker, cue: null, how: 'inherited' };
}

/** The quote's words end on a question mark: '"Was that true?"'. */
function isQuestion(doc: Doc, q: AttributedQuote): boolean {
  return lastInner(doc.text, q.parts[q.parts.length - 1]) === '?';
}

function opensParagraph(doc: Doc, from: number): boolean {
  return from === 0 || doc.tokens[from - 1].line !== doc.tokens[from].line;
}

/** Tokens a short attribution sentence may take: "Mr. Holtz-Eakin said." / "said Ellen Park, an economist." */
const MAX_ATTRIBUTION_SENTENCE = 12;

/**
 * '… of the plan, Mr. Holtz-Eakin said. "They are more detailed."': the sentence right before the quote, on its line,
 * ends in an attribution ("X said." / "said X."): the quote goes on with that speaker.
 */
function sentenceBefore(doc: Doc, from: number): Attribution | null {
  const { tokens, text } = doc;
  const dot = from - 1;
  if (dot < 1 || tokens[dot].text !== '.' || tokens[dot].line !== tokens[from].line) return null;
  const floor = Math.max(doc.lines[tokens[from].line].tokenFrom, dot - MAX_ATTRIBUTION_SENTENCE);
  // "X said." — the cue ends the sentence
  if (isCue(tokens, dot - 1)) {
    const speaker = phraseLeft(tokens, dot - 1, floor, text);
    if (speaker && speaker.to === dot - 1) return { speaker, cue: cueRange(tokens, dot - 1, dot), how: 'inherited' };
  }
  // "said X." — an inverted cue with the speaker up to the full stop
  for (let c = dot - 2; c >= floor; c--) {
    if (!tokens[c].word) break;
    if (!isCue(tokens, c)) continue;
    // inverted only after a comma or at the sentence's start: "He did not suggest retaliation." has its subject
    if (tokens[c - 1]?.word && c > floor) return null;
    const speaker = phraseRight(tokens, c + 1, dot, text);
    return speaker && speaker.to === dot ? { speaker, cue: cueRange(tokens, c, c + 1), how: 'inherited' } : null;
  }
  return null;
}

/**
 * Pairs quotation marks into direct-quote spans across the document. Marks pair only within a family; a quote may
 * run on over a wrapped line, and in news style over paragraphs (no closing mark at the end of a paragraph, a new
 * opening mark at the start of the next). An unbalanced mark never swallows more than its own paragraph.
 * Linear in the number of marks.
 */
import type { Doc, DocMark } from '../text/document';

export interface QuoteSpan {
  /** Pieces in document offsets, marks included: one per paragraph of a multi-paragraph quote. */
  parts: Array<[number, number]>;
  /** No closing mark was found: the quote was closed at the end of its paragraph. */
  unclosed: boolean;
}

/** Longest run of wrapped lines a quote may cover before it counts as unbalanced. */
const MAX_WRAPPED_CHARS = 3000;
/** An unclosed quote is kept only when it is long enough to be speech, not a stray mark. */
const MIN_UNCLOSED_CHARS = 40;

function pairs(open: DocMark, close: DocMark): boolean {
  if (close.at <= open.at || !close.canClose) return false;
  // straight and curly marks get mixed in edited copy ("…,” said): they may close each other
  if (open.family !== close.family && !(isDouble(open.family) && isDouble(close.family))) return false;
  const a = open.at;
  return a >= 0;
}

export function findQuoteSpans(doc: Doc): QuoteSpan[] {
  const { marks, lines, text } = doc;
  const out: QuoteSpan[] = [];
  let open: DocMark | null = null;
  let parts: Array<[number, number]> = [];
  let partStart = 0;
  /** Open quotes of the other double family inside the current one ("… “inner” …"), closed before it. */
  let nested = 0;
  let nestedFamily: DocMark['family'] = 'curly';

  /** Ends the open quote at the end of line `lineIndex`; with -1, at the end of the paragraphs it already has. */
  const finishUnclosed = (lineIndex: number): void => {
    if (!open) return;
    const all = lineIndex < 0 ? parts : [...parts, [partStart, lines[lineIndex].end] as [number, number]];
    const total = all.reduce((n, [s, e]) => n + e - s - carriageReturns(text, s, e), 0);
    if (total >= MIN_UNCLOSED_CHARS && all.some(([s, e]) => /\s/.test(text.slice(s, e))))
      out.push({ parts: all, unclosed: true });
    open = null;
    parts = [];
  };

  let m = 0;
  for (let li = 0; li < lines.length; li++) {
    for (; m < marks.length && marks[m].line === li; m++) {
      const mark = marks[m];
      if (!open) {
        if (mark.canOpen) {
          open = mark;
          parts = [];
          partStart = mark.at;
          nested = 0;
        }
        continue;
      }
      if (nested > 0 && mark.family === nestedFamily && mark.canClose && !mark.canOpen) {
        nested--; // closes a quote inside the quote: “… "inner" …”
        continue;
      }
      if (
        isDouble(open.family) &&
        isDouble(mark.family) &&
        mark.family !== open.family &&
        mark.canOpen &&
        !mark.canClose &&
        mark.at !== open.at + open.width
      ) {
        nested++; // opens a quote of the other double family inside this one
        nestedFamily = mark.family;
        continue;
      }
      if (pairs(open, mark) && !(mark.canOpen && !mark.canClose)) {
        out.push({ parts: [...parts, [partStart, mark.at + mark.width]], unclosed: false });
        open = null;
        parts = [];
      } else if (mark.canOpen && mark.family === open.family && !mark.canClose) {
        // a second opener: the first mark was unbalanced; drop it unless it began a paragraph-long quote. In a
        // paragraph that reopened a running quote, that reopening mark is the unbalanced one: the quote ends with the
        // paragraphs before (ending it at open.line would give this paragraph's part an end before its start)
        if (parts.length > 0) finishUnclosed(-1);
        else if (mark.line !== open.line) finishUnclosed(open.line);
        open = mark;
        parts = [];
        partStart = mark.at;
        nested = 0;
      }
    }
    if (!open) continue;
    // an open quote at the end of a line
    const next = lines[li + 1];
    if (!next) {
      finishUnclosed(li);
      break;
    }
    const nextMark = m < marks.length && marks[m].line === li + 1 ? marks[m] : null;
    const startsWithOpener =
      nextMark !== null &&
      nextMark.at === firstNonSpace(text, next.start) &&
      nextMark.canOpen &&
      nextMark.family === open.family;
    if (startsWithOpener && nextMark && !speakerLabel(text, nextMark.at + nextMark.width)) {
      // news style: the quote continues in the next paragraph, which reopens it
      parts.push([partStart, lines[li].end]);
      partStart = nextMark.at;
      nested = 0;
      m++;
    } else if (
      !next.paragraphStart &&
      parts.length === 0 &&
      wrappedLength(text, partStart, next.end) < MAX_WRAPPED_CHARS
    ) {
      // a wrapped line: the quote simply goes on
    } else {
      finishUnclosed(li);
    }
  }
  return out;
}

/** \r of CRLF line ends in [from, to): lengths must not depend on the line-ending style. */
function carriageReturns(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 13) n++; // bounded scan: indexOf could run far past `to`
  return n;
}

/** Length of [from, to) without CRs, counted only near the limit so that the common case stays O(1). */
function wrappedLength(text: string, from: number, to: number): number {
  return to - from < MAX_WRAPPED_CHARS ? to - from : to - from - carriageReturns(text, from, to);
}

function isDouble(f: DocMark['family']): boolean {
  return f === 'straight' || f === 'curly';
}

/** A transcript turn opens with its speaker's label in capitals ('"WALLACE: …', '"Q: …'): a new quote, not more of the last one. */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}\p{M}.'’ -]{0,30}:\s/u;
function speakerLabel(text: string, at: number): boolean {
  return SPEAKER_LABEL.test(text.slice(at, at + 34));
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  return i;
}

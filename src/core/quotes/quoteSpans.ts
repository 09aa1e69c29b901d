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
  /** A transcript turn ("MWANGI: Because …"): the words after a speaker's label, with no marks (transcriptTurns.ts). */
  turn?: boolean;
  /** A printed interview's turn ("Q: …", "A: …"): whose it is comes from the article, not from its label. */
  interview?: InterviewRole;
}

export type InterviewRole = 'question' | 'answer';

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
  const { marks, lines } = doc;
  const pairer = new QuotePairer(doc);
  let m = 0;
  for (let li = 0; li < lines.length; li++) {
    for (; m < marks.length && marks[m].line === li; m++) pairer.take(marks[m]);
    const nextMark = m < marks.length && marks[m].line === li + 1 ? marks[m] : null;
    if (pairer.endLine(li, nextMark)) m++; // that mark reopened the running quote: it is used
  }
  return pairer.out;
}

/** The pairing state as the scan walks the marks line by line: the open quote, its pieces so far, nested quotes. */
class QuotePairer {
  readonly out: QuoteSpan[] = [];
  private open: DocMark | null = null;
  private parts: Array<[number, number]> = [];
  private partStart = 0;
  /** Open quotes of the other double family inside the current one ("… “inner” …"), closed before it. */
  private nested = 0;
  private nestedFamily: DocMark['family'] = 'curly';

  constructor(private readonly doc: Doc) {}

  /** One mark, in document order. */
  take(mark: DocMark): void {
    const open = this.open;
    if (!open) {
      if (mark.canOpen) this.begin(mark);
      return;
    }
    if (this.nested > 0 && mark.family === this.nestedFamily && mark.canClose && !mark.canOpen) {
      this.nested--; // closes a quote inside the quote: “… "inner" …”
      return;
    }
    if (
      isDouble(open.family) &&
      isDouble(mark.family) &&
      mark.family !== open.family &&
      mark.canOpen &&
      !mark.canClose &&
      mark.at !== open.at + open.width
    ) {
      this.nested++; // opens a quote of the other double family inside this one
      this.nestedFamily = mark.family;
      return;
    }
    if (pairs(open, mark) && !(mark.canOpen && !mark.canClose)) {
      this.out.push({ parts: [...this.parts, [this.partStart, mark.at + mark.width]], unclosed: false });
      this.open = null;
      this.parts = [];
    } else if (mark.canOpen && mark.family === open.family && !mark.canClose) {
      // a second opener: the first mark was unbalanced; drop it unless it began a paragraph-long quote. In a
      // paragraph that reopened a running quote, that reopening mark is the unbalanced one: the quote ends with the
      // paragraphs before (ending it at open.line would give this paragraph's part an end before its start)
      if (this.parts.length > 0) this.finishUnclosed(-1);
      else if (mark.line !== open.line) this.finishUnclosed(open.line);
      this.begin(mark);
    }
  }

  /**
   * The end of line `li` with a quote still open: it goes on in the next paragraph when that one reopens it with
   * `nextMark` (news style; returns true: the mark is used), on a wrapped line, or it ends here, unclosed.
   */
  endLine(li: number, nextMark: DocMark | null): boolean {
    const open = this.open;
    if (!open) return false;
    const { lines, text } = this.doc;
    const next = lines[li + 1];
    if (!next) {
      this.finishUnclosed(li);
      return false;
    }
    const startsWithOpener =
      nextMark !== null &&
      nextMark.at === firstNonSpace(text, next.start) &&
      nextMark.canOpen &&
      nextMark.family === open.family;
    if (startsWithOpener && nextMark && !speakerLabel(text, nextMark.at + nextMark.width)) {
      this.parts.push([this.partStart, lines[li].end]);
      this.partStart = nextMark.at;
      this.nested = 0;
      return true;
    }
    const wrapped =
      !next.paragraphStart &&
      this.parts.length === 0 &&
      wrappedLength(text, this.partStart, next.end) < MAX_WRAPPED_CHARS;
    if (!wrapped) this.finishUnclosed(li);
    return false;
  }

  private begin(mark: DocMark): void {
    this.open = mark;
    this.parts = [];
    this.partStart = mark.at;
    this.nested = 0;
  }

  /** Ends the open quote at the end of line `lineIndex`; with -1, at the end of the paragraphs it already has. */
  private finishUnclosed(lineIndex: number): void {
    if (!this.open) return;
    const { lines, text } = this.doc;
    const all =
      lineIndex < 0 ? this.parts : [...this.parts, [this.partStart, lines[lineIndex].end] as [number, number]];
    const total = all.reduce((n, [s, e]) => n + e - s - carriageReturns(text, s, e), 0);
    if (total >= MIN_UNCLOSED_CHARS && all.some(([s, e]) => /\s/.test(text.slice(s, e))))
      this.out.push({ parts: all, unclosed: true });
    this.open = null;
    this.parts = [];
  }
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

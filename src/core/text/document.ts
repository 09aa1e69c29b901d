/**
 * The document model of one analysis: lines (paragraphs) with their cached scans, shifted into document offsets.
 * Building it is linear and cheap; the expensive per-line work comes from the cache.
 */
import { lineText, logicalLines } from './wrappedLines';
import type { AnalysisCache } from './cache';
import type { PersonMention } from '../entities/index';
import type { Place, Span } from '../types';
import type { QuoteMark } from './scan';
import { mergedMarks, quotesWithSingles, straightAreApostrophes, withoutStraightSingles } from './singleQuoteStyle';
import { marksOutsideSpanningTags } from './spanningTags';
import { LONGEST_REMEMBERED } from './wordMemo';

export interface DocToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  line: number;
  /** Begins with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/**
 * A token as the document model stores it: four fields (the end follows from the text; the line and the two flags
 * share one small integer; the strings are shared per distinct word), so that a 10 MB article's two million tokens
 * stay small. Reads like a plain DocToken.
 */
class PackedToken implements DocToken {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly lower: string,
    private readonly bits: number,
  ) {}
  get end(): number {
    return this.start + this.text.length;
  }
  get line(): number {
    return this.bits >>> 2;
  }
  get cap(): boolean {
    return (this.bits & 1) !== 0;
  }
  get word(): boolean {
    return (this.bits & 2) !== 0;
  }
}

export interface DocLine {
  start: number;
  end: number;
  /** First token index of the line and one past its last. */
  tokenFrom: number;
  tokenTo: number;
  /**
   * A blank line (or the text start) precedes it, or it is a paragraph recovered in a line that lost its breaks
   * (lostBreaks.ts): a new paragraph, not a wrapped continuation.
   */
  paragraphStart: boolean;
}

export interface DocMark extends QuoteMark {
  line: number;
  /** Document offset of the mark. */
  at: number;
}

export interface Doc {
  text: string;
  lines: DocLine[];
  tokens: DocToken[];
  marks: DocMark[];
  people: PersonMention[];
  places: Place[];
  organizations: Span[];
  /** Token index by document offset of its start (for mapping spans to tokens). */
  tokenAt(offset: number): number;
}

const MAX_INTERNED = 1 << 16;

/**
 * A line's mark in document terms. Its fields are written out: a spread with added fields ({ ...m, line, at }) took
 * V8's slow clone path, a measurable share of buildDoc.
 */
function docMark(m: QuoteMark, line: number, lineStart: number): DocMark {
  return {
    pos: m.pos,
    width: m.width,
    family: m.family,
    canOpen: m.canOpen,
    canClose: m.canClose,
    line,
    at: lineStart + m.pos,
  };
}

/** A line's mention moved to document offsets: a plain copy (fast), then the offsets, so its fields keep their order. */
function shifted<T extends Span>(s: T, by: number): T {
  const out = { ...s };
  out.start += by;
  out.end += by;
  return out;
}

/** Any character that is no white space or line break (what `trim()` keeps). */
const NOT_BLANK = /\S/;

export function buildDoc(text: string, cache: AnalysisCache): Doc {
  const lines: DocLine[] = [];
  const tokens: DocToken[] = [];
  let marks: DocMark[] = [];
  const lineSingles: DocMark[] = [];
  const people: PersonMention[] = [];
  const places: Place[] = [];
  const organizations: Span[] = [];
  // Words repeat: one string per distinct word instead of one per token keeps a long document's model small.
  // Bounded, so that a text of all-distinct words costs no more than without it.
  // A word of at most LONGEST_REMEMBERED characters needs no lookup here: the tokenizer already hands every token of
  // it the same strings (tokenize.ts, formsOf).
  const words = new Map<string, string>();
  const intern = (word: string): string => {
    if (word.length <= LONGEST_REMEMBERED) return word;
    const known = words.get(word);
    if (known !== undefined) return known;
    if (words.size < MAX_INTERNED) words.set(word, word);
    return word;
  };
  let blank = true;
  for (const range of logicalLines(text)) {
    const pos = range.start;
    const end = range.end;
    // a blank range is tested before its breaks become spaces: a text of a million line breaks is one blank range,
    // and turning each break into a space first cost a part per break, mostly in the garbage collector
    if (!NOT_BLANK.test(text.slice(pos, end))) {
      blank = true;
    } else {
      const raw = lineText(text, range);
      const scan = cache.scan(raw);
      const index = lines.length;
      const tokenFrom = tokens.length;
      for (const t of scan.tokens) {
        const word = intern(t.text);
        const lower = t.lower === t.text ? word : intern(t.lower);
        tokens.push(new PackedToken(pos + t.start, word, lower, (index << 2) | (t.cap ? 1 : 0) | (t.word ? 2 : 0)));
      }
      for (const m of scan.marks) marks.push(docMark(m, index, pos));
      for (const m of scan.singles) lineSingles.push(docMark(m, index, pos));
      for (const p of scan.entities.people) people.push(shifted(p, pos));
      for (const p of scan.entities.places) places.push(shifted(p, pos));
      for (const o of scan.entities.organizations) organizations.push(shifted(o, pos));
      // the scan itself is not kept: without a cache it is garbage once copied, which bounds memory on huge input
      lines.push({ start: pos, end, tokenFrom, tokenTo: tokens.length, paragraphStart: blank || !!range.recovered });
      blank = false;
    }
  }
  let singles = lineSingles;
  if (straightAreApostrophes(text, marks, singles)) {
    marks = withoutStraightSingles(text, marks);
    singles = withoutStraightSingles(text, singles);
  }
  if (quotesWithSingles(text, marks, singles)) marks = mergedMarks(marks, singles);
  marks = marksOutsideSpanningTags(text, marks);
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { text, lines, tokens, marks, people, places, organizations, tokenAt };
}

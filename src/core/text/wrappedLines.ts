/**
 * Paragraphs of hard-wrapped text. Wire copy, e-mail and plain-text archives break every line at a fixed width
 * (often 70–80 characters), so a paragraph arrives as several lines:
 *
 *   Mayor Ruth Gale said the town would seek help from the state. "We
 *   cannot do this alone," she said.
 *
 * Read line by line, a quote's attribution sits on another "paragraph" and every salience rule misreads the text.
 * A line continues the one before when that one was broken because the next word would not fit: the line's length,
 * a space and the next line's first word exceed the text's width (the classic reflow test). Text whose lines are
 * long (a paragraph per line, the usual news file) has no such width and is left as it is. A whole article on one
 * line, its paragraph breaks lost, is cut where news starts a paragraph (lostBreaks.ts).
 */
import { LOST_BREAKS_FROM, paragraphsOf, type LineRange } from './lostBreaks';

export type { LineRange } from './lostBreaks';

/** Widest a wrapped text's lines are: wire copy and e-mail wrap at 60–80 columns, some archives at 100. */
const MAX_WRAP_WIDTH = 100;
/** Narrowest width still read as wrapping (shorter lines are verse, lists or tables). */
const MIN_WRAP_WIDTH = 40;
/** Share of lines followed by another that must break for width, so a list of short lines is not joined. */
const MIN_WRAPPED_SHARE = 0.5;
/** Share of lines within the wrapping width: the rest may be longer (a URL, a table row). */
const WIDTH_SHARE = 0.9;
/** Fewest such breaks before a text counts as wrapped. */
const MIN_WRAPPED_BREAKS = 3;
/** "CLINTON:", "Q:", "MR. HALE:": a transcript label opens its own line even in wrapped text. */
const LABEL_OPENING = /^\s*(?:[A-Z][A-Z.'’ -]{0,30}|Q|A):\s/;

interface Physical {
  start: number;
  /** End without the line break (and without a CR before it). */
  end: number;
  /** Length without trailing spaces. */
  length: number;
  blank: boolean;
}

function physicalLines(text: string): Physical[] {
  const lines: Physical[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const raw = text.slice(pos, end);
    const blank = raw.trim() === '';
    const last = lines[lines.length - 1];
    // a run of blank lines is one: it only marks a paragraph break, and a text of nothing but line breaks would
    // otherwise cost an object per break (a 400 KB run of them took 0.3 s, mostly in the garbage collector)
    if (blank && last?.blank) last.end = end;
    else lines.push({ start: pos, end, length: raw.trimEnd().length, blank });
    pos = nl + 1;
  }
  return lines;
}

/** Length of the first word of a line: what would have had to fit on the line before. */
function firstWordLength(text: string, line: Physical): number {
  let i = line.start;
  while (i < line.end && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < line.end && text.charCodeAt(j) !== 32) j++;
  return j - i;
}

/** Spaces and tabs opening a line: a deeper indent than the line before opens a paragraph. */
function indentOf(text: string, line: Physical): number {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - line.start;
}

/** Whether `next` continues `prev`: the next word would not have fit on `prev` at `width`. */
function continues(text: string, prev: Physical, next: Physical, width: number): boolean {
  if (prev.blank || next.blank || indentOf(text, next) > indentOf(text, prev)) return false;
  if (LABEL_OPENING.test(text.slice(next.start, Math.min(next.end, next.start + 40)))) return false;
  return prev.length + 1 + firstWordLength(text, next) > width;
}

/**
 * The width the text's lines were wrapped at: the length that nine in ten lines followed by another stay within (a
 * long URL or a table row does not widen it); 0 when that is no wrapping width or too few lines break for it.
 */
function wrapWidth(text: string, lines: Physical[]): number {
  const counts = new Array<number>(MAX_WRAP_WIDTH + 2).fill(0);
  let followed = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].blank || lines[i + 1].blank) continue;
    followed++;
    counts[Math.min(lines[i].length, MAX_WRAP_WIDTH + 1)]++;
  }
  // the smallest length that the given share of lines stays within; lines over the widest width count past it
  let width = 0;
  let seen = counts[0];
  while (width <= MAX_WRAP_WIDTH && seen < followed * WIDTH_SHARE) seen += counts[++width];
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) if (continues(text, lines[i], lines[i + 1], width)) wrapped++;
  return wrapped >= MIN_WRAPPED_BREAKS && wrapped >= followed * MIN_WRAPPED_SHARE ? width : 0;
}

/**
 * The text's lines with hard-wrapped paragraphs joined and lost paragraph breaks restored: each range may span
 * physical line breaks. Blank lines are kept as empty ranges so that paragraph starts stay visible to the caller.
 */
export function logicalLines(text: string): LineRange[] {
  const lines = physicalLines(text);
  const width = wrapWidth(text, lines);
  const out: LineRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const last = out[out.length - 1];
    if (width > 0 && i > 0 && last && continues(text, lines[i - 1], l, width)) last.end = l.end;
    else out.push({ start: l.start, end: l.end });
  }
  return out.some((r) => r.end - r.start >= LOST_BREAKS_FROM) ? out.flatMap((r) => paragraphsOf(text, r)) : out;
}

/** A logical line's text as one line: its inner breaks become spaces, so offsets inside it are unchanged. */
export function lineText(text: string, range: LineRange): string {
  const raw = text.slice(range.start, range.end);
  return raw.includes('\n') ? raw.replace(/[\r\n]/g, ' ') : raw;
}

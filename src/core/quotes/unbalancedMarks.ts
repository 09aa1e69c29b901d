/**
 * Quotation marks that never pair inside their paragraph, for the `unbalanced-quotes` check: an opening mark with
 * no closing one ("He said: “We will win. She left.") or a closing mark with nothing open ("We will win,” he said
 * with no opener). News style runs a quote over paragraphs by leaving the paragraph open and opening the next
 * one with a new mark: such an opener is not unbalanced.
 * Uses the same mark classification as the quote scanner (findMarks), so what is flagged is what the analysis saw.
 */
import { findMarks, type MarkFamily, type QuoteMark } from '../text/scan';

export interface UnbalancedMark {
  /** Document offset of the mark and its width. */
  start: number;
  end: number;
  /** 'open': an opening mark never closed; 'close': a closing mark with nothing open. */
  side: 'open' | 'close';
}

/** Straight and curly double marks close each other in edited copy; singles and guillemets pair only with their own. */
function pairClass(family: MarkFamily): string {
  return family === 'straight' || family === 'curly' ? 'double' : family;
}

interface Paragraph {
  /** Marks with document offsets (none in a paragraph without quotes). */
  marks: Array<QuoteMark & { at: number }>;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') current = undefined;
    else {
      if (!current) out.push((current = { marks: [] }));
      for (const m of findMarks(line)) current.marks.push({ ...m, at: offset + m.pos });
    }
    offset += line.length + 1;
  }
  return out;
}

/** Pairs the marks of one paragraph left to right; returns the stray closers and the opener left open, if any. */
function pairParagraph(p: Paragraph): { strays: UnbalancedMark[]; open: UnbalancedMark | undefined } {
  const strays: UnbalancedMark[] = [];
  const open = new Map<string, QuoteMark & { at: number }>();
  for (const m of p.marks) {
    const cls = pairClass(m.family);
    const openMark = open.get(cls);
    if (openMark && m.canClose) open.delete(cls);
    else if (!openMark && m.canOpen) open.set(cls, m);
    // a single mark that cannot pair is an apostrophe more often than a quote: only doubles count as strays
    else if (!openMark && m.canClose && cls !== 'single')
      strays.push({ start: m.at, end: m.at + m.width, side: 'close' });
  }
  const left = [...open.values()].filter((m) => m.family !== 'single').sort((a, b) => a.at - b.at)[0];
  return { strays, open: left && { start: left.at, end: left.at + left.width, side: 'open' } };
}

/** Every unbalanced double or guillemet mark of the text, in order. Linear in the text's length. */
export function findUnbalancedMarks(text: string): UnbalancedMark[] {
  const paragraphs = paragraphsOf(text.replace(/\r/g, ' '));
  const out: UnbalancedMark[] = [];
  paragraphs.forEach((p, i) => {
    const { strays, open } = pairParagraph(p);
    out.push(...strays);
    if (!open) return;
    // "…ends the paragraph open.\n\n“And goes on here,” she said": the next paragraph opens with a mark
    const next = paragraphs[i + 1]?.marks[0];
    const continues =
      next !== undefined &&
      next.canOpen &&
      text.slice(open.end, next.at).includes('\n') &&
      startsParagraph(text, next.at);
    if (!continues) out.push(open);
  });
  return out;
}

/** Only spaces between the line start and `at`. */
function startsParagraph(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(lineStart, at).trim() === '';
}

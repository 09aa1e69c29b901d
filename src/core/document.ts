/**
 * The document model of one analysis: lines (paragraphs) with their cached scans, shifted into document offsets.
 * Building it is linear and cheap; the expensive per-line work comes from the cache.
 */
import type { AnalysisCache } from './cache';
import type { PersonMention } from './entities/index';
import type { Place, Span } from './types';
import type { LineScan, QuoteMark } from './scan';

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

export interface DocLine {
  start: number;
  end: number;
  /** First token index of the line and one past its last. */
  tokenFrom: number;
  tokenTo: number;
  /** A blank line (or the text start) precedes it: a new paragraph, not a wrapped continuation. */
  paragraphStart: boolean;
  scan: LineScan;
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


export function buildDoc(text: string, cache: AnalysisCache): Doc {
  const lines: DocLine[] = [];
  const tokens: DocToken[] = [];
  const marks: DocMark[] = [];
  const people: PersonMention[] = [];
  const places: Place[] = [];
  const organizations: Span[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // CRLF
    const raw = text.slice(pos, end);
    if (raw.trim() === '') {
      blank = true;
    } else {
      const scan = cache.scan(raw);
      const index = lines.length;
      const tokenFrom = tokens.length;
      for (const t of scan.tokens) {
        tokens.push({ start: pos + t.start, end: pos + t.end, text: t.text, lower: t.lower, line: index, cap: t.cap, word: t.word });
      }
      for (const m of scan.marks) marks.push({ ...m, line: index, at: pos + m.pos });
      for (const p of scan.entities.people) people.push({ ...p, start: p.start + pos, end: p.end + pos });
      for (const p of scan.entities.places) places.push({ ...p, start: p.start + pos, end: p.end + pos });
      for (const o of scan.entities.organizations) organizations.push({ ...o, start: o.start + pos, end: o.end + pos });
      lines.push({ start: pos, end, tokenFrom, tokenTo: tokens.length, paragraphStart: blank, scan });
      blank = false;
    }
    pos = nl + 1;
  }
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

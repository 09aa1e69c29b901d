/**
 * Per-line work, cached by line text: tokens, quotation marks with the side(s) they can stand on, entities.
 * Everything here depends only on the line's own text, so re-analysing an edited article redoes only changed lines.
 * Offsets are relative to the line.
 */
import { findEntities, type EntityMentions } from './entities/index';
import { tokenize } from './entities/tokenize';

/** Quotation mark families: marks only pair within a family. */
export type MarkFamily = 'straight' | 'curly' | 'guillemet';

export interface QuoteMark {
  /** Offset in the line. */
  pos: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
}

export interface LineToken {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface LineScan {
  tokens: LineToken[];
  marks: QuoteMark[];
  entities: EntityMentions;
}

function isSpace(c: string): boolean {
  return c === '' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2028' || c === '\u2029';
}

/** Characters after which an opening mark may stand (besides space): brackets, dashes, other quotes, colon. */
const BEFORE_OPEN = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '“', '„', '«', '»', '‘', "'", '"', '…']);
/** Characters before which a closing mark may stand (besides space): punctuation, dashes, other quotes. */
const AFTER_CLOSE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…', '”', '“', '»', '’', "'", '"', '*']);

/** Classifies a double quotation mark by the characters around it; apostrophes and single quotes are never marks. */
function classify(line: string, i: number): QuoteMark | null {
  const c = line[i];
  const prev = i > 0 ? line[i - 1] : '';
  const next = i + 1 < line.length ? line[i + 1] : '';
  const openContext = (isSpace(prev) || BEFORE_OPEN.has(prev)) && !isSpace(next);
  const closeContext = !isSpace(prev) && (isSpace(next) || AFTER_CLOSE.has(next));
  switch (c) {
    case '"':
    case '\uff02':
      if (!openContext && !closeContext) {
        // glued on both sides (`said"No`): side by the letter case that follows
        return { pos: i, family: 'straight', canOpen: /\p{Lu}/u.test(next), canClose: !/\p{Lu}/u.test(next) };
      }
      return { pos: i, family: 'straight', canOpen: openContext, canClose: closeContext };
    case '“': // English opener, German closer
      return { pos: i, family: 'curly', canOpen: !isSpace(next) && !(closeContext && !openContext), canClose: closeContext };
    case '”': // English closer; some texts also open with it
      return { pos: i, family: 'curly', canOpen: openContext, canClose: !isSpace(prev) || !openContext };
    case '„':
      return { pos: i, family: 'curly', canOpen: true, canClose: false };
    case '‟':
      return { pos: i, family: 'curly', canOpen: true, canClose: false };
    case '«':
      return { pos: i, family: 'guillemet', canOpen: true, canClose: closeContext && !openContext };
    case '»':
      return { pos: i, family: 'guillemet', canOpen: openContext && !closeContext, canClose: true };
    default:
      return null;
  }
}

const MARK_CHARS = /["\uff02“”„‟«»]/g;

export function findMarks(line: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(line); m; m = MARK_CHARS.exec(line)) {
    const mark = classify(line, m.index);
    if (mark && (mark.canOpen || mark.canClose)) marks.push(mark);
  }
  return marks;
}

export function scanLine(line: string): LineScan {
  const tokens: LineToken[] = tokenize(line).map((t) => ({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase() }));
  return { tokens, marks: findMarks(line), entities: findEntities(line) };
}

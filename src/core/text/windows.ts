/**
 * Huge inputs (far beyond any article: a whole archive pasted into one file) are analysed in windows of whole
 * paragraphs, so that working memory stays that of one window plus the result instead of growing with the document
 * model of the whole input. Windows end at a blank line before a paragraph that does not open with a quotation mark
 * (a quote may run on over paragraphs only when the next one reopens it), so a quote is never cut; what is lost is
 * coreference reaching further back than a window ("Putin" a megabyte after "Vladimir Putin"). Speakers of the
 * same type and name in several windows are merged into one, as the speaker table merges them within a document.
 *
 * An input without such a paragraph break within reach (one huge line, single line breaks only) would otherwise be
 * one window as big as the input, so the cut degrades: a line break, then a sentence end, then any space, each
 * outside an open direct quotation, and as the very last resort a space inside one or a bare character boundary.
 */
import type { Analysis, Span, Speaker } from '../types';

/** Inputs from this size on are windowed; an article, even a long report, is far below. */
export const WINDOWED_FROM = 2 * 1024 * 1024;
/** Characters per window (a window then extends to the next paragraph break where a cut is safe). */
export const WINDOW_CHARS = 1024 * 1024;
/** A window may grow to this many times `size` looking for a paragraph break before a weaker cut is taken. */
const REACH = 2;
/**
 * A quote open longer than this is taken as a stray mark: the quote finder lets a quote run over wrapped lines for
 * 3,000 characters; past this reach a cut would at worst split a quote no reader would accept as one.
 */
const QUOTE_REACH = 20_000;

const OPENS_QUOTE = /^[\s]*["“„«‘'‹‟]/u;

/** Window ranges [from, to) covering the text, each cut after a blank line at or after `size` characters. */
export function windowsOf(text: string, size = WINDOW_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    const cut = nextCut(text, from, size);
    out.push([from, cut]);
    from = cut;
  }
  return out;
}

/** Where the window that starts at `from` ends: the best cut in [from + size, from + REACH × size]. */
export function nextCut(text: string, from: number, size = WINDOW_CHARS): number {
  const at = from + Math.max(1, size);
  if (at >= text.length) return text.length;
  const limit = Math.min(text.length, from + REACH * Math.max(1, size));
  return paragraphCut(text, at, limit) ?? fallbackCut(text, from, at, limit);
}

/** The start of the first paragraph in [at, limit) that follows a blank line and does not reopen a quote. */
function paragraphCut(text: string, at: number, limit: number): number | null {
  let nl = text.indexOf('\n', at);
  while (nl >= 0 && nl < limit) {
    // a blank line: only spaces (and a CR) between this line break and the next one
    let k = nl + 1;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
    if (k < text.length && text[k] === '\n') {
      let next = k + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (next >= text.length) return text.length;
      if (!OPENS_QUOTE.test(text.slice(next, next + 4))) return next;
      nl = text.indexOf('\n', next);
    } else nl = text.indexOf('\n', nl + 1);
  }
  return null;
}

/** Space as scan.ts counts it, by char code so the per-character pass allocates nothing. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** Double quotation marks (straight, fullwidth, curly, low-9, guillemets): the marks scan.ts pairs on long lines. */
function isDoubleMark(c: number): boolean {
  return c === 34 || c === 0xff02 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}

const DOUBLE_MARKS = /["\uff02\u201c-\u201f«»]/g;
/** What the cut search looks at: double marks and spaces (the same as isDoubleMark and isSpaceCode). */
const SIGNIFICANT = /["\uff02\u201c-\u201f«» \t\n\r\u00a0\u2028\u2029]/g;

/** The open quote's start after the mark at `i` (-1: none open), with the mark's sides as scan.ts classifies them. */
function afterMark(text: string, i: number, open: number): number {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  const prevSpace = isSpaceCode(prev.charCodeAt(0));
  const nextSpace = isSpaceCode(next.charCodeAt(0));
  const canOpen = (prevSpace || BEFORE_OPEN.includes(prev)) && !nextSpace && c !== 0x201d && c !== 0xbb;
  const canClose =
    !prevSpace && (nextSpace || AFTER_CLOSE.includes(next)) && c !== 0x201e && c !== 0x201f && c !== 0xab;
  if (open >= 0 && canClose) return -1;
  return canOpen ? i : open; // a second opener: the first was stray, or the quote reopens in a new paragraph
}

/** Characters after which an opening mark may stand, before which a closing one may (as scan.ts classifies). */
const BEFORE_OPEN = '([{—–-/:“„«»‘\'"…';
const AFTER_CLOSE = '.,;:!?)]}—–-/…”“»’\'"*';

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * A sentence ends before the space at `i`: '.', '?' or '!' (perhaps followed by a closing mark), then a capital or
 * an opening mark. Not after an abbreviation or initial ("Mr. Lee", "J. Smith", "U.S. Senate"): a cut there would
 * split a name from its title.
 */
function sentenceEndsAt(text: string, i: number): boolean {
  let p = i - 1;
  if (p >= 0 && isDoubleMark(text.charCodeAt(p))) p--;
  const stop = text[p];
  if (stop !== '.' && stop !== '?' && stop !== '!') return false;
  const after = text[i + 1] ?? '';
  if (!(isUpper(after) || isDoubleMark(text.charCodeAt(i + 1)))) return false;
  if (stop !== '.') return true;
  // the word before the period, looked at over a few characters only (linear)
  let w = p;
  while (w > 0 && p - w < 8 && !isSpaceCode(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, p);
  return !word.includes('.') && !(word.length <= 4 && isUpper(word[0] ?? ''));
}

/**
 * The best cut in [at, limit) when no paragraph break is within reach. Quote balance is tracked from the window's
 * start with the mark classes of scan.ts (double marks only: single quotes are marks only on headline-short lines),
 * in one linear pass that stops at the first line break outside a quote. Unlike a paragraph cut, a cut known to be
 * outside every quote may come before a line that opens one.
 */
function fallbackCut(text: string, from: number, at: number, limit: number): number {
  let open = -1; // where the open quote began, or -1
  // before the preferred cut only the marks matter: jump from one to the next
  DOUBLE_MARKS.lastIndex = from;
  for (let m = DOUBLE_MARKS.exec(text); m && m.index < at; m = DOUBLE_MARKS.exec(text)) {
    if (open >= 0 && m.index - open > QUOTE_REACH) open = -1;
    open = afterMark(text, m.index, open);
  }
  // with no line break ahead, the first sentence end outside a quote is the best cut there is
  const nl = text.indexOf('\n', at);
  const lineAhead = nl >= 0 && nl < limit;
  let sentence = -1;
  let spaceOutside = -1;
  let spaceAny = -1;
  SIGNIFICANT.lastIndex = at;
  for (let m = SIGNIFICANT.exec(text); m && m.index < limit; m = SIGNIFICANT.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (open >= 0 && i - open > QUOTE_REACH) open = -1;
    if (isDoubleMark(c)) {
      open = afterMark(text, i, open);
      continue;
    }
    if (spaceAny < 0) spaceAny = i + 1;
    if (open >= 0) continue;
    if (spaceOutside < 0) spaceOutside = i + 1;
    if (c === 10) {
      // a line break outside any quote (a line that opens one starts a new quote, as none is open): the best fallback
      let next = i + 1;
      while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
      return next;
    } else if (sentence < 0 && sentenceEndsAt(text, i)) {
      sentence = i + 1;
      if (!lineAhead) return sentence;
    }
    // a run of spaces or tabs holds no sentence end and no mark: step over it without a regex call per character
    let run = i + 1;
    while (run < limit && (text.charCodeAt(run) === 32 || text.charCodeAt(run) === 9)) run++;
    if (run > i + 1) SIGNIFICANT.lastIndex = run;
  }
  if (sentence >= 0) return sentence;
  if (spaceOutside >= 0) return spaceOutside;
  if (spaceAny >= 0) return spaceAny;
  // no space at all: cut at the window's size, never inside a surrogate pair
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

function shift<T extends Span>(span: T, by: number): T {
  span.start += by;
  span.end += by;
  return span;
}

/**
 * Analyses `text` window by window with `analyzeWindow` and joins the results in text offsets: quotes, people and
 * places in order; speakers of the same type and name merged; speaker ids kept unique.
 */
export function analyzeInWindows(
  text: string,
  analyzeWindow: (part: string) => Analysis,
  size = WINDOW_CHARS,
): Analysis {
  const result: Analysis = { quotes: [], speakers: [], people: [], places: [] };
  const byId = new Map<string, Speaker>();
  const byName = new Map<string, Speaker>();
  for (const [from, to] of windowsOf(text, size)) {
    const part = analyzeWindow(text.slice(from, to));
    const ids = new Map<string, string>();
    for (const s of part.speakers) {
      for (const m of s.mentions) shift(m, from);
      const name = `${s.type}\u0000${s.name}`;
      const same = byName.get(name);
      if (same) {
        for (const m of s.mentions) same.mentions.push(m);
        same.quoteCount += s.quoteCount;
        if (same.role === undefined && s.role !== undefined) same.role = s.role;
        ids.set(s.id, same.id);
        continue;
      }
      let id = s.id;
      for (let n = 2; byId.has(id); n++) id = `${s.id}-${n}`;
      ids.set(s.id, id);
      s.id = id;
      byId.set(id, s);
      byName.set(name, s);
      result.speakers.push(s);
    }
    for (const q of part.quotes) {
      shift(q, from);
      if (q.parts) for (const p of q.parts) shift(p, from);
      if (q.speakerMention) shift(q.speakerMention, from);
      if (q.cue) shift(q.cue, from);
      if (q.speakerId !== null) q.speakerId = ids.get(q.speakerId) ?? q.speakerId;
      result.quotes.push(q);
    }
    for (const p of part.people) result.people.push(shift(p, from));
    for (const p of part.places) result.places.push(shift(p, from));
  }
  return result;
}

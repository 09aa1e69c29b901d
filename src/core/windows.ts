/**
 * Huge inputs (far beyond any article: a whole archive pasted into one file) are analysed in windows of whole
 * paragraphs, so that working memory stays that of one window plus the result instead of growing with the document
 * model of the whole input. Windows end at a blank line before a paragraph that does not open with a quotation mark
 * (a quote may run on over paragraphs only when the next one reopens it), so a quote is never cut; what is lost is
 * coreference reaching further back than a window ("Putin" a megabyte after "Vladimir Putin"). Speakers of the
 * same type and name in several windows are merged into one, as the speaker table merges them within a document.
 */
import type { Analysis, Span, Speaker } from './types';

/** Inputs from this size on are windowed; an article, even a long report, is far below. */
export const WINDOWED_FROM = 2 * 1024 * 1024;
/** Characters per window (a window then extends to the next paragraph break where a cut is safe). */
export const WINDOW_CHARS = 1024 * 1024;

const OPENS_QUOTE = /^[\s]*["“„«‘'‹‟]/u;

/** Window ranges [from, to) covering the text, each cut after a blank line at or after `size` characters. */
export function windowsOf(text: string, size = WINDOW_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    const cut = safeCut(text, from + size);
    out.push([from, cut]);
    from = cut;
  }
  return out;
}

/** The start of the first paragraph at or after `at` that follows a blank line and does not reopen a quote. */
function safeCut(text: string, at: number): number {
  let nl = text.indexOf('\n', at);
  while (nl >= 0) {
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
  return text.length;
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
export function analyzeInWindows(text: string, analyzeWindow: (part: string) => Analysis, size = WINDOW_CHARS): Analysis {
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

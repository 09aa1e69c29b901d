/**
 * Text edits that keep a PolNeAR-style document's annotations in place: a list of replacements (left to right, not
 * overlapping), the offset mover that follows them, and the copy of a document with its text edited and every
 * annotated offset moved. Used by the eval's perturbations (renamed.ts, restyled.ts), which measure how much of a
 * score rests on the training articles' names and house style rather than on reading the sentence.
 */

export interface Span {
  start: number;
  end: number;
}

export type Edit = Span & { to: string };

/** What an edit reads and moves of a document; other fields are copied as they are. */
export interface EditableDoc {
  id?: unknown;
  text: string;
  quotes: EditableQuote[];
}

export interface EditableQuote {
  start: number;
  end: number;
  speaker: string | null;
  speaker_spans: Array<[number, number]>;
  content_spans: Array<[number, number]>;
  cue_spans?: Array<[number, number]>;
  speaker_canonical?: string;
  speaker_canonical_type?: string;
}

/** Every match of `re` (global) in `text` as an edit to `to(match)`; left to right, overlaps dropped. */
export function editsOf(text: string, re: RegExp, to: (m: RegExpMatchArray) => string): Edit[] {
  const out: Edit[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, to: to(m) });
  return ordered(out);
}

/** Sorted by start, with an edit overlapping the one before it dropped. */
export function ordered(list: Edit[]): Edit[] {
  list.sort((a, b) => a.start - b.start);
  const out: Edit[] = [];
  for (const e of list) if (out.length === 0 || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}

/** Moves an offset of the old text to the new one (an offset inside a replaced word goes to its end). */
export function mover(list: Edit[]): (offset: number) => number {
  return (offset) => {
    let shift = 0;
    for (const e of list) {
      if (e.start >= offset) break;
      if (e.end > offset) return e.start + shift + e.to.length;
      shift += e.to.length - (e.end - e.start);
    }
    return offset + shift;
  };
}

/** The text with the edits made. */
export function applied(text: string, list: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of list) {
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + text.slice(at);
}

/** A copy of `doc` with `list` made to its text and every annotated offset moved; `names` edits names alike. */
export function editedDoc<D extends EditableDoc>(doc: D, list: Edit[], names: (name: string) => string = (n) => n): D {
  const move = mover(list);
  const spans = (s: Array<[number, number]> | undefined): Array<[number, number]> | undefined =>
    s?.map(([a, b]) => [move(a), move(b)]);
  const quotes = doc.quotes.map((q) => ({
    ...q,
    start: move(q.start),
    end: move(q.end),
    speaker: q.speaker == null ? q.speaker : names(q.speaker),
    speaker_spans: spans(q.speaker_spans) ?? [],
    content_spans: spans(q.content_spans) ?? [],
    cue_spans: spans(q.cue_spans),
    speaker_canonical: q.speaker_canonical == null ? q.speaker_canonical : names(q.speaker_canonical),
  }));
  return { ...doc, text: applied(doc.text, list), quotes };
}

/** Every whole-word occurrence of each name word (as written or in capitals), left to right, with its replacement. */
export function wholeWordEdits(text: string, map: Map<string, string>): Edit[] {
  const out: Edit[] = [];
  for (const [old, to] of map) {
    for (const [form, repl] of [
      [old, to],
      [old.toUpperCase(), to.toUpperCase()],
    ]) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + form.length, to: repl });
    }
  }
  return ordered(out);
}

/**
 * Reads a brat `.ann` file against its article. Every T line's offsets are checked: they must lie in the article
 * and its text must be what the article holds there (fragments joined by one space, as brat writes them). The result
 * is all or nothing: any error, and the caller gets the list of errors (each naming its line) and no document, so an
 * import never writes half a file.
 *
 *   parseStandoff('T1\tSource 0 5\tClara\n', 'Clara said …')  → ok, one text-bound annotation
 *   parseStandoff('T1\tSource 0 5\tTomas\n', 'Clara said …')  → error "line 1: T1 … the article has "Clara" there"
 */
import { countingsFor, type Counting } from './offsetCounting';
import type { BratDocument, BratEvent, BratIssue, BratParse, BratTextBound, Fragment } from './standoff';

/** Past this many errors the rest of the file is not worth listing. */
const MAX_ERRORS = 20;
const IGNORED_KINDS = new Set(['A', 'M', 'R', 'N', '#', '*']);
const ID = /^(?:[A-Za-z]+|#[A-Za-z]*)\d+\S*$|^\*$/;
const FRAGMENT = /^(\d+) (\d+)$/;

interface RawTextBound {
  id: string;
  label: string;
  fragments: Fragment[];
  text: string;
  line: number;
}

class ParseError extends Error {}

function parseFragments(spec: string, id: string): Fragment[] {
  return spec.split(';').map((piece) => {
    const m = FRAGMENT.exec(piece.trim());
    if (!m) throw new ParseError(`${id}: "${piece}" is not an offset pair "start end"`);
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end <= start) throw new ParseError(`${id}: the span ${start}-${end} ends before it starts`);
    return [start, end];
  });
}

function parseTextBound(fields: string[], line: number): RawTextBound {
  const id = fields[0];
  if (fields.length < 3)
    throw new ParseError(`${id}: a T line needs three tab-separated fields (id, "Label start end", text)`);
  const head = fields[1];
  const space = head.indexOf(' ');
  if (space <= 0) throw new ParseError(`${id}: "${head}" is not "Label start end"`);
  const label = head.slice(0, space);
  return { id, label, fragments: parseFragments(head.slice(space + 1), id), text: fields.slice(2).join('\t'), line };
}

function parseEvent(fields: string[], line: number): BratEvent {
  const id = fields[0];
  const pairs = (fields[1] ?? '').trim().split(/ +/).filter(Boolean);
  const parsed = pairs.map((pair) => {
    const colon = pair.lastIndexOf(':');
    if (colon <= 0 || colon === pair.length - 1) throw new ParseError(`${id}: "${pair}" is not "Role:Id"`);
    return { role: pair.slice(0, colon), ref: pair.slice(colon + 1) };
  });
  if (parsed.length === 0) throw new ParseError(`${id}: an E line needs "Label:Trigger" after its id`);
  const [head, ...args] = parsed;
  return { id, label: head.role, trigger: head.ref, args, line };
}

/** Splits the file into T and E lines; other kinds are counted. Syntax errors are collected per line. */
function readLines(
  ann: string,
  errors: BratIssue[],
): { textBounds: RawTextBound[]; events: BratEvent[]; skipped: number } {
  const textBounds: RawTextBound[] = [];
  const events: BratEvent[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  const lines = ann.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const text = lines[i];
    if (text.trim() === '') continue;
    const line = i + 1;
    const fields = text.split('\t');
    const id = fields[0].trim();
    try {
      if (!ID.test(id)) throw new ParseError(`"${id.slice(0, 40)}" is not a brat id (T1, E1, A1, R1, N1, #1 or *)`);
      const earlier = seen.get(id);
      if (earlier !== undefined && id !== '*')
        throw new ParseError(`${id} is defined twice (first on line ${earlier})`);
      seen.set(id, line);
      const kind = id[0];
      if (kind === 'T') textBounds.push(parseTextBound([id, ...fields.slice(1)], line));
      else if (kind === 'E') events.push(parseEvent([id, ...fields.slice(1)], line));
      else if (IGNORED_KINDS.has(kind)) skipped++;
      else throw new ParseError(`${id}: unknown annotation kind "${kind}" (brat uses T, E, A, M, R, N, # and *)`);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      errors.push({ line, message: error.message });
    }
  }
  return { textBounds, events, skipped };
}

// Whitespace runs compare equal (tools write a line break inside a span as a space), but an extra space never does.
const sameText = (a: string, b: string): boolean => a === b || a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');

/** The T line under one counting, or the reason it does not fit the article. */
function place(raw: RawTextBound, article: string, counting: Counting): BratTextBound | string {
  const fragments: Fragment[] = [];
  for (const [start, end] of raw.fragments) {
    const s = counting.map(start);
    const e = counting.map(end);
    if (s === undefined || e === undefined)
      return `${raw.id}: the span ${start}-${end} lies beyond the article's end (it has ${article.length} characters)`;
    fragments.push([s, e]);
  }
  const found = fragments.map(([s, e]) => article.slice(s, e)).join(' ');
  if (!sameText(found, raw.text)) {
    const show = (t: string): string => JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}…` : t);
    return `${raw.id}: the file says ${show(raw.text)} but the article has ${show(found)} at ${raw.fragments.map((f) => f.join(' ')).join(';')}`;
  }
  return { ...raw, fragments };
}

/** Places every T line under the first counting that fits them all; else the errors under plain UTF-16. */
function placeAll(
  raws: RawTextBound[],
  article: string,
  errors: BratIssue[],
): { textBounds: BratTextBound[]; counting: Counting['name'] } {
  let firstErrors: BratIssue[] | undefined;
  for (const counting of countingsFor(article)) {
    const placed: BratTextBound[] = [];
    const problems: BratIssue[] = [];
    for (const raw of raws) {
      const result = place(raw, article, counting);
      if (typeof result === 'string') problems.push({ line: raw.line, message: result });
      else placed.push(result);
    }
    if (problems.length === 0) return { textBounds: placed, counting: counting.name };
    firstErrors ??= problems;
  }
  errors.push(...(firstErrors ?? []).slice(0, MAX_ERRORS));
  return { textBounds: [], counting: 'utf16' };
}

/** Every event's trigger and arguments must name annotations of the file; the trigger must carry the event's label. */
function checkEvents(events: BratEvent[], textBounds: BratTextBound[], errors: BratIssue[]): void {
  const byId = new Map(textBounds.map((t) => [t.id, t]));
  const eventIds = new Set(events.map((e) => e.id));
  for (const event of events) {
    const trigger = byId.get(event.trigger);
    if (!trigger)
      errors.push({
        line: event.line,
        message: `${event.id}: its trigger ${event.trigger} is not a T annotation of this file`,
      });
    else if (trigger.label !== event.label) {
      errors.push({
        line: event.line,
        message: `${event.id}: its trigger ${event.trigger} is labelled ${trigger.label}, not ${event.label}`,
      });
    }
    for (const arg of event.args) {
      if (!byId.has(arg.ref) && !eventIds.has(arg.ref)) {
        errors.push({
          line: event.line,
          message: `${event.id}: its argument ${arg.role}:${arg.ref} names no annotation of this file`,
        });
      }
    }
  }
}

/** Binary data is refused at once: listing each of its "lines" would say nothing more. */
function binaryLine(ann: string): number | undefined {
  const nul = ann.indexOf('\u0000');
  if (nul === -1) return undefined;
  return ann.slice(0, nul).split(/\r\n|\n|\r/).length;
}

export function parseStandoff(ann: string, article: string): BratParse {
  const nul = binaryLine(ann);
  if (nul !== undefined)
    return { ok: false, errors: [{ line: nul, message: 'this looks like binary data, not a brat .ann file' }] };
  const errors: BratIssue[] = [];
  const lines = readLines(ann.replace(/^\uFEFF/, ''), errors);
  const { textBounds, counting } = placeAll(lines.textBounds, article, errors);
  if (errors.length === 0) checkEvents(lines.events, textBounds, errors);
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_ERRORS) };
  const document: BratDocument = { textBounds, events: lines.events, skipped: lines.skipped, counting };
  return { ok: true, document };
}

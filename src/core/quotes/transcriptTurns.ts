/**
 * Transcripts and printed interviews set each turn as a paragraph that opens with its speaker's label in capitals:
 * "MWANGI: Because the alternative is worse." The words after the label are the speaker's own, a direct quote that
 * needs no marks; the label before its colon names the speaker (the colon rule of attribution/colonQuotes.ts).
 *
 * Printed interviews label turns "Q:" and "A:" instead; who asks and who answers comes from the article
 * (attribution/interviewTurns.ts), in one with at least two answers and a question. Web interviews set the questions
 * in bold instead (boldInterviews.ts).
 *
 * Only in an article that reads as a conversation: at least MIN_TURNS such paragraphs, by at least two labels, one of
 * them used twice. A single capitalised lead-in ("NAGPUR: With the monsoon …", "UPDATE: …") is a dateline or a
 * note, not a turn. A turn whose paragraph already holds a quote found by its marks is left to that quote.
 */
import type { Doc } from '../text/document';
import type { Span } from '../types';
import type { InterviewRole, QuoteSpan } from './quoteSpans';
import { boldInterviewTurns } from './boldInterviews';

/**
 * A word in capitals; a "Mc", "Mac" or "De" prefix keeps its small letters in transcripts ("McKINNON", "DeSANTIS").
 */
const CAPS_WORD = "\\p{Lu}(?:\\p{Ll}{1,2}(?=\\p{Lu}))?[\\p{Lu}\\p{M}.'’-]+";
/** A role after the name, in capitals too: ", RICE GROWER", ", ECOLOGIST, UNIVERSITY OF ADELAIDE". */
const LABEL_ROLE = `(?:,[ \\t]+${CAPS_WORD}(?:[ \\t]+${CAPS_WORD}){0,5}){0,3}`;
/**
 * One to four words in capitals (group 1, the name), an optional role after a comma as broadcasters' transcripts
 * give it on a speaker's first turn ("GEOFF RUTLEDGE, RICE GROWER: My grandfather …"), then a colon and the turn's
 * first word: "HOST DAVID OTIENO: Minister, …".
 */
const TURN_LABEL = new RegExp(`^[ \\t]*(${CAPS_WORD}(?: ${CAPS_WORD}){0,3})${LABEL_ROLE}:[ \\t]+(?=\\S)`, 'u');
/**
 * A web interview's label: a person's full name in title case, "Amira Castell: Not really." (two to four words, so that
 * "Update:" or "Note:" is none). Only in a conversation, as the capitals' labels.
 */
const NAME_TURN_LABEL = /^[ \t]*(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}):[ \t]+(?=\S)/u;
const MIN_TURNS = 3;
/** A printed interview's labels: "Q:", "A.", "Question:", "Answer:" (the reporter asks, the guest answers). */
const INTERVIEW_LABEL = /^[ \t]*(Q|A|Question|Answer)[:.][ \t]+(?=\S)/;
/** An interview has at least two answers and a question. */
const MIN_ANSWERS = 2;

interface Turn {
  label: string;
  role?: InterviewRole;
  /** Where the turn's words start and where its paragraph ends (document offsets). */
  start: number;
  end: number;
}

/** The quote spans found by their marks, with the article's transcript turns added in document order. */
export function withTranscriptTurns(doc: Doc, spans: QuoteSpan[]): QuoteSpan[] {
  const labelled = transcriptTurns(doc);
  const named = labelledParagraphs(doc, NAME_TURN_LABEL, 48);
  const asked = interviewTurns(doc);
  const bold = boldInterviewTurns(doc);
  const turns = [
    ...(isConversation(labelled) ? labelled : []),
    ...(isConversation(named) ? named : []),
    ...(isInterview(asked) ? asked : []),
    ...(isInterview(bold) ? bold : []),
  ];
  const parts = new SortedParts(spans);
  const free = turns.filter((t) => !parts.coverMostOf(t));
  const isFree = new Set(free);
  const marked = withInterviewRoles(
    spans,
    turns.filter((t) => t.role && !isFree.has(t)),
  );
  if (free.length === 0) return marked;
  const added: QuoteSpan[] = free.map((t) => ({
    parts: [[t.start, t.end]],
    unclosed: false,
    turn: true,
    ...(t.role ? { interview: t.role } : {}),
  }));
  return [...marked, ...added].sort((a, b) => a.parts[0][0] - b.parts[0][0]);
}

/**
 * An interview's answer set in quotation marks ('**Do you still think about it?**' ¶ '"Every winter."') is the
 * answer's quote: it takes the turn's role, so its speaker is the guest, not whoever the sentences before name.
 */
function withInterviewRoles(spans: QuoteSpan[], quoted: Turn[]): QuoteSpan[] {
  if (quoted.length === 0) return spans;
  // each span takes the first turn (in `quoted` order) holding its start: turns visit the spans they hold, by binary
  // search over the spans' starts, so that thousands of answers in marks stay linear
  const order = spans.map((_, i) => i).sort((x, y) => spans[x].parts[0][0] - spans[y].parts[0][0]);
  const starts = order.map((i) => spans[i].parts[0][0]);
  const holder: Array<Turn | undefined> = new Array(spans.length);
  for (const turn of quoted)
    for (let k = firstAtOrAfter(starts, turn.start); k < starts.length && starts[k] < turn.end; k++)
      holder[order[k]] ??= turn;
  return spans.map((s, i) => {
    const t = holder[i];
    return t?.role && !s.interview ? { ...s, interview: t.role } : s;
  });
}

/** The index of the first value ≥ `x` in ascending `values` (its length if none). */
function firstAtOrAfter(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A turn whose words are themselves in quotation marks ('AL-SULAITI: "We started with nothing …"') is left to that
 * quote; one that only cites someone inside it ('A: An old man looked up and said, "I've been in better bus
 * shelters." I laughed.') is still the speaker's turn, and the cited words are a quote of their own inside it. The
 * quotes' parts, sorted once, so that each turn looks only at the parts it overlaps.
 */
class SortedParts {
  private readonly parts: Array<[number, number]>;
  /** The largest end among parts[0..i]: parts ending before a turn are skipped by binary search over it. */
  private readonly reach: number[] = [];

  constructor(spans: readonly QuoteSpan[]) {
    this.parts = spans.flatMap((s) => s.parts).sort((x, y) => x[0] - y[0]);
    let most = -Infinity;
    for (const [, b] of this.parts) this.reach.push((most = Math.max(most, b)));
  }

  /** Marks cover more than half of the turn's words. */
  coverMostOf(t: Turn): boolean {
    let quoted = 0;
    for (let k = firstAfter(this.reach, t.start); k < this.parts.length && this.parts[k][0] < t.end; k++) {
      const [a, b] = this.parts[k];
      quoted += Math.max(0, Math.min(b, t.end) - Math.max(a, t.start));
    }
    return quoted * 2 > t.end - t.start;
  }
}

/** The index of the first value > `x` in ascending `values` (its length if none). */
function firstAfter(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every paragraph that opens with "Q:" or "A:" (or "Question:", "Answer:"), with its role. */
function interviewTurns(doc: Doc): Turn[] {
  return labelledParagraphs(doc, INTERVIEW_LABEL, 16).map((t) => ({
    ...t,
    role: t.label.startsWith('Q') ? 'question' : 'answer',
  }));
}

function isInterview(turns: Turn[]): boolean {
  const answers = turns.filter((t) => t.role === 'answer').length;
  return answers >= MIN_ANSWERS && answers < turns.length;
}

/** Every paragraph that opens with a label in capitals, with the span of its words after the label. */
function transcriptTurns(doc: Doc): Turn[] {
  return labelledParagraphs(doc, TURN_LABEL, 96);
}

/** Paragraphs whose first `reach` characters match `label` (group 1 the label), with the words after it. */
function labelledParagraphs(doc: Doc, label: RegExp, reach: number): Turn[] {
  const { lines, text } = doc;
  const turns: Turn[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].paragraphStart) continue;
    const m = label.exec(text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + reach)));
    if (!m) continue;
    let last = i;
    while (last + 1 < lines.length && !lines[last + 1].paragraphStart) last++;
    turns.push({ label: m[1], start: lines[i].start + m[0].length, end: trimmedEnd(text, lines[last].end) });
  }
  return turns;
}

function isConversation(turns: Turn[]): boolean {
  if (turns.length < MIN_TURNS) return false;
  const uses = new Map<string, number>();
  // "SEN. MARIA CANTWELL:" then "CANTWELL:" is one speaker used twice: labels count by their last word
  for (const t of turns) {
    const key = t.label.split(' ').pop() ?? t.label;
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return uses.size >= 2 && [...uses.values()].some((n) => n >= 2);
}

function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * "Q. How has it gone?", "A. Busy.": a printed interview's label with the turn's first word reads as an initial and a
 * name ("Q. How"). The label is no part of a name, and the capital of a turn's first word makes none: what is left at
 * the turn's start is a name only as a full name of two words or more.
 */
export function withoutTurnLabels<T extends Span>(text: string, spans: ReadonlyArray<QuoteSpan>, people: T[]): T[] {
  const starts = spans.filter((s) => s.interview).map((s) => s.parts[0][0]);
  if (starts.length === 0) return people;
  const out: T[] = [];
  for (const p of people) {
    const turn = starts.find(
      (w) => p.start <= w && p.start >= w - LABEL_REACH && !text.slice(p.start, w).includes('\n'),
    );
    if (turn === undefined) out.push(p);
    else if (p.end > turn && /\s/.test(text.slice(turn, p.end)))
      out.push({ ...p, start: turn, text: text.slice(turn, p.end) });
  }
  return out;
}
/** The longest label before a turn's words: "Question: ". */
const LABEL_REACH = 12;

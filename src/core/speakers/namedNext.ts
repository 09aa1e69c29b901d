/**
 * Delayed identification, a news lede's habit: a speaker first described, then named in the next sentence. "The
 * mayor's right-hand woman rallied supporters, saying: '…' Ann Bell, the deputy mayor, emailed them later" — the
 * description is Ann Bell. Only a person named there for the first time, opening the sentence right after the
 * description's, and of a compatible gender.
 */
import type { Span } from '../types';
import type { Gender } from './gender';
import { firstNameGender } from './gender';

/** Characters from the description to the name: the rest of its sentence and the opening of the next. */
const REACH = 400;

export interface NamedNextQuery {
  text: string;
  /** The recognizer's person names, in text order. */
  people: readonly Span[];
  /** End of the description. */
  after: number;
  gender: Gender | undefined;
  isQuoted: (start: number, end: number) => boolean;
  /** Was this name (or its surname) given before the description? */
  namedBefore: (name: string) => boolean;
}

/** The full name opening the next sentence that identifies the description, or null. */
export function personNamedNext(q: NamedNextQuery): Span | null {
  const next = q.people.find((p) => p.start >= q.after && !q.isQuoted(p.start, p.end) && !isByline(q.text, p));
  if (!next || next.start - q.after > REACH || !/\s/.test(next.text)) return null;
  if (!opensNextSentence(q.text, q.after, next.start) && !apposed(q.text, q.after, next.start)) return null;
  // the subject of a clause ("Ann Bell, the deputy mayor, said", "Ann Bell emailed"), not a signature or a headline
  if (!/^\s*(?:,|\p{Ll})/u.test(q.text.slice(next.end, next.end + 3))) return null;
  if (q.namedBefore(next.text)) return null;
  const g = firstNameGender(next.text.split(/\s+/)[0]);
  if (q.gender && g && g !== q.gender) return null;
  return next;
}

/**
 * "By Graham Lachance" alone on its line under a headline: the writer, no one the headline's description introduces
 * ("'…': Winnipeg ER doctor on her new book" ¶ "By Graham Lachance" ¶ "Dr. Noor Habibi has worked …").
 */
function isByline(text: string, p: Span): boolean {
  return (
    BYLINE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(p.end, p.end + 8))
  );
}
const BYLINE_BEFORE = /(?:^|\n)[ \t]*By[ \t]+$/;

/**
 * "Rivera's deputy, Ann Bell, said", "the ranking Democrat, Senator Dianne Whitford, said": the name in apposition
 * right after the description, with its title if it has one.
 */
function apposed(text: string, after: number, start: number): boolean {
  return /^,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(after, start));
}

/** `start` opens a sentence (after ". ", '." ', a line break), and exactly one sentence ends between. */
function opensNextSentence(text: string, after: number, start: number): boolean {
  let i = skipBack(text, after, start - 1);
  // a byline between a headline and its lede is no sentence of the story: "By Graham Lachance"
  const lineStart = text.lastIndexOf('\n', i) + 1;
  if (lineStart > after && BYLINE_LINE.test(text.slice(lineStart, i + 1))) i = skipBack(text, after, lineStart - 1);
  // a headline ends without a full stop: its line break ends it ("… doctor on her new book" ¶ "Noor Habibi has …")
  const lineEnd = text.indexOf('\n', i);
  const broken = lineEnd >= 0 && lineEnd < start;
  if (i <= after || !(broken || /[.!?]/.test(text[i]))) return false;
  // the description's own sentence ends at i: no earlier sentence end between it and the description
  const between = text.slice(after, i).replace(/["“][^"”]*["”]/g, '');
  return !/[.!?]\s/.test(between);
}

/** The last character at or before `i` (not before `after`) that is no space or quotation mark. */
function skipBack(text: string, after: number, i: number): number {
  let k = i;
  while (k > after && /[\s"'“”‘’]/.test(text[k])) k--;
  return k;
}

/** A line holding only a byline: "By Graham Lachance". */
const BYLINE_LINE = /^[ \t]*By[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*$/u;

/** Characters ahead where a titled name may identify "the judge" (a few paragraphs). */
const TITLE_REACH = 1500;

/**
 * "'…,' the judge exclaimed. … Judge Berman professed his surprise": an office nobody named so far holds, held by the
 * next person named with that title. The span is the name with its title.
 */
export function titledPersonAhead(text: string, people: readonly Span[], at: number, head: string): Span | null {
  const title = new RegExp(`(?:^|\\s)${head}\\s*$`, 'i');
  for (const p of people) {
    if (p.start <= at) continue;
    if (p.start - at > TITLE_REACH) return null;
    const titled =
      p.text.toLowerCase().startsWith(`${head} `) || title.test(text.slice(p.start - head.length - 2, p.start));
    if (titled && /\p{Lu}/u.test(text.slice(p.start - head.length - 1, p.start + 1))) return p;
  }
  return null;
}

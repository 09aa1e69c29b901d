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
  const next = q.people.find((p) => p.start >= q.after && !q.isQuoted(p.start, p.end));
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
 * "Rivera's deputy, Ann Bell, said", "the ranking Democrat, Senator Dianne Whitford, said": the name in apposition
 * right after the description, with its title if it has one.
 */
function apposed(text: string, after: number, start: number): boolean {
  return /^,\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(after, start));
}

/** `start` opens a sentence (after ". ", '." ', a line break), and exactly one sentence ends between. */
function opensNextSentence(text: string, after: number, start: number): boolean {
  let i = start - 1;
  while (i > after && /[\s"'“”‘’]/.test(text[i])) i--;
  if (i <= after || !/[.!?\n]/.test(text[i])) return false;
  // the description's own sentence ends at i: no earlier sentence end between it and the description
  const between = text.slice(after, i).replace(/["“][^"”]*["”]/g, '');
  return !/[.!?]\s/.test(between);
}

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

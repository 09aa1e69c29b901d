/**
 * Printed interviews ("Q: What surprised you most? ¶ A: How much of the job is weather."): the labels say who asks and
 * who answers, not their names. An answer is the words of the person the introduction presents (the one it names
 * most often before the first turn: "Captain Ada Marsh took over the port … She spoke to the Courier"); a question
 * is the interviewer's, named by the byline ("By Lena Ortiz") when there is one, and nobody's otherwise.
 */
import type { Doc } from '../text/document';
import type { InterviewRole, QuoteSpan } from '../quotes/quoteSpans';
import type { Attribution } from './cues';
import { phraseRight, type Phrase } from './phrases';
import { ROLE_NOUNS } from '../lexicon/lexicon';

/** "By Lena Ortiz" alone on a line near the top: the interviewer. */
const BYLINE = /(?:^|\n)[ \t]*By[ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]*(?=\n|$)/u;
/** How far into the article a byline is looked for. */
const BYLINE_REACH = 400;

export interface Interview {
  interviewee: Phrase | null;
  interviewer: Phrase | null;
}

/** Who answers and who asks in the article's interview turns, or null when it has none. */
export function interviewOf(doc: Doc, spans: QuoteSpan[]): Interview | null {
  const first = spans.find((s) => s.interview);
  if (!first) return null;
  const turnsStart = first.parts[0][0];
  const byline = bylineName(doc);
  const staff = byline ? null : staffName(doc, turnsStart);
  return { interviewee: introducedPerson(doc, turnsStart, byline, staff), interviewer: byline ?? staff };
}

/** The attribution of one interview turn: its role's speaker, "how" telling the hover why. */
export function interviewAttribution(interview: Interview, role: InterviewRole): Attribution {
  const speaker = role === 'answer' ? interview.interviewee : interview.interviewer;
  return { speaker, cue: null, how: speaker ? 'interview' : 'none' };
}

/** The byline's name as a phrase, when the article opens with one. */
function bylineName(doc: Doc): Phrase | null {
  const m = BYLINE.exec(doc.text.slice(0, BYLINE_REACH));
  if (!m) return null;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  return nameAt(doc, start, start + m[1].length);
}

/**
 * "Our food writer, Jonah Whitcombe, met her at the new shop": without a byline, the outlet's own journalist named in
 * the introduction asks the questions ("our" and a role ending on a role noun, then the name). "Our neighbour Tom
 * Hale" is no one's interviewer: "neighbour" names no role.
 */
function staffName(doc: Doc, before: number): Phrase | null {
  const m = OUR_STAFF.exec(doc.text.slice(0, before));
  const role = m?.[1].trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!m || !ROLE_NOUNS.has(role)) return null;
  const start = m.index + m[0].length - m[2].length;
  return nameAt(doc, start, start + m[2].length);
}
const OUR_STAFF =
  /\b[Oo]ur((?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3}),?[ \t]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})/u;

/** The person named most often before the turns (the first of them on a tie), outside the byline and the staff. */
function introducedPerson(doc: Doc, before: number, byline: Phrase | null, staff: Phrase | null): Phrase | null {
  const bylineEnd = byline ? doc.tokens[byline.to - 1].end : -1;
  const asker = staff ? [doc.tokens[staff.from].start, doc.tokens[staff.to - 1].end] : null;
  const counts = new Map<string, number>();
  const firstOf = new Map<string, { start: number; end: number }>();
  for (const p of doc.people) {
    if (p.start >= before) break;
    if (p.end <= bylineEnd || (asker && p.start < asker[1] && p.end > asker[0])) continue;
    const surname =
      p.text
        .split(/\s+/)
        .pop()
        ?.replace(/['’]s$/, '') ?? p.text;
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
    const seen = firstOf.get(surname);
    // the fullest mention names the person: "Ada Marsh" rather than a later "Marsh"
    if (!seen || p.end - p.start > seen.end - seen.start) firstOf.set(surname, { start: p.start, end: p.end });
  }
  let best: string | null = null;
  for (const [surname, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = surname;
  const mention = best === null ? undefined : firstOf.get(best);
  return mention ? nameAt(doc, mention.start, mention.end) : null;
}

/** The name phrase covering exactly [start, end) of the text. */
function nameAt(doc: Doc, start: number, end: number): Phrase | null {
  const from = doc.tokenAt(start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to].end <= end) to++;
  if (to <= from) return null;
  const phrase = phraseRight(doc.tokens, from, to, doc.text);
  return phrase && phrase.kind === 'name' ? phrase : { from, to, kind: 'name', nameFrom: from, nameTo: to };
}

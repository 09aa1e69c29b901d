/**
 * Paragraph starts that the layout of a news article shows even when its line breaks are lost (lostBreaks.ts): the
 * dateline that opens the body ("Port Selden Gazette. PORT SELDEN, Maine (AP) — The harbour board …"), a Title Case
 * headline glued before the first sentence ("Harbour Board Delays Vote The harbour board put off …"), a separator
 * between the items of a running story ("___") and the credit line that closes a wire story ("(Reporting by …").
 * The headline and dateline are looked for in the line's first HEAD_REACH characters only; the other two by plain
 * global searches with no leading run, so the whole stays linear.
 */
import { DOTTED_ABBREVIATIONS } from '../lexicon/entityWords';
import { ARTICLES, TITLE_SMALL_WORDS } from '../lexicon/functionWords';
import type { LineRange } from './lostBreaks';

/** How far into a line its headline and dateline are looked for: headlines are short. */
const HEAD_REACH = 300;

/**
 * A dateline: a place in capitals ("WASHINGTON", "BOCA RATON", "ST. LOUIS") or in Title Case before a news agency
 * ("Mexico City (AFP)"), maybe a state or a date after a comma (", Fla.", ", Dec. 11"), maybe an agency, then a dash.
 * Only ever matched on a line's first HEAD_REACH characters.
 */
const DATELINE =
  /(?<=^|\s)(?:\p{Lu}{2,}(?:[ .'’-]{1,2}\p{Lu}{2,}){0,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?= \())(?:, [\p{Lu}\d][\p{L}\d.]*(?: [\p{L}\d.]+)?){0,2}(?: \([\p{L} ]{1,20}\))? ?(?:—|―|–|--|-) /gu;

/** Capitalized words a glued headline shows at least, before the lede begins. */
const HEADLINE_MIN_CAPS = 3;
/** Words before the lede's first lower-case word within which its determiner stands ("The harbour board put"). */
const SUBJECT_REACH = 4;
/** Share of a first sentence's longer words that are capitalized for it to read as a Title Case headline. */
const TITLE_SHARE = 0.8;
/** A Title Case headline ending on a full stop, as some archives store it, is this short at most. */
const HEADLINE_CHARS = 160;

/** "___" between the items of a running story ("… said. ___. 12:30 p.m. …"): the next item opens a paragraph. */
const SEPARATOR = /_{3,}\.?[ \t]+/gu;
/** A wire story's credit line: "(Reporting by …; Editing by …)". */
const CREDITS = /\((?:Additional reporting|Reporting|Writing) by /gu;

/** The offsets inside `range` (never its start) where the article's layout opens a paragraph, in order. */
export function markedStarts(text: string, range: LineRange): number[] {
  const starts = headStarts(text, range);
  for (const re of [SEPARATOR, CREDITS]) {
    re.lastIndex = range.start;
    for (let m = re.exec(text); m && m.index < range.end; m = re.exec(text)) {
      const at = re === SEPARATOR ? m.index + m[0].length : m.index;
      if (at > range.start && at < range.end && /\s/.test(text[at - 1])) starts.push(at);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** Where the headline ends and the body starts: before a dateline, else after a Title Case headline. */
function headStarts(text: string, range: LineRange): number[] {
  const head = text.slice(range.start, Math.min(range.end, range.start + HEAD_REACH));
  const dateline = datelineAt(head);
  if (dateline > 0) return [range.start + dateline];
  if (dateline === 0) return [];
  const after = titleHeadlineEnd(head);
  return after > 0 ? [range.start + after] : [];
}

/**
 * Where the dateline in `head` starts, or -1: not after a lower-case word ("… agreement with the DNC — saying …"
 * is a dash in a sentence).
 */
function datelineAt(head: string): number {
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(head); m; m = DATELINE.exec(head)) {
    const before = /(\S+)\s+$/u.exec(head.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
    if (m.index === 0 || !/^\p{Ll}/u.test(before) || /[.!?]["”’']?$/u.test(before)) return m.index;
    DATELINE.lastIndex = m.index + m[0].length;
  }
  return -1;
}

/**
 * The offset in `head` where the lede starts after a Title Case headline, or -1: after the first sentence when its
 * words are capitalized ("Harbour Board Delays Vote on Breakwater. The board …"), or, with no full stop between,
 * before the determiner that opens the lede ("Harbour Board Delays Vote The harbour board put off …").
 */
function titleHeadlineEnd(head: string): number {
  const words = [...head.matchAll(/\S+/gu)];
  let lede = -1;
  let longer = 0;
  let longerCaps = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0];
    const end = (words[i].index ?? 0) + w.length;
    const capital = /^["“‘']?\p{Lu}/u.test(w);
    if (/\p{L}{4}/u.test(w)) {
      longer++;
      if (capital) longerCaps++;
    }
    if (/[.!?]["”’']?$/u.test(w) && !isAbbreviation(w) && /^["“‘']?\p{Lu}/u.test(words[i + 1]?.[0] ?? '')) {
      // a sentence ends here: the headline goes on while its sentences are short and in Title Case ("Claim Is Not
      // True. Not Yet, At Least."); the first needs HEADLINE_MIN_CAPS long words
      const title = longer >= (lede < 0 ? HEADLINE_MIN_CAPS : 0) && longerCaps >= longer * TITLE_SHARE;
      if (!title || end > HEADLINE_CHARS || i + 1 >= words.length) return lede;
      lede = words[i + 1].index ?? -1;
      longer = longerCaps = 0;
      continue;
    }
    if (lede >= 0 || !/^\p{Ll}/u.test(w) || TITLE_SMALL_WORDS.has(w)) continue;
    // the first lower-case word that Title Case would capitalize: the lede has begun
    return gluedLedeStart(words, i);
  }
  return lede;
}

/**
 * Before the lede's subject determiner, within SUBJECT_REACH words before `lower`, when a headline of
 * HEADLINE_MIN_CAPS capitalized words precedes it.
 */
function gluedLedeStart(words: RegExpMatchArray[], lower: number): number {
  for (let j = lower - 1; j >= Math.max(HEADLINE_MIN_CAPS, lower - SUBJECT_REACH); j--) {
    const w = words[j][0];
    if (!/^\p{Lu}/u.test(w) || !ARTICLES.has(w.toLowerCase())) continue;
    // "… of The Hill said", "Obama: A Tortured Relationship": a determiner after a small word belongs to a name, and
    // one after a colon opens a subtitle
    const before = words[j - 1][0];
    if (TITLE_SMALL_WORDS.has(before.toLowerCase()) || /[:;,]$/.test(before)) return -1;
    const headline = words.slice(0, j).filter((x) => /^["“‘']?\p{Lu}/u.test(x[0])).length;
    return headline >= HEADLINE_MIN_CAPS ? (words[j].index ?? -1) : -1;
  }
  return -1;
}

/** "Mr.", "Gov.", "U.S.", "J.": a full stop that ends no sentence. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^["“‘']+/u, '').replace(/\.$/u, '');
  return bare.length === 1 || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(bare) || DOTTED_ABBREVIATIONS.has(bare.toLowerCase());
}

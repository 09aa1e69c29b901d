/**
 * British, Irish, Australian and Indian papers quote speech with single marks ('We held fares down,' she said),
 * where American ones use double marks. A single mark is more often an apostrophe than a quote, so a line alone
 * admits its single marks only as a headline; an article decides for all its lines: when its single marks that can
 * open a quote outnumber its double opening marks, it quotes with singles, and every word-edge single mark counts.
 * Example: ten paragraphs of "'…,' Ms Marr said" and no double mark → singles; an American article with a nested
 * 'yes' inside twelve double-quoted passages → doubles only.
 */
import type { DocMark } from './document';
import { PLAIN_SPEECH_CUES } from '../lexicon/speechVerbs';

/** At least this many single marks that can open, so that two stray apostrophes ('90s, 'em) do not decide. */
const MIN_SINGLE_OPENERS = 2;

/**
 * The article quotes with single marks: more of them can open a quote than double marks (and guillemets) can, or it
 * has no double mark at all and one quoted sentence in singles (see quotesOneSentence).
 */
export function quotesWithSingles(text: string, marks: readonly DocMark[], singles: readonly DocMark[]): boolean {
  // a short line quoting with singles ("The coach smiled: 'He is special.'") has them among `marks` already
  let singleOpeners = 0;
  for (const m of singles) if (m.canOpen && !m.canClose) singleOpeners++;
  let otherOpeners = 0;
  for (const m of marks)
    if (m.family !== 'single') otherOpeners += m.canOpen ? 1 : 0;
    else if (m.canOpen && !m.canClose) singleOpeners++;
  if (singleOpeners >= MIN_SINGLE_OPENERS) return singleOpeners > otherOpeners;
  return otherOpeners === 0 && quotesOneSentence(text, singles);
}

/**
 * A single opening mark closed later in its line by a mark right after a comma: a quoted sentence handing over to
 * its attribution, as an article with one quote prints it ("… commander-in-chief. ‘I stand by it,’ the senator
 * said."). Stray apostrophes ('90s, 'em) never close after a comma; a closing stop counts only as
 * stoppedThenAttributed reads it, as an interview's "if you tell people, 'Get out!'" quotes no one.
 */
function quotesOneSentence(text: string, singles: readonly DocMark[]): boolean {
  for (let i = 0; i + 1 < singles.length; i++) {
    const open = singles[i];
    const close = singles[i + 1];
    if (!open.canOpen || open.canClose || !close.canClose || close.line !== open.line) continue;
    if (text[close.at - 1] === ',' || stoppedThenAttributed(text, open.at, close.at)) return true;
  }
  return false;
}

/** Words after the closing mark in which the reporting verb must come ("’ Mara Quill said", "’ said the mayor"). */
const ATTRIBUTION_REACH = 4;

/**
 * A whole sentence in singles, ended by its own stop and followed by its speaker and a reporting verb, some outlets
 * printing no comma: "‘I guess the hall was booked.’ Mara Quill said." It must open a sentence (line start or after a
 * stop), so "if you tell people, ‘Get out!’ they leave" stays unquoted, and the verb must follow within a few
 * words, so "‘It is over.’ The senator left." decides nothing.
 */
function stoppedThenAttributed(text: string, openAt: number, closeAt: number): boolean {
  if (!/[.?!]/.test(text[closeAt - 1] ?? '') || !opensSentence(text, openAt)) return false;
  const after = /^\s+((?:[\p{L}.'’-]+\s+){0,3}[\p{L}]+)/u.exec(text.slice(closeAt + 1, closeAt + 80));
  if (!after) return false;
  const ws = after[1].split(/\s+/).slice(0, ATTRIBUTION_REACH);
  return ws.some((w) => PLAIN_SPEECH_CUES.has(w.toLowerCase()));
}

/** The mark starts its line or follows a sentence's stop ("… arrived. ‘I guess …"). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || /[.?!:]/.test(text[i]);
}

/**
 * An article that opens its single quotes with the curly ‘ types its apostrophes curly too, so a straight ' in it
 * that no straight mark on its line answers is an apostrophe left by a paste or another hand ("‘We've been playin'
 * well,’ said Ann Pike", "since the '90s"), never a quote's mark: paired with a curly one it would quote half a
 * paragraph. A straight pair on one line still quotes (a subhead "'Totally fair.'" typed by another desk), and an
 * article with as many straight openers as curly ones keeps them all (quoted with both, it decides nothing).
 */
export function straightAreApostrophes(text: string, marks: readonly DocMark[], singles: readonly DocMark[]): boolean {
  let curly = 0;
  let straight = 0;
  const count = (m: DocMark): void => {
    if (m.family !== 'single' || !m.canOpen || m.canClose) return;
    if (text[m.at] === '‘') curly++;
    else if (text[m.at] === "'") straight++;
  };
  marks.forEach(count);
  singles.forEach(count);
  return curly > straight;
}

/**
 * The list without its stray straight single marks: an opener no straight mark on its line closes ("the '90s"), and a
 * closer that a curly closer follows on its line ("‘We've been playin' well,’": the quote has its own). A straight
 * closer with no curly one after it may still end a curly quote its line leaves open ("his ‘D-minus’ rating … the
 * victims' families": the plural's mark, scan.ts's withPluralClosers). Linear.
 */
export function withoutStraightSingles(text: string, marks: DocMark[]): DocMark[] {
  const straight = (m: DocMark): boolean => m.family === 'single' && text[m.at] === "'";
  const stray = new Set<DocMark>();
  let open: DocMark | null = null;
  let closer: DocMark | null = null;
  for (const m of marks) {
    if (m.family !== 'single') continue;
    if (open && open.line !== m.line) {
      stray.add(open);
      open = null;
    }
    // the straight closer just before: stray when this mark, on its line, is a curly closer
    if (closer && closer.line === m.line && !straight(m) && m.canClose) stray.add(closer);
    closer = null;
    if (!straight(m)) continue;
    if (open && m.canClose) open = null;
    else if (m.canOpen) open = m;
    else closer = m;
  }
  if (open) stray.add(open);
  return stray.size === 0 ? marks : marks.filter((m) => !stray.has(m));
}

/** Both lists, each in document order, as one list in document order. Linear. */
export function mergedMarks(a: readonly DocMark[], b: readonly DocMark[]): DocMark[] {
  const out: DocMark[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].at <= b[j].at)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

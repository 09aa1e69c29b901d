/**
 * Per-line work, cached by line text: tokens, quotation marks with the side(s) they can stand on, entities.
 * Everything here depends only on the line's own text, so re-analysing an edited article redoes only changed lines.
 * Offsets are relative to the line.
 */
import { findEntities, type EntityMentions } from '../entities/index';
import { tokenize } from '../entities/tokenize';
import { AFTER_CLOSE, BEFORE_OPEN } from '../lexicon/functionWords';

/** Quotation mark families: marks only pair within a family. */
export type MarkFamily = 'straight' | 'curly' | 'guillemet' | 'single' | 'singleGuillemet';

export interface QuoteMark {
  /** Offset in the line. */
  pos: number;
  /** Characters of the mark: 2 for a doubled apostrophe ('' as in some wire text), else 1. */
  width: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
}

export interface LineToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  cap: boolean;
  word: boolean;
}

export interface LineScan {
  tokens: LineToken[];
  marks: QuoteMark[];
  /**
   * Single marks that could quote but that the line alone does not admit (it is no headline): they count only in an
   * article that quotes with single marks throughout (British style, see text/singleQuoteStyle.ts).
   */
  singles: QuoteMark[];
  entities: EntityMentions;
}

function isSpace(c: string): boolean {
  return (
    c === '' ||
    c === ' ' ||
    c === '\t' ||
    c === '\n' ||
    c === '\r' ||
    c === '\u00a0' ||
    c === '\u2028' ||
    c === '\u2029'
  );
}

/** Classifies a double quotation mark by the characters around it; apostrophes and single quotes are never marks. */
function classify(line: string, i: number, width: number): QuoteMark | null {
  const c = width === 2 ? '"' : line[i];
  const prev = i > 0 ? line[i - 1] : '';
  const next = i + width < line.length ? line[i + width] : '';
  const openContext = (isSpace(prev) || BEFORE_OPEN.has(prev)) && !isSpace(next);
  const closeContext = !isSpace(prev) && (isSpace(next) || AFTER_CLOSE.has(next));
  switch (c) {
    case '"':
    case '\uff02':
      if (!openContext && !closeContext) {
        // glued on both sides (`said"No`): side by the letter case that follows
        return { pos: i, width, family: 'straight', canOpen: /\p{Lu}/u.test(next), canClose: !/\p{Lu}/u.test(next) };
      }
      return { pos: i, width, family: 'straight', canOpen: openContext, canClose: closeContext };
    case '“': // English opener, German closer
      return {
        pos: i,
        width,
        family: 'curly',
        canOpen: !isSpace(next) && !(closeContext && !openContext),
        canClose: closeContext,
      };
    case '”': // English closer; some texts also open with it
      return { pos: i, width, family: 'curly', canOpen: openContext, canClose: !isSpace(prev) || !openContext };
    case '„':
      return { pos: i, width, family: 'curly', canOpen: true, canClose: false };
    case '‟':
      return { pos: i, width, family: 'curly', canOpen: true, canClose: false };
    case '«':
      return { pos: i, width, family: 'guillemet', canOpen: true, canClose: closeContext && !openContext };
    case '»':
      return { pos: i, width, family: 'guillemet', canOpen: openContext && !closeContext, canClose: true };
    // single guillemets quote on their own in Swiss and some French copy, or a quote inside «…»: their own family
    case '‹':
      return { pos: i, width, family: 'singleGuillemet', canOpen: true, canClose: closeContext && !openContext };
    case '›':
      return { pos: i, width, family: 'singleGuillemet', canOpen: openContext && !closeContext, canClose: true };
    default:
      return null;
  }
}

const MARK_CHARS = /''|["\uff02“”„‟«»‹›]/g;

/** Lines this short may be headlines, where single quotes stand for double ones ("Mayor: 'We will rebuild'"). */
const HEADLINE_CHARS = 160;
const SINGLE_CHARS = /['‘’]/g;
const LETTER = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;

/**
 * What a single opening mark may stand before besides a letter: a bracket the writer added ('[He] said'), an
 * ellipsis, a nested double mark, a handle ('.@Lee'), an elided letter ('’Twas'). An apostrophe ends a word or
 * stands inside one, so none of these follows it.
 */
const OPENS_BEFORE = /[\p{L}\p{N}[(“"…@#’'.]/u;

function singleMark(line: string, i: number): QuoteMark | null {
  const c = line[i];
  const prev = i > 0 ? line[i - 1] : '';
  const next = i + 1 < line.length ? line[i + 1] : '';
  // an apostrophe sits inside a word (won't) or after a plural (farmers'): only word-edge marks can quote
  const canOpen = c !== '’' && opensAfter(prev, next) && OPENS_BEFORE.test(next) && !isSpace(next);
  const canClose =
    c !== '‘' &&
    !isSpace(prev) &&
    !LETTER.test(next) &&
    !isPluralPossessive(prev, next) &&
    (next === '' || isSpace(next) || AFTER_CLOSE.has(next));
  return canOpen || canClose ? { pos: i, width: 1, family: 'single', canOpen, canClose } : null;
}

/** A space or bracket before the mark, or a comma glued to a capital ("Ryan said,‘Look, …’"). */
function opensAfter(prev: string, next: string): boolean {
  return isSpace(prev) || BEFORE_OPEN.has(prev) || (prev === ',' && /\p{Lu}/u.test(next));
}

/**
 * "the voters’ patience": after a plural and before the next word the mark is an apostrophe; before a stop or a
 * comma, or at the end of the line, it closes a quote ("called it ‘a waste of taxes’.").
 */
function isPluralPossessive(prev: string, next: string): boolean {
  return prev === 's' && next !== '' && isSpace(next);
}

/** Quotation marks of a line: its double marks and guillemets, and its single marks if it reads as a headline. */
export function findMarks(line: string): QuoteMark[] {
  const doubles = doubleMarks(line);
  const singles = singleMarks(line);
  return isHeadlineQuoting(line, singles) ? merged(doubles, singles) : doubles;
}

/** A short line with at least two single marks quotes with them ("Mayor: 'We will rebuild'"). */
function isHeadlineQuoting(line: string, singles: QuoteMark[]): boolean {
  return line.length <= HEADLINE_CHARS && singles.length >= 2;
}

function merged(a: QuoteMark[], b: QuoteMark[]): QuoteMark[] {
  return b.length === 0 ? a : [...a, ...b].sort((x, y) => x.pos - y.pos);
}

/** A markup tag with attributes ('<tweet author="@lee" datetime="2016-02-15">'): its marks quote no one. */
const MARKUP_TAG = /<[A-Za-z][\w:-]*\s[^<>]*>/g;

/** Spans of the line's markup tags, in order; empty for the common line with no "<". */
function markupTags(line: string): Array<[number, number]> {
  if (!line.includes('<')) return [];
  const tags: Array<[number, number]> = [];
  MARKUP_TAG.lastIndex = 0;
  for (let m = MARKUP_TAG.exec(line); m; m = MARKUP_TAG.exec(line)) tags.push([m.index, m.index + m[0].length]);
  return tags;
}

/**
 * A height in feet and inches ('he's like 6’2”', "5'10\""): the double mark after the inches is the inch sign.
 */
function isInchSign(line: string, at: number): boolean {
  return /\d['’]\d{1,2}$/.test(line.slice(Math.max(0, at - 4), at));
}

function doubleMarks(line: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  const tags = markupTags(line);
  let tag = 0;
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(line); m; m = MARK_CHARS.exec(line)) {
    let at = m.index;
    while (tag < tags.length && tags[tag][1] <= at) tag++;
    if ((tag < tags.length && tags[tag][0] < at) || isInchSign(line, at)) continue;
    // ''' closing a nested quote ("a special case,'''"): the single mark comes first, the doubled one last
    if (m[0] === "''" && line[at + 2] === "'" && at > 0 && !isSpace(line[at - 1])) MARK_CHARS.lastIndex = ++at + 2;
    const mark = classify(line, at, m[0].length);
    if (mark && (mark.canOpen || mark.canClose)) marks.push(mark);
  }
  return marks;
}

/** Every single mark of a line at a word's edge, where it could open or close a quote. */
function singleMarks(line: string): QuoteMark[] {
  const singles: QuoteMark[] = [];
  const plurals: number[] = [];
  SINGLE_CHARS.lastIndex = 0;
  for (let m = SINGLE_CHARS.exec(line); m; m = SINGLE_CHARS.exec(line)) {
    if (line[m.index + 1] === "'" || line[m.index - 1] === "'") continue; // part of a doubled mark
    const mark = singleMark(line, m.index);
    if (mark) singles.push(mark);
    else if (
      isPluralPossessive(line[m.index - 1] ?? '', line[m.index + 1] ?? '') &&
      LOWER.test(line[m.index + 2] ?? '')
    )
      plurals.push(m.index);
  }
  return plurals.length === 0 ? singles : withPluralClosers(singles, plurals);
}

/**
 * A quote opened on the line and closed by no mark before the next one opens ends at its last plural's mark before a
 * lower-case word: "opposes ‘across-the-board pay freezes’ and recalled …". Where a closer follows ("‘The voters’
 * patience is gone,’ she said"), that plural's mark stays an apostrophe; before a capital it may be a title's
 * ("‘Anti-Semitic Images’ Have ‘No Place …’" quotes one headline).
 */
function withPluralClosers(singles: QuoteMark[], plurals: number[]): QuoteMark[] {
  const out: QuoteMark[] = [];
  let p = 0;
  for (let i = 0; i < singles.length; i++) {
    const mark = singles[i];
    out.push(mark);
    const next = singles[i + 1];
    while (p < plurals.length && plurals[p] < mark.pos) p++;
    if (!mark.canOpen || mark.canClose || (next && next.canClose)) continue;
    let last = -1;
    while (p < plurals.length && (!next || plurals[p] < next.pos)) last = plurals[p++];
    if (last >= 0) out.push({ pos: last, width: 1, family: 'single', canOpen: false, canClose: true });
  }
  return out;
}

export function scanLine(line: string): LineScan {
  // tokenized once: the entity pass reads the same tokens
  const tokens: LineToken[] = tokenize(line);
  const doubles = doubleMarks(line);
  const singles = singleMarks(line);
  const headline = isHeadlineQuoting(line, singles);
  return {
    tokens,
    marks: headline ? merged(doubles, singles) : doubles,
    singles: headline ? [] : singles,
    entities: findEntities(line, tokens),
  };
}

/**
 * Paragraph breaks recovered in a text that lost them. Scraped archives often store a whole article on one line:
 *
 *   "It is a rusting eyesore," Albright said. Council president Rick Tolliver sees a landmark. "Gene thinks
 *   everything has a price tag," he said.
 *
 * Read as one paragraph, every salience rule misreads it: "he" goes to whoever spoke first in the article. A line of
 * LOST_BREAKS_FROM characters or more is cut where news starts a paragraph, each place found by a named rule below
 * (sentenceCuts). The scan is one pass over the line's sentence ends, so it stays linear in the line's length.
 */
import { DOTTED_ABBREVIATIONS } from '../lexicon/entityWords';
import { PLAIN_SPEECH_CUES, QUESTION_CUES, TELL_CUES } from '../lexicon/speechVerbs';
import { markedStarts } from './paragraphMarkers';

/** A logical line: [start, end) in the text, physical line breaks inside it. */
export interface LineRange {
  start: number;
  end: number;
  /** A paragraph found where the text lost its break (paragraphsOf): it starts one, as after a blank line. */
  recovered?: boolean;
}

/**
 * A line this long is no paragraph but a text whose paragraph breaks were lost. News paragraphs rarely reach 900
 * characters.
 */
export const LOST_BREAKS_FROM = 1500;

/**
 * A sentence end (maybe closing a quotation) before a capitalised word or an opening quotation mark: a candidate cut.
 * It starts with one punctuation mark, not a run, so the global search stays linear.
 */
const SENTENCE_END = /[.!?](?:''|["”’)])?[ \t]+(?=[\p{Lu}“"]|'')/gu;
/** Words of a short attribution whose verb may be any past tense ("Trump tweeted."). */
const SHORT_ATTRIBUTION_WORDS = 3;
/** Letters read back from a sentence end for the word it closes ("Mr", "U.S"): abbreviations are short. */
const WORD_BACK = 12;
/** Characters read after a cut for an attribution ('"…?" Priebus said.'): a few words. */
const ATTRIBUTION_REACH = 60;
/** Words before the first punctuation mark in which an attribution names its verb ("Sen. Ann Hale said,"). */
const ATTRIBUTION_WORDS = 6;

/** What the scan knows at one sentence end. */
interface SentenceEnd {
  /** Offset right after the closing punctuation (and any closing mark). */
  end: number;
  /** Offset of the next sentence's first character. */
  next: number;
  /** The sentence ended with a quotation mark after its full stop ('… a liability."'). */
  closedByMark: boolean;
  /** The next sentence opens with a quotation mark. */
  nextIsQuote: boolean;
  /** A double quotation is still open here (the cut would fall inside a quote). */
  open: boolean;
  /** The sentence just ended holds a quotation mark. */
  marksInSentence: boolean;
  /** A quotation closed since the last cut. */
  quotedSinceCut: boolean;
  /** The word the full stop closes ("Mr", "U.S", "said"). */
  word: string;
}

/** A named reason to cut at a sentence end. */
interface CutRule {
  name: string;
  cuts: (text: string, s: SentenceEnd) => boolean;
}

const SENTENCE_CUTS: CutRule[] = [
  {
    // '"…," Tolliver said. The dispute has spilled …': narration after a quote paragraph opens the next one
    name: 'narration after a quote',
    cuts: (_text, s) => !s.nextIsQuote && s.quotedSinceCut,
  },
  {
    // 'Kessler has asked the two men to sit apart. "I love them both," she said.': a quote opening a sentence after
    // narration that quoted no one opens a paragraph (train: three times in four)
    name: 'quote after narration',
    cuts: (_text, s) => s.nextIsQuote && !s.marksInSentence,
  },
  {
    // '"… a liability." "We insure a thing …"': a quote right after another one opens a new paragraph
    name: 'quote after a quote',
    cuts: (_text, s) => s.nextIsQuote && s.closedByMark,
  },
];

/**
 * A line of LOST_BREAKS_FROM characters or more cut where a paragraph starts (SENTENCE_CUTS); never inside an open
 * quotation ('"No," he said. "Never."' stays whole), nor after an abbreviation ("said Mr. Hale").
 */
export function paragraphsOf(text: string, range: LineRange): LineRange[] {
  if (range.end - range.start < LOST_BREAKS_FROM) return [range];
  const marked = markedStarts(text, range);
  const starts = sentenceStarts(text, range);
  const all = marked.length === 0 ? starts : [...new Set([...starts, ...marked])].sort((a, b) => a - b);
  const out: LineRange[] = [];
  let from = range.start;
  for (const at of all) {
    let end = at;
    while (end > from && /\s/.test(text[end - 1])) end--;
    out.push({ start: from, end, recovered: from > range.start });
    from = at;
  }
  out.push({ start: from, end: range.end, recovered: from > range.start });
  return out;
}

/** The offsets where a sentence end opens a paragraph by one of SENTENCE_CUTS, in order. */
function sentenceStarts(text: string, range: LineRange): number[] {
  const out: number[] = [];
  let state: QuoteState = { open: false, closed: false, marks: false };
  let quotedSinceCut = false;
  // marks since the last sentence end: an abbreviation's full stop ("Sen. Tom Carper") ends no sentence
  let sentenceMarks = false;
  let scanned = range.start;
  SENTENCE_END.lastIndex = range.start;
  for (let m = SENTENCE_END.exec(text); m && m.index < range.end; m = SENTENCE_END.exec(text)) {
    const next = m.index + m[0].length;
    const end = m.index + m[0].trimEnd().length;
    state = quoteStateAfter(text, scanned, end, state.open);
    quotedSinceCut ||= state.closed;
    sentenceMarks ||= state.marks;
    scanned = end;
    const word = wordBefore(text, m.index);
    if (state.open || DOTTED_ABBREVIATIONS.has(word.toLowerCase()) || word.length === 1) continue;
    // '"What do I have?" Trump asked, …': the quote's question mark ends no sentence when its attribution follows
    if (text[next] !== undefined && /\p{Lu}/u.test(text[next]) && attributionFollows(text, next)) continue;
    const marksInSentence = sentenceMarks;
    sentenceMarks = false;
    const s: SentenceEnd = {
      end,
      next,
      closedByMark: /["”]|''/.test(text.slice(m.index + 1, end)),
      nextIsQuote: text[next] !== undefined && !/\p{Lu}/u.test(text[next]),
      open: state.open,
      marksInSentence,
      quotedSinceCut,
      word,
    };
    if (!SENTENCE_CUTS.some((r) => r.cuts(text, s))) continue;
    out.push(next);
    quotedSinceCut = false;
  }
  return out;
}

/**
 * Whether the words after `at` attribute the quote before: a few words up to the first punctuation mark naming a
 * speech verb ("Priebus said.", "Mrs. Clinton asked,"; not "Trump said he would build it."); an abbreviation's full
 * stop ("Mrs.") does not end them.
 */
function attributionFollows(text: string, at: number): boolean {
  const words = text.slice(at, at + ATTRIBUTION_REACH).split(' ');
  let verb = false;
  let pastTense = false;
  for (let i = 0; i < words.length - 1 && i < ATTRIBUTION_WORDS; i++) {
    const bare = words[i].replace(/[,.;:!?“”"]+$/, '');
    const lower = bare.toLowerCase();
    verb ||= PLAIN_SPEECH_CUES.has(lower) || QUESTION_CUES.has(lower) || TELL_CUES.has(lower);
    pastTense ||= bare === lower && /\p{L}{3}ed$/u.test(bare);
    const mark = words[i].slice(bare.length);
    if (mark === '' || (mark === '.' && (DOTTED_ABBREVIATIONS.has(lower) || bare.length === 1))) continue;
    // "Trump tweeted.", "Hannity pressed.": a verb no list names, in a clause too short to be narration
    return verb || (pastTense && i < SHORT_ATTRIBUTION_WORDS);
  }
  return false;
}

/** The letters and digits right before `at`, at most WORD_BACK of them: "Mr" before "Mr. Hale". */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < WORD_BACK && /[\p{L}\p{N}]/u.test(text[i - 1])) i--;
  return text.slice(i, at);
}

interface QuoteState {
  /** A double quotation is open. */
  open: boolean;
  /** One closed in the stretch read. */
  closed: boolean;
  /** The stretch read holds a double quotation mark. */
  marks: boolean;
}

/**
 * The double quotation state at `to`, given whether one was open at `from`: curly marks say which they are, straight
 * ones (and the doubled apostrophe '' of some wire text) toggle.
 */
function quoteStateAfter(text: string, from: number, to: number, open: boolean): QuoteState {
  let o = open;
  let closed = false;
  let marks = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    const doubled = c === "'" && text[i + 1] === "'";
    if (c !== '“' && c !== '”' && c !== '"' && !doubled) continue;
    marks = true;
    if (doubled) i++;
    if (c === '“' || (c !== '”' && !o)) o = true;
    else {
      // a quoted sentence closes after its punctuation ('… a liability."'); a quoted phrase ('"a wall of good
      // intentions" in their report') quotes no one's paragraph
      if (o && /[,.!?…—-]/.test(text[i - (doubled ? 2 : 1)] ?? '')) closed = true;
      o = false;
    }
  }
  return { open: o, closed, marks };
}

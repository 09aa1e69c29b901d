/**
 * Reporting cues shared by the attribution passes: what a cue is ("said", "according to", "as X put it"), the range it
 * covers ("told reporters"), and the Attribution types. Kept apart from attribution.ts so that quoteMerge.ts can use
 * them without an import cycle.
 */
import type { DocToken } from '../text/document';
import { CUE_VERBS, OBJECT_CUES, TIME_WORDS } from '../lexicon/lexicon';
import { isNounAfterOf, isSubjectNoun, quotedWordsOpen, type Phrase } from './phrases';
import { BARE_NOUN_PREPOSITIONS, PREPOSITIONS, SENTENCE_END } from '../lexicon/functionWords';
export { SENTENCE_END };
import { QUOTE_CHARS } from '../lexicon/functionWords';
import { AFTER_QUOTE_PUNCT } from '../lexicon/functionWords';
export { AFTER_QUOTE_PUNCT };
import { NOUN_DETERMINERS as DETERMINERS, ORDER_ADJECTIVES, PLURAL_COUNTS } from '../lexicon/functionWords';
import { CONTRACTED, QUANTIFIERS, SINGULAR_ARTICLES } from '../lexicon/functionWords';
import { ANSWER_NOUNS, PAST_ONLY_SPEECH } from '../lexicon/speechVerbs';
import { ADDRESSEE_STOP, MODIFIER_STOP, NOT_CONTENT_START } from '../lexicon/functionWords';
import { ADDRESSEE_WORDS } from '../lexicon/functionWords';
import { ISSUED_TEXT_NOUNS, PHRASAL_CUES, TEXT_PASSAGE_CUES, TEXT_READ_CUES } from '../lexicon/speakerWords';

export interface Attribution {
  speaker: Phrase | null;
  /** Character range of the cue. */
  cue: [number, number] | null;
  /** How the attribution was found, for the confidence. */
  /** 'introduced': the subject of a sentence that hands over with a colon and no reporting verb. */
  /** 'interview': a printed interview's "Q:"/"A:" turn, given to its interviewer or interviewee (interviewTurns.ts). */
  /** 'repeated': words quoted elsewhere in the article with their speaker (a headline repeating the body). */
  /** 'paraphrased': no cue; the speaker of the reported speech ending the sentence right before the quote. */
  how:
    | 'after'
    | 'before'
    | 'colon'
    | 'inherited'
    | 'introduced'
    | 'adjacent'
    | 'interview'
    | 'repeated'
    | 'paraphrased'
    | 'none';
}

export interface AttributedQuote {
  parts: Array<[number, number]>;
  unclosed: boolean;
  /** Token range of the quote hull. */
  from: number;
  to: number;
  attribution: Attribution;
  /** Quoted words inside a sentence of the writer's ('called it "a disaster"'): part of reported speech, if any. */
  fragment: boolean;
  /** A transcript turn with no marks ("MWANGI: Because …", quotes/transcriptTurns.ts). */
  turn?: boolean;
}

export const MAX_WINDOW = 40;

export function isQuoteToken(t: DocToken): boolean {
  return t.text.length === 1 && QUOTE_CHARS.has(t.text);
}

/** A quote mark token, or one of the two apostrophes of a doubled-apostrophe mark. */
export function isMarkToken(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isQuoteToken(t)) return true;
  return (
    t.text === "'" &&
    ((tokens[i + 1]?.text === "'" && tokens[i + 1].start === t.end) ||
      (tokens[i - 1]?.text === "'" && tokens[i - 1].end === t.start))
  );
}

/** First token after `from` that ends the clause the attribution may live in. */
export function windowEnd(tokens: DocToken[], from: number): number {
  const line = tokens[from]?.line;
  let i = from;
  let depth = 0;
  while (i < tokens.length && i - from < MAX_WINDOW && tokens[i].line === line) {
    const t = tokens[i];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    // "Bill Eastland, wearing “Ted Cruz” campaign pins, said": a few quoted words inside the clause go on with it
    else if (isMarkToken(tokens, i) && i > from) {
      const close = quotedWordsEnd(tokens, i);
      if (close < 0) break;
      i = close;
    }
    // a dot inside "(D-Wis.)" does not end the sentence
    else if ((SENTENCE_END.has(t.text) && depth === 0 && tokens[i + 1]?.text !== ',') || isMarkToken(tokens, i)) break;
    i++;
  }
  return i;
}

/** Words a quoted name or label inside a clause may have ("“Ted Cruz” campaign pins", "a “Vote Hale” sign"). */
const MAX_QUOTED_WORDS = 4;

/**
 * The closing mark of a few quoted words that open at mark `open` and that the clause goes on after in lower case
 * ("“Ted Cruz” campaign pins"); -1 when the mark opens a quote of its own.
 */
function quotedWordsEnd(tokens: DocToken[], open: number): number {
  for (let j = open + 1; j < tokens.length && j - open <= MAX_QUOTED_WORDS + 1; j++) {
    const t = tokens[j];
    if (t.line !== tokens[open].line) return -1;
    if (isMarkToken(tokens, j)) {
      const next = tokens[j + 1];
      return j > open + 1 && next?.word && !next.cap && next.line === t.line ? j : -1;
    }
    if (!t.word) return -1;
  }
  return -1;
}

/** First token of the sentence that ends right before `to`. */
export function windowStart(tokens: DocToken[], to: number): number {
  const line = tokens[to - 1]?.line;
  let i = to;
  while (i > 0 && to - i < MAX_WINDOW && tokens[i - 1].line === line) {
    const t = tokens[i - 1];
    // the dot of "(D-Ore.)" or "Inc.," does not end a sentence
    const abbreviation = t.text === '.' && (tokens[i]?.text === ')' || tokens[i]?.text === ',');
    // 'Roy Banner, wearing "Vote Hale" pins, said:': a few quoted words inside the sentence go on with it
    const open = isMarkToken(tokens, i - 1) ? quotedWordsOpen(tokens, i - 1, 0) : -1;
    if (open > 0 && tokens[open].line === line) {
      i = open;
      continue;
    }
    if ((SENTENCE_END.has(t.text) && !abbreviation) || isMarkToken(tokens, i - 1)) break;
    i--;
  }
  return afterDateline(tokens, i, to);
}

/**
 * A dateline opening the line is not part of the sentence: "WASHINGTON, Dec. 8 (AP) — The mayor said" starts at
 * "The" (a capitals-only place, then a dash within a few tokens).
 */
export function afterDateline(tokens: DocToken[], i: number, to: number): number {
  const t = tokens[i];
  if (!t || (i > 0 && tokens[i - 1].line === t.line) || !/^\p{Lu}{3,}$/u.test(t.text)) return i;
  for (let j = i + 1; j < to && j - i <= MAX_DATELINE; j++) if (DASHES.has(tokens[j].text)) return j + 1;
  return i;
}
const MAX_DATELINE = 12;
const DASHES = new Set(['—', '–', '-', '--']);

export function isCue(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return true;
  // "As Amar put it, '…'", "As the Herald's Dana Milne puts it,"
  if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') return true;
  // "she went on: '…'", "'…,' Reyes shot back": a verb and its particle
  if (isPhrasalCue(tokens, i) && !t.cap) return true;
  return (
    CUE_VERBS.has(t.lower) &&
    !t.cap &&
    !isNounAfter(tokens, i) &&
    !isSubjectNoun(tokens, i) &&
    !endsPrepositionalPhrase(tokens, i) &&
    !isBareFormAfterPreposition(tokens, i) &&
    !isPluralNounOfPhrase(tokens, i)
  );
}

/** Lower-case modifiers between a preposition and a plural noun ("during | previous | states of"). */
const PLURAL_MODIFIER_REACH = 2;

/**
 * "as was alleged during previous states of emergency", "amid fresh claims of fraud": an -s form after a preposition
 * and its modifiers, with an "of" after it, is a plural noun; a verb there would need a subject ("Hale states that").
 */
function isPluralNounOfPhrase(tokens: DocToken[], i: number): boolean {
  if (!tokens[i].lower.endsWith('s') || tokens[i + 1]?.lower !== 'of') return false;
  for (let j = i - 1; j >= 0 && i - j <= PLURAL_MODIFIER_REACH + 1; j--) {
    const w = tokens[j];
    if (BARE_NOUN_PREPOSITIONS.has(w.lower) || PREPOSITIONS.has(w.lower)) return j < i - 1;
    if (!w.word || w.cap || CUE_VERBS.has(w.lower)) return false;
  }
  return false;
}

/**
 * "cleaning up state voter-roll data", "a request for comment": a bare form right after a preposition or particle
 * modifies or heads a noun phrase; a finite verb needs a subject there ("states say", "Hale, in turn, said").
 */
function isBareFormAfterPreposition(tokens: DocToken[], i: number): boolean {
  const w = tokens[i].lower;
  if (/(?:s|ed|ing)$/.test(w) || PAST_ONLY_SPEECH.has(w)) return false;
  return BARE_NOUN_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
}

/** Prepositions whose object a text or an event is: "in a post", "on his website", "via a statement". */
const PP_HEADS = new Set(['in', 'on', 'via', 'through', 'during', 'from', 'at']);
/** Words a preposition's object may take before its head noun ("in a | blog | post"). */
const PP_REACH = 3;

/**
 * "said in a blog post:", "wrote in a new report,": a word after a preposition and its determiner, closing the clause,
 * is that phrase's noun ("post", "report"), never a verb, whatever the verb lists hold.
 */
function endsPrepositionalPhrase(tokens: DocToken[], i: number): boolean {
  // a past form is a verb even there: "in a rage said" is not a phrase "a … said"
  if (/(?:ed|ing)$/.test(tokens[i].lower) || PAST_ONLY_SPEECH.has(tokens[i].lower)) return false;
  // the noun closes the phrase before punctuation; "voters in each state say Hale won" is a verb with its object
  // ("in a post on Twitter:" goes on with another phrase)
  const next = tokens[i + 1];
  if (next?.word !== false && !PP_HEADS.has(next?.lower ?? '')) return false;
  for (let j = i - 1; j >= 1 && i - j <= PP_REACH; j--) {
    const w = tokens[j];
    // the phrase follows a reporting verb ("wrote in a blog post:"); after a noun it ends a subject ("a voice-over
    // in the ad states.")
    if (DETERMINERS.has(w.lower)) return PP_HEADS.has(tokens[j - 1].lower) && CUE_VERBS.has(tokens[j - 2]?.lower ?? '');
    // only modifiers between: "on the trail recently say", "on their phones to say" are verbs after a phrase
    // capitals may modify too: "in a Facebook post", "in a Trumpian post"
    if (!w.word || w.lower.endsWith('ly') || MODIFIER_STOP.has(w.lower) || NOT_CONTENT_START.has(w.lower)) return false;
  }
  return false;
}

/**
 * "read"/"reads" as a text's cue, only with a text for its subject: 'it reads, "…"', 'the memo reads:', '"…," read
 * the email' ("she reads the news" is no cue).
 */
export function isTextCue(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.cap) return false;
  const passage = TEXT_PASSAGE_CUES.has(t.lower) && !tokens[i - 1]?.word;
  if (!TEXT_READ_CUES.has(t.lower) && !passage) return false;
  const prev = tokens[i - 1]?.lower ?? '';
  if (!passage && (prev === 'it' || ISSUED_TEXT_NOUNS.has(prev))) return true;
  // inverted after a quote: "read the email", "read his latest fundraising letter"
  if (!DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let j = i + 2; j < tokens.length && j - i <= 4 && tokens[j].word; j++)
    if (ISSUED_TEXT_NOUNS.has(tokens[j].lower)) return true;
  return false;
}

/** A verb and its particle: "went on", "shot back" (PHRASAL_CUES). */
function isPhrasalCue(tokens: DocToken[], i: number): boolean {
  const particle = PHRASAL_CUES.get(tokens[i].lower);
  return particle !== undefined && tokens[i + 1]?.lower === particle;
}

/** After a determiner, a possessive or a count a cue word is a noun: "the state said", "Mrs. Clinton's remark". */
export function isNounAfter(tokens: DocToken[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  // "Trump’s claim" is a noun, "he’s claiming" a contraction; "McDonald’s said" a name in the possessive and its verb
  if (prev === "'s" || prev === '’s')
    return (
      !CONTRACTED.has(tokens[i - 2]?.lower ?? '') &&
      !tokens[i].lower.endsWith('ing') &&
      !PAST_ONLY_SPEECH.has(tokens[i].lower)
    );
  // "Five questions for the mayor": a count of two or more makes the -s form a plural noun, never a verb
  if ((PLURAL_COUNTS.has(prev) || /^\d+$/.test(prev)) && tokens[i].lower.endsWith('s') && prev !== '1') return true;
  if (isNounAfterOf(tokens, i)) return true;
  // "said of Moe's latest request:", "his first statement": an adjective of order after a determiner or possessive
  // makes the word a noun ("the latest said" is no sentence)
  if (
    ORDER_ADJECTIVES.has(prev) &&
    i >= 2 &&
    (DETERMINERS.has(tokens[i - 2].lower) || /^['’]s$/.test(tokens[i - 2].text))
  )
    return true;
  return DETERMINERS.has(prev) || isModifiedAnswerNoun(tokens, i);
}

/**
 * 'Sanders delivered a snappy retort: "…"', 'she gave a blunt answer:': a noun of answer after "a" or "this" and one
 * modifier is the object of another verb, whose subject speaks; not 'a few answer' (a quantity and its verb), nor 'a
 * sign saying' (a participle after a noun, though "a saying" is a noun).
 */
function isModifiedAnswerNoun(tokens: DocToken[], i: number): boolean {
  const modifier = tokens[i - 1];
  return (
    ANSWER_NOUNS.has(tokens[i].lower) &&
    !tokens[i].lower.endsWith('ing') &&
    SINGULAR_ARTICLES.has(tokens[i - 2]?.lower ?? '') &&
    modifier !== undefined &&
    modifier.word &&
    !modifier.cap &&
    !QUANTIFIERS.has(modifier.lower)
  );
}

/** The cue's character range: the verb, "according to", or "told reporters". */
export function cueRange(tokens: DocToken[], c: number, ceil: number): [number, number] {
  const t = tokens[c];
  if (t.lower === 'according' || (t.lower === 'put' && tokens[c + 1]?.lower === 'it') || isPhrasalCue(tokens, c))
    return [t.start, tokens[c + 1].end];
  if (OBJECT_CUES.has(t.lower)) {
    const end = addresseeEnd(tokens, c, ceil);
    if (end > c) return [t.start, tokens[end].end];
  }
  return [t.start, t.end];
}

/** One-word addressees of "warned", "told": "told reporters", "warned them". */
const NEW_PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);

/**
 * The last token of the addressee after an object cue, or `c` when there is none to show: the cue is then the verb
 * alone. The whole addressee or nothing ("told the Coastal Herald", "told the closing session"; never "told the
 * Coastal"); "warned the forecast was wrong" has no addressee, so only a known one-word addressee counts after "warn".
 */
function addresseeEnd(tokens: DocToken[], c: number, ceil: number): number {
  const first = tokens[c + 1];
  if (!first || c + 1 >= ceil || !first.word || TIME_WORDS.has(first.lower) || ADDRESSEE_STOP.has(first.lower))
    return c;
  if (ADDRESSEE_WORDS.has(first.lower)) return c + 1;
  if (
    !/^(?:tell|tells|told|telling|inform|informs|informed|assure|assures|assured|remind|reminds|reminded)$/.test(
      tokens[c].lower,
    )
  )
    return c;
  for (let k = c + 1; k < ceil && k - c <= 6; k++) {
    const w = tokens[k];
    if (!w.word || ADDRESSEE_STOP.has(w.lower) || TIME_WORDS.has(w.lower)) return k - 1;
    // "told the court the offending was …": a second determiner opens what was told, not more of the addressee
    if (k > c + 1 && NEW_PHRASE_DETERMINERS.has(w.lower) && tokens[k - 1].lower !== 'of') return k - 1;
  }
  return ceil - c <= 7 ? ceil - 1 : c;
}

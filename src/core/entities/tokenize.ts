/**
 * Word tokens with UTF-16 offsets, split the way CoNLL splits news text: punctuation stands alone, the possessive
 * "'s" is its own token, abbreviations with dots ("U.S.", "Dr.") and inner hyphens/apostrophes stay whole.
 * One linear pass of a sticky, non-backtracking regular expression.
 */
import { DOTTED_ABBREVIATIONS as DOTTED, OPENERS_AFTER_ABBREVIATION, WIRE_PREFIXES } from '../lexicon/entityWords';
import { LONGEST_REMEMBERED } from '../text/wordMemo';
export interface Token {
  start: number;
  end: number;
  text: string;
  /** `text` in lower case (the same string when it has no capitals). */
  lower: string;
  /** Begins with an upper-case letter. */
  cap: boolean;
  /** A word (begins with a letter or digit), not punctuation. */
  word: boolean;
}

const CAP = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/** A word's forms and letter classes: the same for every token of that word. */
interface WordForms {
  text: string;
  lower: string;
  cap: boolean;
  word: boolean;
}

/**
 * The forms of every distinct word met, shared by all its tokens for the whole process: one lower-casing per word,
 * not per token, and every token of a word holds the same two strings, whose hashes V8 then computes once for all
 * the Set and Map lookups of every pass (a fresh slice is hashed anew at its first lookup). Bounded: a text of
 * all-distinct words starts it afresh.
 */
const FORMS = new Map<string, WordForms>();
const MAX_FORMS = 1 << 15;

/** Words this long are not remembered (wordMemo.ts says why). */
export { LONGEST_REMEMBERED };

function formsOf(t: string): WordForms {
  if (t.length > LONGEST_REMEMBERED) return formsFor(t);
  const known = FORMS.get(t);
  if (known !== undefined) return known;
  const forms = formsFor(t);
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(t, forms);
  return forms;
}

function formsFor(t: string): WordForms {
  const c = t.charCodeAt(0);
  // ASCII fast paths; other scripts through the Unicode classes
  const cap = c < 128 ? c >= 65 && c <= 90 : CAP.test(t);
  const word = c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : WORD.test(t);
  return { text: t, lower: t.toLowerCase(), cap, word };
}

/**
 * The token `t` = text[start, end), with its word's shared forms. The caller passes the slice it already holds: most
 * words were sliced twice, once to match and once here.
 */
function token(t: string, start: number, end: number): Token {
  const { text, lower, cap, word } = formsOf(t);
  return { start, end, text, lower, cap, word };
}

// Alternatives, in order: dotted abbreviation (U.S., U.K.), possessive, word with inner joiners, single other char.
// A word's letters include the second half of a UTF-8 letter read as Latin-1 ("FranÃ§ois", "GuantÃ¡namo": "Ã" then a
// sign), so that a mis-decoded name stays one word; the same sign after anything else stands alone ("§4", "© 2016").
// An abbreviation's dot before a hyphen joins too: "the Redmond, Wash.-based company" has one "Wash.-based", as
// "Washington-based" is one word, and its dot ends no sentence.
const TOKEN =
  /(?:\p{L}\.){2,}|['’][sS](?![\p{L}\p{N}])|(?:[\p{L}\p{N}]|(?<=[ÂÃ])[\u0080-\u00BF])+(?:(?:[-&.](?=[\p{L}\p{N}])|\.-(?=\p{L})|['’](?![sS](?![\p{L}\p{N}]))(?=[\p{L}\p{N}])|[.,](?=\p{N}))(?:[\p{L}\p{N}]|(?<=[ÂÃ])[\u0080-\u00BF])+)*|[^\s\p{L}\p{N}]/guy;

/**
 * A wire headline's label joined to its first word stands apart: "UPDATE 2-Trevison says ...", "EXCLUSIVE-Aramco
 * weighs ..." (the name is then a word of its own). Returns the label, or undefined.
 */
function wirePrefix(word: string, tokens: Token[]): string | undefined {
  const dash = word.indexOf('-');
  if (dash < 1 || !CAP.test(word.slice(dash + 1))) return undefined;
  const head = word.slice(0, dash);
  const last = tokens[tokens.length - 1];
  if (
    /^\d{1,2}$/.test(head)
      ? last !== undefined && WIRE_PREFIXES.has(last.lower) && last.text === last.text.toUpperCase()
      : head === head.toUpperCase() && WIRE_PREFIXES.has(head.toLowerCase())
  )
    return head;
  return undefined;
}

/**
 * Where a sentence runs into the next with no space after its full stop: "Trump said.Trump claimed", "the
 * vote.The mayor" (copied text loses it). A lower-case word of three letters or more, the dot, a capital and a
 * lower-case letter: not "U.S", "Ph.D", "e.g" nor "Amazon.com". The dot's index, or -1.
 */
function sentenceGlue(word: string): number {
  const dot = word.indexOf('.');
  return dot >= 3 && GLUED_SENTENCE.test(word.slice(dot - 3, dot + 3)) ? dot : -1;
}
const GLUED_SENTENCE = /^[a-z]{3}\.[A-Z][a-z]$/;

/** The word after the dot at `dot` (past spaces) opens a sentence and never a name: "Hun Sen. The party". */
function sentenceOpensAfter(text: string, dot: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(dot + 1, dot + 24));
  return next !== null && /^\p{Lu}/u.test(next[1]) && OPENERS_AFTER_ABBREVIATION.has(next[1].toLowerCase());
}

/** ASCII letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The end of the token TOKEN would match at `i` (char code `c`, not a space), found without the regular expression
 * when the answer needs no Unicode class: most tokens of English news are ASCII words ("said") or signs (","), and
 * the expression's Unicode classes cost a call per character. -1 when unsure: an apostrophe, any non-ASCII character
 * next to the word, or a joiner that may join ("U.S.", "AT&T", "1,000", "e-mail", "Wash.-based"); TOKEN then decides.
 * Exact: an ASCII word followed by nothing that joins is the whole match of TOKEN's word alternative (a joiner - & .
 * joins only before a letter or digit, a comma only before a digit, a dot also before "-"), and an ASCII sign other
 * than an apostrophe is its one-character last alternative.
 */
export function asciiTokenEnd(text: string, i: number, c: number): number {
  if (c >= 128 || c === 39) return -1;
  if (!isAsciiAlnum(c)) return i + 1;
  const n = text.length;
  let j = i + 1;
  while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === n) return j;
  const d = text.charCodeAt(j);
  if (d >= 128 || d === 39) return -1;
  if (d !== 45 && d !== 38 && d !== 46 && d !== 44) return j;
  // a joiner: it joins nothing at the end of the text, nor before an ASCII sign or space (but "Wash.-based")
  const e = j + 1 < n ? text.charCodeAt(j + 1) : 32;
  return e >= 128 || isAsciiAlnum(e) || (d === 46 && e === 45) ? -1 : j;
}

/** Where TOKEN's match at `i` ends (i when it matches nothing): the answer asciiTokenEnd must give when it gives one. */
export function tokenEndByExpression(text: string, i: number): number {
  TOKEN.lastIndex = i;
  return TOKEN.test(text) ? TOKEN.lastIndex : i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace fast path
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0) {
      i++;
      continue;
    }
    const ascii = asciiTokenEnd(text, i, c);
    // test, not exec: the sticky match's end is lastIndex, and no match array is allocated per token
    if (ascii < 0) TOKEN.lastIndex = i;
    if (ascii < 0 && (!TOKEN.test(text) || TOKEN.lastIndex === i)) {
      // other whitespace (e.g. U+2028) or an unmatched lone surrogate: skip one code unit
      if (!/\s/.test(text[i])) tokens.push(token(text.slice(i, i + 1), i, i + 1));
      i++;
      continue;
    }
    let end = ascii < 0 ? TOKEN.lastIndex : ascii;
    let word = text.slice(i, end);
    const prefix = wirePrefix(word, tokens);
    if (prefix) {
      word = prefix;
      end = i + prefix.length;
    }
    const glued = word.length > 5 ? sentenceGlue(word) : -1;
    if (glued > 0) {
      word = word.slice(0, glued);
      end = i + glued;
    }
    // "Mr." / single capital initial "J." keep their dot
    // (the word's remembered lower case: every word before a sentence's full stop is asked)
    const dotted =
      text.charCodeAt(end) === 46 &&
      (DOTTED.has(formsOf(word).lower) || /^\p{Lu}$/u.test(word)) &&
      !sentenceOpensAfter(text, end);
    if (dotted) end++;
    tokens.push(token(dotted ? text.slice(i, end) : word, i, end));
    i = end;
  }
  return tokens;
}

/** Closing quote marks and brackets that a sentence's end mark may precede. */
const CLOSERS: ReadonlySet<string> = new Set(['’', '”', '"', "'", ')', ']']);

/** Whether text[from, to) holds a line break; scanned in place: a slice per token was a string allocated per token. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Sentence ranges [from, to) over tokens: split at line breaks, at ., ! and ? tokens, and after a dateline's dash
 * ("WUHAN, China (Reuters) - Health officials said …": "Health" opens the sentence, as a capitalized ordinary word
 * does, rather than sitting mid-sentence where a capital means a name).
 */
/** "." "!" or "?": tested before the closer set, since most tokens follow none of them. */
function isSentenceEnd(t: string): boolean {
  return t === '.' || t === '!' || t === '?';
}

export function sentences(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    const next = tokens[k + 1];
    const lineBreak = next !== undefined && hasLineBreak(text, tokens[k].end, next.start);
    const datelineDash = k > 0 && tokens[k - 1].text === ')' && /^[-–—]{1,2}$/.test(t);
    if (lineBreak || datelineDash || ((t === '.' || t === '!' || t === '?') && (!next || !CLOSERS.has(next.text)))) {
      out.push([from, k + 1]);
      from = k + 1;
    } else if (k > from && isSentenceEnd(tokens[k - 1].text) && CLOSERS.has(t)) {
      out.push([from, k + 1]);
      from = k + 1;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

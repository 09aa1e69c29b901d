/**
 * What the tagger reads of a word on its own, whatever stands around it: its hashes and shape, its letter classes,
 * whether it may begin or continue an entity, its lexicon letters. These never change for a word, and news repeats
 * its words (a 5 KB article has about 1,000 tokens and 400 distinct words; "the", "said", "minister" recur in every
 * article), so they are worked out once per distinct word and then cost one Map lookup per token. Together with
 * tokenize.ts's shared word forms this took 4.5% off the instructions of an analysis (bench corpus, 365 -> 349 M).
 */
import { lexiconTags } from './gazetteer';
import { hashRange } from './hash';
import { triggerBitsOf } from './rules/triggerWords';
import { LONGEST_REMEMBERED } from './tokenize';
import { ORG_LINKS, PERSON_PARTICLES, PLACE_LINKS } from '../lexicon/entityWords';

export interface WordFacts {
  /** FNV hash of the lower-case word, and of the word as written */
  readonly wordHash: number;
  readonly rawHash: number;
  readonly shape: number;
  readonly hasLetter: number;
  readonly capital: number;
  /** 0 when the word cannot begin an entity (lower case, or no letter) */
  readonly canStart: number;
  /** for a word that cannot begin an entity: the entities it may continue (bits PER_OK, LOC_OK, ORG_OK) */
  readonly continues: number;
  /** compromise lexicon letters ('' for a word without letters) */
  readonly lex: string;
  /** the trigger lists of the entity rules the word is in (rules/triggerWords.ts) */
  readonly triggers: number;
}

/**
 * Hash of the word's shape, runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d"; computed
 * without building the shape string. Classes: 'x' lower, 'X' upper, 'd' digit, any other character itself.
 */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5 | 0;
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: number;
    if (code >= 97 && code <= 122)
      c = 120; // x
    else if (code >= 65 && code <= 90)
      c = 88; // X
    else if (code >= 48 && code <= 57)
      c = 100; // d
    else if (code < 128) c = code;
    else {
      const ch = word[i];
      if (ch !== ch.toUpperCase()) c = 120;
      else if (ch !== ch.toLowerCase()) c = 88;
      else c = /\p{N}/u.test(ch) ? 100 : code;
    }
    if (c !== last) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    last = c;
  }
  return h;
}

/** Whether a token has a letter: ASCII fast path, Unicode property test otherwise. */
function hasLetterIn(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128 && LETTER.test(word[i])) return true;
  }
  return false;
}

/**
 * The word's first character changes in lower case: "Putin", "Émile", "iPhone" no. ASCII is answered from the code
 * (most words, and a lower-casing call per word was a visible share of tagging); other characters by lower-casing.
 */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

const LETTER = /\p{L}/u;
const NUMBER = /^\p{N}[\p{N}.,-]*$/u;
/** NUMBER.test(word), its regex run only when the first character may be a number: most lower-case words are not. */
function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 128 || (c >= 48 && c <= 57)) && NUMBER.test(word);
}

/** Capitalized tokens that are never (the start of) a name: "I'll", "I’m", and US party-state tags "R-Iowa", "D-Vt". */
const NEVER_NAMES = /^(?:I['’](?:ll|m|d|ve)|[RDI]-\p{Lu}[\p{L}.]*)$/u;
/** NEVER_NAMES.test(word), its regex run only for words that begin with I, R or D (as all its matches do). */
function isNeverName(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 73 || c === 82 || c === 68) && NEVER_NAMES.test(word);
}

/** Bits of `WordFacts.continues`: the entities a word that cannot begin one may continue. */
export const PER_OK = 1;
export const LOC_OK = 2;
export const ORG_OK = 4;

/** Per link word, the entities it may continue (PER_OK, LOC_OK, ORG_OK): one lookup per token, not three. */
const LINK_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(PERSON_PARTICLES, PER_OK);
  add(PLACE_LINKS, LOC_OK);
  add(ORG_LINKS, ORG_OK);
  return bits;
})();

/** Distinct words remembered before the memory starts afresh: bounds it on a text of all-distinct words. */
const MAX_WORDS = 1 << 15;
const known = new Map<string, WordFacts>();

/** The facts of `word` (a token's text), `lower` its lower-case form: from memory after the word's first time. */
export function wordFacts(word: string, lower: string): WordFacts {
  // a long word's text may be a view into the whole text, which the memory would keep alive (see tokenize.ts)
  if (word.length > LONGEST_REMEMBERED) return factsOf(word, lower);
  const remembered = known.get(word);
  if (remembered !== undefined) return remembered;
  const facts = factsOf(word, lower);
  if (known.size >= MAX_WORDS) known.clear();
  known.set(word, facts);
  return facts;
}

function factsOf(w: string, lower: string): WordFacts {
  const wordHash = hashRange(lower, 0, lower.length);
  // most words are written in lower case: their raw hash is the one just computed
  const rawHash = w === lower ? wordHash : hashRange(w, 0, w.length);
  const hasLetter = hasLetterIn(w) ? 1 : 0;
  const capital = isCapitalized(w) ? 1 : 0;
  // a capital first letter, or an inner capital after a first letter ("iPhone", "al-Assad"); never a digit first
  const canStart = (capital || (hasLetter && w !== lower && LETTER.test(w[0]))) && !isNeverName(w) ? 1 : 0;
  let continues = 0;
  if (!canStart) {
    const links = LINK_BITS.get(lower) ?? 0;
    continues = links & ORG_OK || !isNumber(w) ? links : links | ORG_OK;
  }
  const lex = hasLetter ? lexiconTags(lower, wordHash) : '';
  return {
    wordHash,
    rawHash,
    shape: shapeHash(w),
    hasLetter,
    capital,
    canStart,
    continues,
    lex,
    triggers: triggerBitsOf(lower),
  };
}

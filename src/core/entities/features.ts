/**
 * Features of the BIO entity tagger, shared by the trainer (scripts/ner/train.ts) and the runtime tagger so the two
 * can never disagree. Features are 30-bit integer hashes of (template, values): no strings are built per token,
 * which keeps tagging at a few milliseconds per article. Static features depend only on the text; dynamic ones on
 * the tags already decided.
 */
import { matchPlaces, type PlaceMatch } from './gazetteer';
import { hashRange } from './hash';
import { IntTable } from './intTable';
import { BlockArrays } from './blockArrays';
import type { Token } from './tokenize';
import { LOC_OK, ORG_OK, PER_OK, isCapitalized, wordFacts } from './wordFacts';

export { isCapitalized, shapeHash } from './wordFacts';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** The entity type of each tag index ('' for O), and whether it is an I- tag. */
const TYPE_OF = TAGS.map((t) => t.slice(2));
const IS_INSIDE = TAGS.map((t) => t[0] === 'I');

export interface Prepared {
  tokens: Token[];
  lower: string[];
  /** hash of each token's lower-case text */
  wordHash: Int32Array;
  rawHash: Int32Array;
  /**
   * The word as the lexical features see it: wordHash/rawHash, or UNKNOWN_WORD for a capitalised word the model never
   * learned (see maskUnknownWords). Memory and document casing keep the real word.
   */
  identity: Int32Array;
  rawIdentity: Int32Array;
  shapeHash: Int32Array;
  capital: Uint8Array;
  hasLetter: Uint8Array;
  /** 0 when the token cannot begin an entity (lower case, or no letter): it is O unless it continues one */
  canStart: Uint8Array;
  /** for tokens that cannot begin an entity: which entities they may continue (bit PER_OK, LOC_OK) */
  continues: Uint8Array;
  /** token index -> first token of its sentence */
  sentenceStart: Int32Array;
  /** 1 for tokens of a headline in capitals */
  headline: Uint8Array;
  /**
   * word hash -> casing seen in running text (bit 1 capitalized, bit 2 lower case). An IntTable, not a Map: half of
   * all hashes are no small integers, and a Map boxed each of them on every lookup (4 M instructions per bench round).
   */
  docCase: IntTable<number>;
  /** per token: 0 or the hash of the gazetteer match it is in (kind, position, case), and of the kind alone */
  gaz: Int32Array;
  gazKind: Int32Array;
  gazAny: Int32Array;
  /** per token: compromise lexicon letters */
  lex: string[];
  /** the trigger lists some word of the block is in (rules/triggerWords.ts): a rule skips a block without its words */
  triggers: number;
  /** gazetteer matches (longest first, non-overlapping) */
  places: PlaceMatch[];
  /** Where the arrays above came from: the tagger and the rules draw theirs for the block from it too. */
  arrays: BlockArrays;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  h ^= h >>> 13;
  return h;
}

/** A feature key: non-negative and small enough to be a V8 small integer. */
function key(h: number): number {
  return h & 0x3fffffff;
}

// Feature templates: distinct seeds so that equal values under different templates never collide by design.
const enum T {
  Bias = 1,
  Word,
  Raw,
  Prev1,
  Prev2,
  Next1,
  Next2,
  PrevWord,
  WordNext,
  Shape,
  Shapes3,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  Prefix2,
  Prefix3,
  Length,
  First,
  HeadlinePrev,
  DocCase,
  Gaz,
  GazKind,
  PrevGaz,
  NextGaz,
  Lex,
  LexCase,
  PrevLex,
  NextLex,
  Tag1,
  Tag12,
  Tag1Word,
  Memory,
  MemoryCase,
  GazAny,
}

const BOS = 0x5f3759df;
const EOS = 0x1b873593;

/** What each token is on its own (wordFacts.ts), laid out per token as the features read it. */
function tokenFacts(tokens: Token[], arrays: BlockArrays) {
  const n = tokens.length;
  const lower = tokens.map((t) => t.lower);
  const wordHash = arrays.int32();
  const rawHash = arrays.int32();
  const shapes = arrays.int32();
  const hasLetter = arrays.uint8();
  const capital = arrays.uint8();
  const canStart = arrays.uint8();
  const continues = arrays.uint8();
  const lex: string[] = new Array(n);
  let triggers = 0;
  for (let i = 0; i < n; i++) {
    const f = wordFacts(tokens[i].text, lower[i]);
    triggers |= f.triggers;
    wordHash[i] = f.wordHash;
    rawHash[i] = f.rawHash;
    shapes[i] = f.shape;
    hasLetter[i] = f.hasLetter;
    capital[i] = f.capital;
    canStart[i] = f.canStart;
    continues[i] = f.continues;
    lex[i] = f.lex;
  }
  return { lower, wordHash, rawHash, shapes, hasLetter, capital, canStart, continues, lex, triggers };
}

/** `word !== word.toUpperCase()`, with an ASCII fast path: no upper-cased copy of every word of the block. */
function changesInUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return word !== word.toUpperCase();
  }
  return false;
}

/** Per token: the first token of its sentence, and 1 when its sentence is a headline in capitals. */
function sentenceMarks(
  tokens: Token[],
  hasLetter: Uint8Array,
  sentences: Array<[number, number]>,
  arrays: BlockArrays,
): { sentenceStart: Int32Array; headline: Uint8Array } {
  const sentenceStart = arrays.int32();
  const headline = arrays.uint8();
  for (const [from, to] of sentences) {
    let letters = 0;
    let lowers = 0;
    for (let k = from; k < to; k++) {
      sentenceStart[k] = from;
      if (hasLetter[k]) {
        letters++;
        if (changesInUpperCase(tokens[k].text)) lowers++;
      }
    }
    if (letters >= 2 && lowers === 0) for (let k = from; k < to; k++) headline[k] = 1;
  }
  return { sentenceStart, headline };
}

/**
 * Per-token data the features are computed from. `sentences` are token ranges. Document-level evidence: how the same
 * word is cased elsewhere in running text (tells a headline "BANK" from a name), and gazetteer/lexicon membership.
 */
export function prepare(
  tokens: Token[],
  sentences: Array<[number, number]>,
  arrays = BlockArrays.fresh(tokens.length),
): Prepared {
  const n = tokens.length;
  const { lower, wordHash, rawHash, shapes, hasLetter, capital, canStart, continues, lex, triggers } = tokenFacts(
    tokens,
    arrays,
  );
  const { sentenceStart, headline } = sentenceMarks(tokens, hasLetter, sentences, arrays);
  const slots = IntTable.slots(n);
  const docCase = new IntTable<number>(n, arrays.int32(slots), arrays.uint8(slots));
  for (let k = 0; k < n; k++) {
    if (headline[k] || sentenceStart[k] === k || !hasLetter[k]) continue;
    docCase.set(wordHash[k], (docCase.get(wordHash[k]) ?? 0) | (capital[k] ? 1 : 2));
  }
  const gaz = arrays.int32();
  const gazKind = arrays.int32();
  const gazAny = arrays.int32(); // kind-blind: rare kinds (island, sea) share the evidence of common ones
  const places = matchPlaces(tokens, lower, wordHash, canStart);
  for (const m of places) {
    const kindHash = hashRange(m.info.kind, 0, m.info.kind.length) | 1;
    const multi = m.to - m.from > 1 ? 2 : 1;
    for (let k = m.from; k < m.to; k++) {
      gazKind[k] = kindHash;
      gazAny[k] = mix(mix(k === m.from ? 1 : 2, capital[m.from] + 3), multi) | 1;
      gaz[k] = mix(mix(mix(kindHash, k === m.from ? 1 : 2), capital[m.from] + 3), multi) | 1;
    }
  }
  const identity = arrays.int32();
  identity.set(wordHash);
  const rawIdentity = arrays.int32();
  rawIdentity.set(rawHash);
  return {
    tokens,
    lower,
    wordHash,
    rawHash,
    identity,
    rawIdentity,
    shapeHash: shapes,
    capital,
    hasLetter,
    canStart,
    continues,
    sentenceStart,
    headline,
    docCase,
    gaz,
    gazKind,
    gazAny,
    lex,
    triggers,
    places,
    arrays,
  };
}

/** The most static features one token can have (bounds the caller's buffer). */
export const STATIC_MAX = 64;

/**
 * Writes the static features of token i into `out` (length >= STATIC_MAX) and returns their count: those of its
 * word alone, then those of its context.
 */
export function staticFeatures(p: Prepared, i: number, out: Int32Array): number {
  return contextFeatures(p, i, out, wordFeatures(p, i, out, 0));
}

/**
 * Writes, from `out[at]`, the features of token i's word alone (its identity, affixes, length, lexicon letters and
 * capital) and returns the count so far. They are the same at every token of the word (same text, identity and raw
 * identity), so the tagger may score them once per distinct word (tagger.ts, WordScores).
 */
export function wordFeatures(p: Prepared, i: number, out: Int32Array, at: number): number {
  const { lower, capital, lex } = p;
  const push = (h: number) => {
    if (at < STATIC_MAX) out[at++] = key(h);
  };
  const lw = lower[i];
  const len = lw.length;
  push(mix(T.Bias, 0));
  push(mix(T.Word, p.identity[i]));
  push(mix(T.Raw, p.rawIdentity[i]));
  push(mix(T.Suffix1, hashRange(lw, Math.max(0, len - 1), len)));
  push(mix(T.Suffix2, hashRange(lw, Math.max(0, len - 2), len)));
  push(mix(T.Suffix3, hashRange(lw, Math.max(0, len - 3), len)));
  push(mix(T.Suffix4, hashRange(lw, Math.max(0, len - 4), len)));
  push(mix(T.Prefix2, hashRange(lw, 0, Math.min(2, len))));
  push(mix(T.Prefix3, hashRange(lw, 0, Math.min(3, len))));
  push(mix(T.Length, Math.min(p.tokens[i].text.length, 8)));
  const lx = lex[i];
  const cap = capital[i];
  for (let k = 0; k < lx.length; k++) {
    const c = lx.charCodeAt(k);
    push(mix(T.Lex, c));
    push(mix(mix(T.LexCase, c), cap));
  }
  return at;
}

/**
 * Writes, from `out[at]`, the features of token i that its neighbours, sentence, headline, document casing and
 * gazetteer matches decide, and returns the count so far.
 */
export function contextFeatures(p: Prepared, i: number, out: Int32Array, at: number): number {
  const { tokens, identity, sentenceStart, shapeHash, headline, capital, gaz, gazKind, lex } = p;
  const n = tokens.length;
  const push = (h: number) => {
    if (at < STATIC_MAX) out[at++] = key(h);
  };
  const s0 = sentenceStart[i];
  const hasPrev = i - 1 >= s0;
  const hasNext = i + 1 < n && sentenceStart[i + 1] === s0;
  const hasNext2 = hasNext && i + 2 < n && sentenceStart[i + 2] === s0;
  const w = identity[i];
  const p1 = hasPrev ? identity[i - 1] : BOS;
  const p2 = i - 2 >= s0 ? identity[i - 2] : BOS;
  const n1 = hasNext ? identity[i + 1] : EOS;
  const n2 = hasNext2 ? identity[i + 2] : EOS;
  const hl = headline[i];
  const cap = capital[i];
  push(mix(T.Prev1, p1));
  push(mix(T.Prev2, p2));
  push(mix(T.Next1, n1));
  push(mix(T.Next2, n2));
  push(mix(mix(T.PrevWord, p1), w));
  push(mix(mix(T.WordNext, w), n1));
  push(mix(mix(T.Shape, shapeHash[i]), hl));
  push(mix(mix(mix(T.Shapes3, hasPrev ? shapeHash[i - 1] : BOS), shapeHash[i]), hasNext ? shapeHash[i + 1] : EOS));
  if (s0 === i) push(mix(T.First, hl));
  if (hl) push(mix(T.HeadlinePrev, p1));
  push(mix(mix(mix(mix(T.DocCase, p.docCase.get(p.wordHash[i]) ?? 0), cap), hl), s0 === i ? 1 : 0));
  if (gaz[i]) {
    push(mix(T.Gaz, gaz[i]));
    push(mix(T.GazKind, gazKind[i]));
    push(mix(T.GazAny, p.gazAny[i]));
  }
  if (hasPrev && gazKind[i - 1]) push(mix(T.PrevGaz, gazKind[i - 1]));
  if (hasNext && gazKind[i + 1]) push(mix(T.NextGaz, gazKind[i + 1]));
  if (hasPrev) for (let k = 0; k < lex[i - 1].length; k++) push(mix(T.PrevLex, lex[i - 1].charCodeAt(k)));
  if (hasNext) for (let k = 0; k < lex[i + 1].length; k++) push(mix(T.NextLex, lex[i + 1].charCodeAt(k)));
  return at;
}

/**
 * Writes the tag-history features of token i into `out` and returns their count (at most DYNAMIC_MAX).
 * `memory` maps a word's hash to the entity tag it last received in this document.
 */
export const DYNAMIC_MAX = 5;
export function dynamicFeatures(
  p: Prepared,
  i: number,
  tags: Uint8Array,
  memory: Map<number, number>,
  out: Int32Array,
): number {
  const s0 = p.sentenceStart[i];
  const t1 = i - 1 >= s0 ? tags[i - 1] : 99;
  const t2 = i - 2 >= s0 ? tags[i - 2] : 99;
  out[0] = key(mix(T.Tag1, t1));
  out[1] = key(mix(mix(T.Tag12, t2), t1));
  out[2] = key(mix(mix(T.Tag1Word, t1), p.identity[i]));
  const remembered = memory.get(p.wordHash[i]);
  if (remembered === undefined) return 3;
  const type = remembered - (IS_INSIDE[remembered] ? 1 : 0); // B- tag index of the type
  out[3] = key(mix(T.Memory, type));
  out[4] = key(mix(mix(T.MemoryCase, type), isCapitalized(p.tokens[i].text) ? 1 : 0));
  return 5;
}

/**
 * Tag `next` is possible for token i after tag `prev`: only a capitalized word begins an entity, I-X only continues
 * B-X or I-X, and a lower-case word or
 * punctuation continues a person only as a name particle ("de"), a place only as a link word ("of"), an organization
 * or other name only as a link word, sign or number.
 */
export function allowed(p: Prepared, i: number, prev: number, next: number): boolean {
  if (!IS_INSIDE[next]) return next === 0 || p.canStart[i] === 1;
  if (prev === 0 || TYPE_OF[prev] !== TYPE_OF[next]) return false;
  if (p.canStart[i]) return true;
  if (next === 2) return (p.continues[i] & PER_OK) !== 0; // I-PER
  if (next === 4) return (p.continues[i] & LOC_OK) !== 0; // I-LOC
  return (p.continues[i] & ORG_OK) !== 0; // I-ORG, I-MISC: link words and numbers ("Apollo 13", "Euro 96")
}

/** After tagging token i, remember its entity tag for later mentions of the same word in the document. */
export function remember(p: Prepared, i: number, tag: number, memory: Map<number, number>): void {
  if (tag !== 0 && p.lower[i].length > 1 && isCapitalized(p.tokens[i].text)) memory.set(p.wordHash[i], tag);
}

/** The identity every unknown capitalised word shares: the trainer teaches it from rare names (word dropout). */
export const UNKNOWN_WORD = 0x2545f491;

/**
 * Gives every capitalised word the model has no word weight for the shared UNKNOWN_WORD identity. A name the 1996
 * training news never printed ("Palkhivala said") otherwise gets no lexical evidence at all and falls to whatever
 * the bias and suffixes favour (organizations); as UNKNOWN_WORD it gets what the model learned about rare names.
 * `hasFeature` says whether the model holds a feature key.
 */
export function maskUnknownWords(p: Prepared, hasFeature: (feature: number) => boolean): void {
  for (let i = 0; i < p.tokens.length; i++) {
    if (!p.canStart[i] || hasFeature(wordFeatureKey(p.wordHash[i]))) continue;
    p.identity[i] = UNKNOWN_WORD;
    p.rawIdentity[i] = UNKNOWN_WORD;
  }
}

/** The key of a word's own feature: the model holds it (maybe with zero weights) for every word it knows. */
export function wordFeatureKey(wordHash: number): number {
  return key(mix(T.Word, wordHash));
}

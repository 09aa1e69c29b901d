/**
 * Greedy left-to-right BIO tagging with a linear (averaged perceptron) model over `features.ts`.
 * The weights are scored through a lookup function, so the trainer and the runtime share the decoder.
 */
import {
  DYNAMIC_MAX,
  STATIC_MAX,
  TAG_COUNT,
  allowed,
  contextFeatures,
  dynamicFeatures,
  remember,
  staticFeatures,
  wordFeatures,
  type Prepared,
} from './features';
import { LONGEST_REMEMBERED } from '../text/wordMemo';

/** Adds the weights of one feature key to `scores` (length TAG_COUNT); unknown features add nothing. */
export type WeightLookup = (feature: number, scores: Float64Array) => void;

/**
 * One token's scores and feature keys, shared by every call (decode never runs inside itself): the scores (72 bytes)
 * and static keys (256 bytes) are over V8's 64-byte limit for typed arrays on the heap, so a call for each line
 * allocated and released two stores off the heap, about as costly as tagging a short line such as a byline.
 */
const SCORES = new Float64Array(TAG_COUNT);
const DYNAMIC = new Int32Array(DYNAMIC_MAX);
const STATIC = new Int32Array(STATIC_MAX);

/** One word's summed word-feature scores (features.ts, wordFeatures), with what they were computed from. */
interface WordScore {
  lower: string;
  identity: number;
  rawIdentity: number;
  capital: number;
  lex: string;
  scores: Float64Array;
}

/**
 * The scores of each distinct word's own features (a third of a token's features: its identity, affixes, length and
 * lexicon letters), summed once per word for one fixed set of weights, as wordFacts.ts remembers a word's facts:
 * news repeats its words, and every scored token looked up and added each of these features anew. The sums are
 * exact, so adding a word's sum gives the very scores that adding its features one by one gave: every weight is a
 * float32 of at least 0.1 in magnitude (int16 / 10), so a multiple of 2^-27, and sums of a few dozen of them stay
 * far below 2^26, where float64 would start rounding such multiples. Bounded like wordFacts.ts.
 */
export class WordScores {
  private readonly known = new Map<string, WordScore>();
  private static readonly MAX_WORDS = 1 << 15;
  private readonly keys = new Int32Array(STATIC_MAX);
  constructor(private readonly addWeights: WeightLookup) {}

  /** Adds the word features' scores of token i to `scores`. */
  addTo(p: Prepared, i: number, scores: Float64Array): void {
    const word = p.tokens[i].text;
    const known = word.length > LONGEST_REMEMBERED ? undefined : this.known.get(word);
    if (known !== undefined && this.fits(known, p, i)) {
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += known.scores[t];
      return;
    }
    const own = new Float64Array(TAG_COUNT);
    const count = wordFeatures(p, i, this.keys, 0);
    for (let k = 0; k < count; k++) this.addWeights(this.keys[k], own);
    for (let t = 0; t < TAG_COUNT; t++) scores[t] += own[t];
    if (word.length > LONGEST_REMEMBERED || known !== undefined) return;
    if (this.known.size >= WordScores.MAX_WORDS) this.known.clear();
    const { lower, identity, rawIdentity, capital, lex } = p;
    this.known.set(word, {
      lower: lower[i],
      identity: identity[i],
      rawIdentity: rawIdentity[i],
      capital: capital[i],
      lex: lex[i],
      scores: own,
    });
  }

  /** The remembered sum was made from what token i's word features read (the same word masked the same way). */
  private fits(known: WordScore, p: Prepared, i: number): boolean {
    return (
      known.identity === p.identity[i] &&
      known.rawIdentity === p.rawIdentity[i] &&
      known.capital === p.capital[i] &&
      known.lower === p.lower[i] &&
      known.lex === p.lex[i]
    );
  }
}

/**
 * Tags every token of a prepared document. `onToken` (training only) sees each decision with its feature keys and
 * returns the tag to keep as history. `wordScores` (built on `addWeights`, which must then never change) scores each
 * distinct word's own features once.
 */
export function decode(
  p: Prepared,
  addWeights: WeightLookup,
  onToken?: (i: number, features: number[], predicted: number) => number,
  wordScores?: WordScores,
): Uint8Array {
  const n = p.tokens.length;
  const tags = p.arrays.uint8();
  const memory = new Map<number, number>();
  const scores = SCORES;
  const dyn = DYNAMIC;
  const stat = STATIC;
  for (let i = 0; i < n; i++) {
    const prev = i > p.sentenceStart[i] ? tags[i - 1] : 0;
    // a lower-case word or punctuation never begins an entity: skip scoring (most tokens) unless one is open
    if (prev === 0 && !p.canStart[i]) continue;
    scores.fill(0);
    const perWord = wordScores !== undefined && onToken === undefined;
    if (perWord) wordScores.addTo(p, i, scores);
    const statCount = perWord ? contextFeatures(p, i, stat, 0) : staticFeatures(p, i, stat);
    const dynCount = dynamicFeatures(p, i, tags, memory, dyn);
    for (let k = 0; k < statCount; k++) addWeights(stat[k], scores);
    for (let k = 0; k < dynCount; k++) addWeights(dyn[k], scores);
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!allowed(p, i, prev, t)) continue;
      if (scores[t] > bestScore) {
        bestScore = scores[t];
        best = t;
      }
    }
    let kept = best;
    if (onToken) {
      const keys = Array.from(stat.subarray(0, statCount));
      for (let k = 0; k < dynCount; k++) keys.push(dyn[k]);
      kept = onToken(i, keys, best);
    }
    tags[i] = kept;
    remember(p, i, kept, memory);
  }
  return tags;
}

/** Entity spans [fromToken, toToken, type] from BIO tags. */
export function spansFromTags(tags: Uint8Array, tagNames: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tagNames[tags[i]] : 'O';
    if (start >= 0 && (t === 'O' || t[0] === 'B' || t.slice(2) !== type)) {
      out.push([start, i, type]);
      start = -1;
    }
    if (t !== 'O' && start < 0) {
      start = i;
      type = t.slice(2);
    }
  }
  return out;
}

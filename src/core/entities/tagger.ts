/**
 * Greedy left-to-right BIO tagging with a linear (averaged perceptron) model over `features.ts`.
 * The weights are scored through a lookup function, so the trainer and the runtime share the decoder.
 */
import {
  DYNAMIC_MAX,
  STATIC_MAX,
  TAG_COUNT,
  allowed,
  dynamicFeatures,
  remember,
  staticFeatures,
  type Prepared,
} from './features';

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

/**
 * Tags every token of a prepared document. `onToken` (training only) sees each decision with its feature keys and
 * returns the tag to keep as history.
 */
export function decode(
  p: Prepared,
  addWeights: WeightLookup,
  onToken?: (i: number, features: number[], predicted: number) => number,
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
    const statCount = staticFeatures(p, i, stat);
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

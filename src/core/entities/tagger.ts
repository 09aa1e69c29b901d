/**
 * Greedy left-to-right BIO tagging with a linear (averaged perceptron) model over `features.ts`.
 * The weights are scored through a lookup function, so the trainer and the runtime share the decoder.
 */
import { TAG_COUNT, allowed, dynamicFeatures, remember, type Prepared } from './features';

/** Adds the weights of one feature to `scores` (length TAG_COUNT); unknown features add nothing. */
export type WeightLookup = (feature: string, scores: Float64Array) => void;

/**
 * Tags every token of a prepared document. `onToken` (training) sees each decision with its features and may
 * replace the chosen tag (returning the tag to keep as history).
 */
export function decode(
  p: Prepared,
  addWeights: WeightLookup,
  onToken?: (i: number, features: string[], predicted: number) => number,
): Uint8Array {
  const n = p.tokens.length;
  const tags = new Uint8Array(n);
  const memory = new Map<string, number>();
  const scores = new Float64Array(TAG_COUNT);
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    const dyn = dynamicFeatures(p, i, tags, memory);
    const stat = p.features[i];
    for (let k = 0; k < stat.length; k++) addWeights(stat[k], scores);
    for (let k = 0; k < dyn.length; k++) addWeights(dyn[k], scores);
    const prev = i > p.sentenceStart[i] ? tags[i - 1] : 0;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!allowed(prev, t)) continue;
      if (scores[t] > bestScore) {
        bestScore = scores[t];
        best = t;
      }
    }
    const kept = onToken ? onToken(i, dyn.length ? stat.concat(dyn) : stat, best) : best;
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

/**
 * The trained tagger weights (src/core/entities/data/model.json, written by scripts/ner/train.ts), unpacked on first
 * use into an open-addressing hash table keyed by feature hash, so that scoring a feature costs a few array reads.
 * The file holds base64: uint32 keys[count], uint16 masks[count] (bit t: tag t has a weight), int16 values.
 */
import model from './data/model.json';
import { TAG_COUNT } from './features';
import type { WeightLookup } from './tagger';

interface ModelFile {
  tags: string[];
  scale: number;
  count: number;
  values: number;
  data: string;
}

let lookup: WeightLookup | null = null;
let has: ((feature: number) => boolean) | null = null;
/** Milliseconds spent unpacking the weights on first use. */
export let modelUnpackMs = 0;

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function weightLookup(): WeightLookup {
  if (lookup) return lookup;
  const started = performance.now();
  const m = model as unknown as ModelFile;
  const bytes = decodeBase64(m.data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = m.count;
  let size = 1;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  // Only a third of the weights are non-zero, so each row keeps just those, packed in `weights` in tag order; a slot
  // holds the key and, beside it (one cache line per probe), the row as (offset in `weights`) << TAG_COUNT | tag bits.
  // The table then stays small enough for the cache: a feature lookup costs a few array reads, not two cache misses.
  // Skipping a zero weight leaves every score exactly as adding it would.
  if (m.values >= 2 ** (31 - TAG_COUNT)) throw new Error('model too large for packed rows');
  const slots = new Int32Array(size * 2).fill(-1); // keys are non-negative
  const weights = new Float32Array(m.values);
  let valueAt = count * 6;
  let packedAt = 0;
  for (let r = 0; r < count; r++) {
    const k = view.getUint32(r * 4, true);
    const bits = view.getUint16(count * 4 + r * 2, true);
    let slot = k & mask;
    while (slots[slot * 2] !== -1) slot = (slot + 1) & mask;
    slots[slot * 2] = k;
    let rowBits = 0;
    const rowAt = packedAt;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (bits & (1 << t)) {
        const w = view.getInt16(valueAt, true) / m.scale;
        valueAt += 2;
        if (w !== 0) {
          weights[packedAt++] = w;
          rowBits |= 1 << t;
        }
      }
    }
    slots[slot * 2 + 1] = (rowAt << TAG_COUNT) | rowBits;
  }
  /** The packed row of `feature` (see above), or -1. */
  const rowOf = (feature: number): number => {
    let slot = feature & mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === feature) return slots[slot * 2 + 1];
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  };
  const ROW_BITS = (1 << TAG_COUNT) - 1;
  has = (feature) => rowOf(feature) >= 0;
  lookup = (feature, scores) => {
    const row = rowOf(feature);
    if (row < 0) return;
    let at = row >>> TAG_COUNT;
    // the tags with a weight, lowest first: 31 - clz32(lowest set bit) is its index
    for (let bits = row & ROW_BITS; bits !== 0; bits &= bits - 1)
      scores[31 - Math.clz32(bits & -bits)] += weights[at++];
  };
  modelUnpackMs = performance.now() - started;
  return lookup;
}

/** Whether the model holds a feature (it holds the word feature of every word it knows, even at zero weight). */
export function modelHasFeature(feature: number): boolean {
  if (!has) weightLookup();
  return has !== null && has(feature);
}

/** The model's size in features (for reports). */
export function modelFeatureCount(): number {
  return (model as unknown as ModelFile).count;
}

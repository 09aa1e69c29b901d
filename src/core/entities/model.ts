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
  // key and row side by side (slots[2s], slots[2s + 1]): a probe touches one cache line, not two arrays
  const slots = new Int32Array(size * 2).fill(-1); // keys are non-negative
  const flat = new Float32Array(count * TAG_COUNT);
  let valueAt = count * 6;
  for (let r = 0; r < count; r++) {
    const k = view.getUint32(r * 4, true);
    const bits = view.getUint16(count * 4 + r * 2, true);
    let slot = k & mask;
    while (slots[slot * 2] !== -1) slot = (slot + 1) & mask;
    slots[slot * 2] = k;
    slots[slot * 2 + 1] = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (bits & (1 << t)) {
        flat[r * TAG_COUNT + t] = view.getInt16(valueAt, true) / m.scale;
        valueAt += 2;
      }
    }
  }
  /** The row of `feature` in `flat`, or -1. */
  const rowOf = (feature: number): number => {
    let slot = feature & mask;
    for (;;) {
      const k = slots[slot * 2];
      if (k === feature) return slots[slot * 2 + 1];
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  };
  has = (feature) => rowOf(feature) >= 0;
  lookup = (feature, scores) => {
    const at = rowOf(feature);
    if (at < 0) return;
    for (let t = 0; t < TAG_COUNT; t++) scores[t] += flat[at + t];
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

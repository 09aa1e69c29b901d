/**
 * The trained tagger weights (src/core/entities/data/model.json, written by scripts/ner/train.ts), unpacked on first
 * use into one flat Float32Array indexed by feature, so that scoring is a Map lookup plus TAG_COUNT additions.
 */
import model from './data/model.json';
import { TAG_COUNT } from './features';
import type { WeightLookup } from './tagger';

interface ModelFile {
  tags: string[];
  scale: number;
  weights: Record<string, string>;
}

let lookup: WeightLookup | null = null;
/** Milliseconds spent unpacking the weights (reported by the benchmark). */
export let modelUnpackMs = 0;

export function weightLookup(): WeightLookup {
  if (lookup) return lookup;
  const started = Date.now();
  const m = model as ModelFile;
  const features = Object.keys(m.weights);
  const offsets = new Map<string, number>();
  const flat = new Float32Array(features.length * TAG_COUNT);
  features.forEach((f, k) => {
    offsets.set(f, k * TAG_COUNT);
    const parts = m.weights[f].split(',');
    for (let t = 0; t < TAG_COUNT && t < parts.length; t++) if (parts[t] !== '') flat[k * TAG_COUNT + t] = Number(parts[t]) / m.scale;
  });
  lookup = (feature, scores) => {
    const at = offsets.get(feature);
    if (at === undefined) return;
    for (let t = 0; t < TAG_COUNT; t++) scores[t] += flat[at + t];
  };
  modelUnpackMs = Date.now() - started;
  return lookup;
}

/** The model's size in features (for reports). */
export function modelFeatureCount(): number {
  return Object.keys((model as ModelFile).weights).length;
}

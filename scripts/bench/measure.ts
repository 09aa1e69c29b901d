/** Timing helpers for the benchmark: medians of repeated runs, readable numbers. */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of one call. */
export function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median milliseconds over `runs` calls, after `warmup` untimed ones. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn));
  return median(times);
}

/** Medians of `a` and `b` over `runs` calls each, taken in turns (a, b, a, b …) after one untimed call of each. */
export function timeAlternating(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return [median(ta), median(tb)];
}

/**
 * Medians of `a` and `b`, taken in turns of short blocks (a for `blockMs`, b for `blockMs`, a again …) until at least
 * `budgetMs` elapsed for the two together (and at least `minRuns` calls of each). In turns, a burst of load from
 * elsewhere slows both sides alike, so their ratio holds; timed one after the other (timeFor twice), the burst lands on
 * one side only. Blocks, not single calls: calls interleaved one by one evict each other's code and data from the CPU
 * caches, which times neither side as it runs in use (the extension's worker never runs compromise in between).
 */
export function timeAlternatingFor(
  a: () => unknown,
  b: () => unknown,
  budgetMs: number,
  minRuns = 3,
  blockMs = 50,
): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  const t0 = performance.now();
  const block = (fn: () => unknown, into: number[]): void => {
    const start = performance.now();
    do into.push(timeOnce(fn));
    while (performance.now() - start < blockMs);
  };
  while (ta.length < minRuns || tb.length < minRuns || performance.now() - t0 < budgetMs) {
    block(a, ta);
    block(b, tb);
  }
  return [median(ta), median(tb)];
}

/** Runs `fn` until at least `budgetMs` elapsed (and at least `minRuns` times); returns ms per call (median). */
export function timeFor(fn: () => unknown, budgetMs: number, minRuns = 3): number {
  const times: number[] = [];
  const t0 = performance.now();
  while (times.length < minRuns || performance.now() - t0 < budgetMs) times.push(timeOnce(fn));
  return median(times);
}

export const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) + ' ms';
export const ratio = (v: number): string => v.toFixed(2) + '×';
export const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1) + ' MB';
export const kb = (chars: number): string => (chars >= 1024 * 1024 ? mb(chars) : (chars / 1024).toFixed(1) + ' KB');

/** A verdict mark for a target line: the number, the target, and whether it is met. */
export function verdict(met: boolean): string {
  return met ? 'OK' : 'MISSED';
}

/**
 * Binary searches over spans sorted by start (the recognizer's people, places and organizations): "the first span
 * at or after this offset" and "the span starting exactly here", so that a lookup per mention stays O(log n).
 */

/** The index of the first span starting at or after `offset` (spans.length when none does). */
export function firstSpanFrom(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span starting exactly at `at`, if any. */
export function spanStartingAt<S extends { start: number }>(spans: readonly S[], at: number): S | null {
  const s = spans[firstSpanFrom(spans, at)];
  return s?.start === at ? s : null;
}

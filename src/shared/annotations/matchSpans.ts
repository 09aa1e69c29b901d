// Which item of the analysis an annotation is about, once its anchor is resolved: the item with the same span,
// else the one overlapping it most (at least half of both together), so a correction still finds its quote after
// re-analysis moved the quote's end by a word. Example: a correction made on [10, 52) finds the quote [10, 49).
export interface Range {
  start: number;
  end: number;
}

/** Overlap of a and b divided by the length of their union: 1 for the same span, 0 for disjoint ones. */
export function overlapRatio(a: Range, b: Range): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

export const overlaps = (a: Range, b: Range): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The index of the item in `items` the range is about, or -1. */
export function matchIndex(items: readonly Range[], range: Range, minRatio = 0.5): number {
  let best = -1;
  let bestRatio = minRatio;
  items.forEach((item, i) => {
    const ratio = item.start === range.start && item.end === range.end ? 2 : overlapRatio(item, range);
    if (ratio >= bestRatio) {
      best = i;
      bestRatio = ratio;
    }
  });
  return best;
}

/**
 * Overlap and containment queries over a list of spans in O(log n) each, so that checking n phrases or quotes
 * against n mentions or reports stays O(n log n) instead of scanning the whole list every time (quadratic on long
 * texts: found by the linear-time tests).
 */
export class SpanIndex {
  private readonly starts: number[];
  /** maxEnd[i]: the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[];

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = -1;
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** How many spans start before `offset` (or at it, when `inclusive`). */
  private countStarting(offset: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset || (inclusive && this.starts[mid] === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Some span overlaps [from, to). */
  overlaps(from: number, to: number): boolean {
    const k = this.countStarting(to, false);
    return k > 0 && this.maxEnd[k - 1] > from;
  }

  /** Some span contains [from, to). */
  covers(from: number, to: number): boolean {
    const k = this.countStarting(from, true);
    return k > 0 && this.maxEnd[k - 1] >= to;
  }
}

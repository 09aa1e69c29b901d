/**
 * The paragraph cache: per-line scans keyed by the line's text, so re-analysing an article after an edit redoes
 * only the lines that changed. Bounded (least recently used lines are dropped) so memory stays flat in a long session.
 */
import { scanLine, type LineScan } from './scan';

export interface AnalysisCache {
  /** The scan of a line, computed once per distinct text while it stays in the cache. */
  scan(line: string): LineScan;
  /** Number of cached lines (for tests and diagnostics). */
  readonly size: number;
  /** Lines scanned (cache misses) since creation. */
  readonly misses: number;
  clear(): void;
}

/** Lines longer than this are scanned but not kept: a huge single-line input must not pin memory. */
const MAX_CACHED_LINE = 20_000;

export function createAnalysisCache(maxEntries = 4000, maxChars = 4_000_000): AnalysisCache {
  const map = new Map<string, LineScan>();
  let chars = 0;
  let misses = 0;
  return {
    scan(line: string): LineScan {
      const hit = map.get(line);
      if (hit) {
        // refresh recency: Map iteration order is insertion order
        map.delete(line);
        map.set(line, hit);
        return hit;
      }
      misses++;
      const scan = scanLine(line);
      if (line.length <= MAX_CACHED_LINE) {
        map.set(line, scan);
        chars += line.length;
        while (map.size > maxEntries || chars > maxChars) {
          const oldest = map.keys().next().value as string;
          map.delete(oldest);
          chars -= oldest.length;
        }
      }
      return scan;
    },
    get size() {
      return map.size;
    },
    get misses() {
      return misses;
    },
    clear() {
      map.clear();
      chars = 0;
    },
  };
}

/** A pass-through for calls without a cache. */
export const NO_CACHE: AnalysisCache = {
  scan: scanLine,
  size: 0,
  misses: 0,
  clear() {},
};

// Finding an annotation again after the article changed, the way Hypothesis re-anchors: first the stored offsets
// (if the exact text is still there with its context), then every exact occurrence scored by context and
// distance, then approximate matching (Myers' algorithm, from `approx-string-match`) for a quote edited inside.
// Example: a paragraph inserted above moves `"We will not resign,"` from 120 to 310; the offsets miss, the exact
// search finds it once with the same prefix and suffix, so the annotation follows it.
import search from 'approx-string-match';
import type { Anchor } from './types';

/** Characters of context kept on each side (the W3C TextQuoteSelector's prefix and suffix). */
export const CONTEXT_CHARS = 32;

export type AnchorHow = 'offsets' | 'exact' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  how: AnchorHow;
}

/** The anchor for `text[start, end)`. */
export function anchorFor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Length of the common ending of a and b (prefix context is compared from the quote outwards). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..1: how much of the stored context is found around `[start, end)` (1 when there was no context to check). */
function contextScore(text: string, anchor: Anchor, start: number, end: number): number {
  const total = anchor.prefix.length + anchor.suffix.length;
  if (total === 0) return 1;
  const before = commonSuffix(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix);
  const after = commonPrefix(text.slice(end, end + anchor.suffix.length), anchor.suffix);
  return (before + after) / total;
}

/** Candidates are ranked by context first, then by nearness to the stored offset (a tie-breaker for duplicates). */
function rank(text: string, anchor: Anchor, start: number, end: number, quality: number): number {
  const distance = Math.abs(start - anchor.start) / Math.max(text.length, 1);
  return quality * 2 + contextScore(text, anchor, start, end) - distance * 0.1;
}

function exactMatches(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && found.length < 1000; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/** Errors allowed in an approximate match: a quarter of the quote, so "text edited inside" still finds it. */
function maxErrorsFor(exact: string): number {
  return Math.min(256, Math.floor(exact.length / 4));
}

/**
 * Where `anchor` is in `text` now, or undefined when its text is gone (the annotation is then orphaned).
 * Offsets are trusted only when the exact text is there and at least some of its context is too: a duplicated
 * sentence that slid under the old offsets is not mistaken for the original.
 */
export function resolveAnchor(text: string, anchor: Anchor): Anchored | undefined {
  const { start, end, exact } = anchor;
  if (text.slice(start, end) === exact && contextScore(text, anchor, start, end) >= 0.5)
    return { start, end, how: 'offsets' };
  const exacts = exactMatches(text, exact);
  if (exacts.length > 0) {
    const best = exacts.reduce((a, b) =>
      rank(text, anchor, b, b + exact.length, 1) > rank(text, anchor, a, a + exact.length, 1) ? b : a,
    );
    return { start: best, end: best + exact.length, how: 'exact' };
  }
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors === 0) return undefined;
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) return undefined;
  const score = (m: { start: number; end: number; errors: number }): number =>
    rank(text, anchor, m.start, m.end, 1 - m.errors / exact.length);
  const best = matches.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { start: best.start, end: best.end, how: 'fuzzy' };
}

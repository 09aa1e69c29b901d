/**
 * When two codings of an article hold "the same" quote, the rule of the project's evaluation (scripts/eval/) and of
 * `--compare`: quotes match one-to-one, greedily by best score, when the character Jaccard of their content (quote
 * marks, spaces and end punctuation trimmed; parts as character sets) is at least 0.5.
 *
 *   “We will not sign,” she said  vs  We will not sign  → Jaccard 1 after trimming: a match
 */
export type Ranges = Array<[number, number]>;

/** A quote's content as merged, trimmed character ranges. */
export interface MatchItem {
  ranges: Ranges;
  size: number;
  label: string;
}

export const MATCH_THRESHOLD = 0.5;

const TRIM = /[\s"'“”„‟«»‘’`.,;:!?…—–-]/;

function trim(text: string, [a, b]: [number, number]): [number, number] | null {
  let s = a;
  let e = b;
  while (s < e && TRIM.test(text[s])) s++;
  while (e > s && TRIM.test(text[e - 1])) e--;
  return e > s ? [s, e] : null;
}

/** Null when nothing but marks and punctuation is left: such a quote can match nothing. */
export function matchItem(text: string, spans: Ranges, label: string): MatchItem | null {
  const ranges = spans
    .map((s) => trim(text, s))
    .filter((r): r is [number, number] => r !== null)
    .sort((x, y) => x[0] - y[0]);
  // merge overlaps so sizes are character-set sizes
  const merged: Ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const size = merged.reduce((n, [s, e]) => n + e - s, 0);
  return size > 0 ? { ranges: merged, size, label } : null;
}

function intersection(a: Ranges, b: Ranges): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) n += hi - lo;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return n;
}

export function jaccard(a: MatchItem, b: MatchItem): number {
  const inter = intersection(a.ranges, b.ranges);
  return inter / (a.size + b.size - inter);
}

/** Greedy one-to-one matching by best Jaccard ≥ 0.5: pairs [predictedIndex, goldIndex]. */
export function matchQuotes(pred: Array<MatchItem | null>, gold: Array<MatchItem | null>): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  pred.forEach((p, i) => {
    if (!p) return;
    gold.forEach((g, j) => {
      if (!g) return;
      const s = jaccard(p, g);
      if (s >= MATCH_THRESHOLD) cands.push([s, i, j]);
    });
  });
  cands.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

const NAME_WORD = /\p{Lu}[\p{L}’'.-]*/gu;
const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'His',
  'Her',
  'Their',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr.',
  'President',
  'Sen.',
  'Gov.',
  'Rep.',
]);

function nameWords(s: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const m of (s ?? '').matchAll(NAME_WORD)) {
    const w = m[0].replace(/['’]s$/, '').replace(/[.,]$/, '');
    if (!NOT_NAME.has(w) && !NOT_NAME.has(m[0])) out.add(w);
  }
  return out;
}

/**
 * Whether a predicted speaker is the annotated one: its mention overlaps an annotated source span, or its name
 * shares a capitalized word with the annotated source's text ("Okafor" ~ "Clara Okafor"). No annotated source:
 * right only when none was predicted.
 */
export function sameSpeaker(
  mention: { start: number; end: number } | null,
  name: string | null,
  goldSpans: Ranges,
  goldName: string | null,
): boolean {
  if (goldSpans.length === 0) return mention === null && name === null;
  if (mention && goldSpans.some(([s, e]) => mention.start < e && mention.end > s)) return true;
  const g = nameWords(goldName);
  for (const w of nameWords(name)) if (g.has(w)) return true;
  return false;
}

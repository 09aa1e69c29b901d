// Ready-to-apply highlight data, computed in the analysis worker so the extension host's main thread only turns
// numbers into Ranges. Each layer holds its ranges as editor positions (line and character, 0-based, computed on
// the very text that was analysed) in one typed array, which the worker transfers instead of copying.
// No `vscode` import: built in the worker, filtered on the host, unit-tested and benchmarked in plain Node.
import type { Analysis } from '../core/types';
import { quotePieces, speakerTints, TINT_COUNT, type HighlightOptions } from './decorationPlan';

export const LAYERS = ['speaker', 'directQuote', 'reportedQuote', 'place'] as const;
export type Layer = (typeof LAYERS)[number];

/** Marks a range that belongs to no speaker's tint. */
export const NO_TINT = 255;

export interface PaintLayer {
  /** Four numbers per range: start line, start character, end line, end character. */
  positions: Uint32Array;
  /** One per range: the speaker's tint slot, or NO_TINT. */
  tints: Uint8Array;
}

/**
 * Every quote's pieces and attributing words with the quote's confidence in percent (one per range): the host
 * underlines those below `newsAnnotator.lowConfidence` without asking the worker again when the setting changes.
 */
export interface ConfidenceMarks {
  positions: Uint32Array;
  percent: Uint8Array;
}

export interface PaintData extends Record<Layer, PaintLayer> {
  confidence: ConfidenceMarks;
}

/** What one editor gets for the current settings: positions per decoration type. */
export interface PaintSelection {
  kinds: Record<Layer, Uint32Array>;
  tints: Uint32Array[];
}

/** Ranges of one layer as parallel number lists (a long article has tens of thousands: no object per range). */
class RangeList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly tints: number[] = [];
  push(start: number, end: number, tint: number): void {
    if (end <= start) return;
    this.starts.push(start);
    this.ends.push(end);
    this.tints.push(tint);
  }
  /** Indexes in text order; `unique` drops repeats of the same span (a quote's attributing words are usually one of the speaker's mentions too). */
  order(unique: boolean): number[] {
    const { starts, ends } = this;
    const idx = Array.from(starts, (_, i) => i).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b]);
    return unique
      ? idx.filter((i, k) => k === 0 || starts[i] !== starts[idx[k - 1]] || ends[i] !== ends[idx[k - 1]])
      : idx;
  }
}

/** Line starts (LF, CRLF and a lone CR end a line, as in VS Code) for offset → 0-based line and character. */
export function lineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (text.includes('\r')) {
    starts.length = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

export function lineOf(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every highlight of the analysis, tinted, whatever the settings (the host filters by settings, see selectPaint). */
/** Offsets → [start line, start character, end line, end character] over line starts from lineStarts(). */
export function positionsOver(
  starts: Uint32Array,
): (span: { start: number; end: number }) => [number, number, number, number] {
  return ({ start, end }) => {
    const a = lineOf(starts, start);
    const b = lineOf(starts, end);
    return [a, start - starts[a], b, end - starts[b]];
  };
}

export function buildPaintData(
  analysis: Analysis,
  text: string,
  slots = speakerTints(analysis),
  starts = lineStarts(text),
): PaintData {
  const slot = (id: string | null | undefined): number => (id ? (slots.get(id) ?? NO_TINT) : NO_TINT);
  const lists: Record<Layer, RangeList> = {
    speaker: new RangeList(),
    directQuote: new RangeList(),
    reportedQuote: new RangeList(),
    place: new RangeList(),
  };
  for (const q of analysis.quotes) {
    const list = q.kind === 'direct' ? lists.directQuote : lists.reportedQuote;
    const tint = slot(q.speakerId);
    for (const p of quotePieces(q)) list.push(p.start, p.end, tint);
    if (q.speakerId && q.speakerMention) lists.speaker.push(q.speakerMention.start, q.speakerMention.end, tint);
  }
  for (const sp of analysis.speakers) {
    const tint = slot(sp.id);
    for (const m of sp.mentions) lists.speaker.push(m.start, m.end, tint);
  }
  for (const p of analysis.places) lists.place.push(p.start, p.end, NO_TINT);

  const layer = (list: RangeList, order: number[]): PaintLayer => {
    const positions = new Uint32Array(order.length * 4);
    const tints = new Uint8Array(order.length);
    order.forEach((i, k) => {
      const a = lineOf(starts, list.starts[i]);
      const b = lineOf(starts, list.ends[i]);
      positions[k * 4] = a;
      positions[k * 4 + 1] = list.starts[i] - starts[a];
      positions[k * 4 + 2] = b;
      positions[k * 4 + 3] = list.ends[i] - starts[b];
      tints[k] = list.tints[i];
    });
    return { positions, tints };
  };
  const inOrder = (list: RangeList): number[] => list.starts.map((_, i) => i);
  const marks = confidenceMarks(analysis, starts);
  return {
    confidence: marks,
    speaker: layer(lists.speaker, lists.speaker.order(true)),
    directQuote: layer(lists.directQuote, inOrder(lists.directQuote)),
    reportedQuote: layer(lists.reportedQuote, inOrder(lists.reportedQuote)),
    place: layer(lists.place, lists.place.order(false)),
  };
}

function confidenceMarks(analysis: Analysis, starts: Uint32Array): ConfidenceMarks {
  const ranges: Array<[number, number, number]> = [];
  for (const q of analysis.quotes) {
    const percent = Math.round(Math.max(0, Math.min(1, q.confidence)) * 100);
    for (const p of quotePieces(q)) ranges.push([p.start, p.end, percent]);
    if (q.speakerMention) ranges.push([q.speakerMention.start, q.speakerMention.end, percent]);
  }
  const positions = new Uint32Array(ranges.length * 4);
  const percent = new Uint8Array(ranges.length);
  ranges.forEach(([start, end, pc], k) => {
    const a = lineOf(starts, start);
    const b = lineOf(starts, end);
    positions.set([a, start - starts[a], b, end - starts[b]], k * 4);
    percent[k] = pc;
  });
  return { positions, percent };
}

/** The positions of the ranges whose quote's confidence is below `threshold` (0..1). */
export function uncertainPositions(marks: ConfidenceMarks, threshold: number): Uint32Array {
  const limit = Math.round(threshold * 100);
  let n = 0;
  for (const pc of marks.percent) if (pc < limit) n++;
  const out = new Uint32Array(n * 4);
  let k = 0;
  for (let i = 0; i < marks.percent.length; i++) if (marks.percent[i] < limit) copyRange(marks.positions, i, out, k++);
  return out;
}

/**
 * Copies range `from` of `source` (four numbers) to range `to` of `target`. Element by element: a subarray per range
 * would allocate an object for each of a long article's tens of thousands of ranges on the host's main thread.
 */
function copyRange(source: Uint32Array, from: number, target: Uint32Array, to: number): void {
  const a = from * 4;
  const b = to * 4;
  target[b] = source[a];
  target[b + 1] = source[a + 1];
  target[b + 2] = source[a + 2];
  target[b + 3] = source[a + 3];
}

/** The typed arrays of `data`, to transfer them to the host instead of copying. */
export function paintBuffers(data: PaintData): ArrayBuffer[] {
  return [
    ...LAYERS.flatMap((name) => [data[name].positions.buffer as ArrayBuffer, data[name].tints.buffer as ArrayBuffer]),
    data.confidence.positions.buffer as ArrayBuffer,
    data.confidence.percent.buffer as ArrayBuffer,
  ];
}

const SHOWN: Record<Layer, keyof HighlightOptions> = {
  speaker: 'speakers',
  directQuote: 'directQuotes',
  reportedQuote: 'reportedQuotes',
  place: 'places',
};

/** The positions each decoration type shows under `options`: cheap typed-array copies, no planning. */
export function selectPaint(data: PaintData, options: HighlightOptions): PaintSelection {
  const empty = new Uint32Array(0);
  const kinds = {} as Record<Layer, Uint32Array>;
  const tintCounts = new Array<number>(TINT_COUNT).fill(0);
  for (const name of LAYERS) {
    const shown = options[SHOWN[name]];
    kinds[name] = shown ? data[name].positions : empty;
    if (shown && options.speakerTints) for (const t of data[name].tints) if (t !== NO_TINT) tintCounts[t]++;
  }
  const tints = tintCounts.map((n) => new Uint32Array(n * 4));
  const filled = new Array<number>(TINT_COUNT).fill(0);
  if (options.speakerTints) {
    for (const name of LAYERS) {
      if (!options[SHOWN[name]]) continue;
      const { positions, tints: slots } = data[name];
      for (let i = 0; i < slots.length; i++) {
        const t = slots[i];
        if (t === NO_TINT) continue;
        copyRange(positions, i, tints[t], filled[t]++);
      }
    }
  }
  return { kinds, tints };
}

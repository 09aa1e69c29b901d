// Which text ranges get which highlight, as UTF-16 offsets. No `vscode` import: the extension maps these offsets
// to editor ranges, and the benchmark times this step on its own.
import type { Analysis, Quote, Span } from '../core/types';

export interface OffsetRange {
  start: number;
  end: number;
}

export interface HighlightOptions {
  speakers: boolean;
  directQuotes: boolean;
  reportedQuotes: boolean;
  places: boolean;
  /** Give each speaker's quotes and mentions one colour of a small palette. */
  speakerTints: boolean;
  /** Quotes (and their attributing words) below this confidence get a dotted underline; 0 or absent: none. */
  lowConfidence?: number;
}

export const ALL_HIGHLIGHTS: HighlightOptions = {
  speakers: true,
  directQuotes: true,
  reportedQuotes: true,
  places: true,
  speakerTints: true,
};

/** Number of tint colours (`newsAnnotator.speakerTint1` … `speakerTintN`). */
export const TINT_COUNT = 6;

export interface DecorationPlan {
  speaker: OffsetRange[];
  directQuote: OffsetRange[];
  reportedQuote: OffsetRange[];
  place: OffsetRange[];
  /** `tints[i]`: ranges underlined in tint colour i. */
  tints: OffsetRange[][];
}

/**
 * Palette slot per speaker id: by quote count (most quoted first), then by first appearance, so the main voices
 * get distinct colours. Speakers past the palette share colours cyclically.
 */
export function speakerTints(analysis: Analysis): Map<string, number> {
  const firstQuote = new Map<string, number>();
  for (const q of analysis.quotes) {
    if (q.speakerId && !(q.start >= (firstQuote.get(q.speakerId) ?? Infinity))) firstQuote.set(q.speakerId, q.start);
  }
  const firstSeen = (id: string, mentions: Span[]): number => {
    let first = firstQuote.get(id) ?? Number.MAX_SAFE_INTEGER;
    for (const m of mentions) if (m.start < first) first = m.start;
    return first;
  };
  const ordered = analysis.speakers
    .map((s) => ({ id: s.id, count: s.quoteCount, first: firstSeen(s.id, s.mentions) }))
    .sort((a, b) => b.count - a.count || a.first - b.first);
  return new Map(ordered.map((s, i) => [s.id, i % TINT_COUNT]));
}

/** The highlighted pieces of a quote: its parts when the attribution interrupts it, else the whole span. */
export function quotePieces(quote: Quote): OffsetRange[] {
  const parts = quote.parts && quote.parts.length > 0 ? quote.parts : [quote];
  return parts.filter((p) => p.end > p.start).map((p) => ({ start: p.start, end: p.end }));
}

/** Every span where a speaker is named or referred to (its mentions and the attributing words of its quotes). */
export function speakerMentionRanges(analysis: Analysis): Map<string, OffsetRange[]> {
  const all: { id: string; start: number; end: number }[] = [];
  for (const s of analysis.speakers) for (const m of s.mentions) all.push({ id: s.id, start: m.start, end: m.end });
  for (const q of analysis.quotes) {
    if (q.speakerId && q.speakerMention)
      all.push({ id: q.speakerId, start: q.speakerMention.start, end: q.speakerMention.end });
  }
  // Sort and drop repeats (a quote's attributing words are usually one of the speaker's mentions too).
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const out = new Map<string, OffsetRange[]>();
  let prev: { start: number; end: number } | undefined;
  for (const r of all) {
    if (r.end <= r.start || (prev && prev.start === r.start && prev.end === r.end)) continue;
    prev = r;
    let list = out.get(r.id);
    if (!list) out.set(r.id, (list = []));
    list.push({ start: r.start, end: r.end });
  }
  return out;
}

export function planDecorations(analysis: Analysis, options: HighlightOptions): DecorationPlan {
  const plan: DecorationPlan = {
    speaker: [],
    directQuote: [],
    reportedQuote: [],
    place: [],
    tints: Array.from({ length: TINT_COUNT }, () => []),
  };
  const tints = options.speakerTints ? speakerTints(analysis) : undefined;
  const tint = (speakerId: string | null | undefined, ranges: OffsetRange[]): void => {
    const slot = speakerId && tints ? tints.get(speakerId) : undefined;
    if (slot !== undefined) plan.tints[slot].push(...ranges);
  };

  for (const q of analysis.quotes) {
    const pieces = quotePieces(q);
    const shown = q.kind === 'direct' ? options.directQuotes : options.reportedQuotes;
    if (!shown) continue;
    (q.kind === 'direct' ? plan.directQuote : plan.reportedQuote).push(...pieces);
    tint(q.speakerId, pieces);
  }
  if (options.speakers) {
    for (const [id, ranges] of speakerMentionRanges(analysis)) {
      plan.speaker.push(...ranges);
      tint(id, ranges);
    }
  }
  if (options.places)
    for (const p of analysis.places) if (p.end > p.start) plan.place.push({ start: p.start, end: p.end });

  const byStart = (a: OffsetRange, b: OffsetRange): number => a.start - b.start || a.end - b.end;
  plan.speaker.sort(byStart);
  plan.place.sort(byStart);
  for (const t of plan.tints) t.sort(byStart);
  return plan;
}
